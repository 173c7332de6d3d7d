using System.Diagnostics;
using System.Text;
using Tightrope.Storage;
using Tightrope.Tests.Cli;
using Xunit;

namespace Tightrope.Tests.Storage;

/// <summary>
/// A real <c>tightrope ingest</c> child process killed with SIGKILL mid-way, then run again, must end with exactly
/// the counts of an uninterrupted run; while it runs, another process gets a clear "in use" message.
/// </summary>
public class CrashSafetyTests
{
    private static string Corpus(string dir, int documents)
    {
        string path = Path.Combine(dir, "docs.jsonl");
        var sb = new StringBuilder();
        string[] subjects = ["Japan", "South Korea", "China", "Seoul", "Tokyo", "Beijing", "North Korea"];
        string[] verbs = ["condemned", "urged", "met", "praised", "accused", "warned"];
        for (int i = 0; i < documents; i++)
        {
            string a = subjects[i % subjects.Length], b = subjects[(i * 3 + 1) % subjects.Length], v = verbs[i % verbs.Length];
            sb.Append("{\"id\":\"d").Append(i).Append("\",\"date\":\"2026-0").Append(1 + (i % 9)).Append("-1").Append(i % 9)
              .Append("\",\"text\":\"").Append(a).Append(' ').Append(v).Append(' ').Append(b).Append(" on Monday, report ").Append(i)
              .Append(". Officials said talks would continue. ").Append(b).Append(" rejected the claims.\"}\n");
        }

        File.WriteAllText(path, sb.ToString());
        return path;
    }

    private static Process Start(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "tightrope.dll"));
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        return Process.Start(info)!;
    }

    private static StoreCounts Counts(string db)
    {
        var (store, problem) = DuckDbEventStore.Open(db);
        Assert.Null(problem);
        using (store)
        {
            return store!.Counts();
        }
    }

    [Fact]
    public void Given_an_ingest_killed_mid_way_When_run_again_Then_the_counts_equal_an_uninterrupted_run()
    {
        using var dir = new TempDirectory();
        string input = Corpus(dir.Path, 6000);
        string reference = Path.Combine(dir.Path, "reference.duckdb");
        string crashed = Path.Combine(dir.Path, "crashed.duckdb");

        using (var full = Start("ingest", input, "--db", reference))
        {
            Assert.True(full.WaitForExit(240_000));
            Assert.Equal(0, full.ExitCode);
        }

        using (var victim = Start("ingest", input, "--db", crashed))
        {
            // Wait until some batches are committed, then kill without warning.
            var watch = Stopwatch.StartNew();
            while (!File.Exists(crashed) && watch.Elapsed < TimeSpan.FromSeconds(60))
            {
                Thread.Sleep(20);
            }

            Thread.Sleep(700);
            victim.Kill(entireProcessTree: true);
            victim.WaitForExit();
        }

        using (var resume = Start("ingest", input, "--db", crashed))
        {
            Assert.True(resume.WaitForExit(240_000));
            Assert.Equal(0, resume.ExitCode);
        }

        Assert.Equal(Counts(reference), Counts(crashed));
    }

    [Fact]
    public void Given_a_store_held_by_another_process_When_opened_Then_the_message_says_it_is_in_use()
    {
        using var dir = new TempDirectory();
        string input = Corpus(dir.Path, 20000);
        string db = Path.Combine(dir.Path, "busy.duckdb");
        using var holder = Start("ingest", input, "--db", db);
        try
        {
            var watch = Stopwatch.StartNew();
            StoreProblem? problem = null;
            while (watch.Elapsed < TimeSpan.FromSeconds(60) && !holder.HasExited)
            {
                if (File.Exists(db))
                {
                    var (store, p) = DuckDbEventStore.Open(db);
                    store?.Dispose();
                    if (p is not null)
                    {
                        problem = p;
                        break;
                    }
                }

                Thread.Sleep(50);
            }

            Assert.NotNull(problem);
            Assert.Contains("in use by another process", problem!.Message, StringComparison.Ordinal);
        }
        finally
        {
            if (!holder.HasExited)
            {
                holder.Kill(entireProcessTree: true);
            }

            holder.WaitForExit();
        }
    }
}
