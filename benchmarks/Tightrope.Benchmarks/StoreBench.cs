using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Tightrope.Analytics;
using Tightrope.Ingest;
using Tightrope.Pipeline;
using Tightrope.Storage;

namespace Tightrope.Benchmarks;

/// <summary>
/// Whole-command benchmarks too long for BenchmarkDotNet's repetitions: ingest of generated JSONL articles (coding
/// and storing included) and the analytics over a store of generated events. Each prints one line of figures.
/// </summary>
public static class StoreBench
{
    /// <summary><c>--ingest N</c>: generates N articles, ingests them into a fresh store, reports articles/s.</summary>
    public static void Ingest(int articles)
    {
        string dir = Directory.CreateTempSubdirectory("tightrope-bench-").FullName;
        try
        {
            string input = Path.Combine(dir, "articles.jsonl");
            var texts = SyntheticCorpus.Articles(articles * 6, 6, seed: 7);
            using (var writer = new StreamWriter(input, false, new UTF8Encoding(false)))
            {
                for (int i = 0; i < texts.Count; i++)
                {
                    var date = new DateOnly(2025, 1, 1).AddDays(i % 600);
                    writer.WriteLine(JsonSerializer.Serialize(new { id = $"a{i}", date = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), text = texts[i] }));
                }
            }

            var (store, problem) = DuckDbEventStore.Open(Path.Combine(dir, "bench.duckdb"));
            if (store is null)
            {
                throw new InvalidOperationException(problem!.ToString());
            }

            using (store)
            {
                var watch = Stopwatch.StartNew();
                var report = new IngestRunner(CoderPipeline.Default, store, TimeProvider.System) { BatchSize = 1024 }
                    .Run(InputFiles.Read([input], null, null, 2_000_000));
                watch.Stop();
                Console.WriteLine($"ingest: {report.New:N0} articles, {report.Events:N0} events in {watch.Elapsed.TotalSeconds:N1} s = {report.New / watch.Elapsed.TotalSeconds:N0} articles/s on {Environment.ProcessorCount} cores; input {new FileInfo(input).Length / 1e6:N0} MB; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:N0} MB");
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary><c>--analytics N</c>: a store of N generated events; times dyad series and balance (mean of 5 runs).</summary>
    public static void Analytics(long events)
    {
        string dir = Directory.CreateTempSubdirectory("tightrope-bench-").FullName;
        try
        {
            var (store, problem) = DuckDbEventStore.Open(Path.Combine(dir, "bench.duckdb"));
            if (store is null)
            {
                throw new InvalidOperationException(problem!.ToString());
            }

            using (store)
            {
                var build = Stopwatch.StartNew();
                Generate(store, events);
                store.RebuildStoryEvents();
                build.Stop();
                var analytics = new StoreAnalytics(store);
                double dyad = Time(() => analytics.Dyad("KOR", "CHN", Period.Month));
                double raw = Time(() => analytics.Dyad("KOR", "CHN", Period.Month, raw: true));
                double balance = Time(() => analytics.Balance("KOR", "USA", "CHN", Period.Month));
                var counts = store.Counts();
                Console.WriteLine($"analytics over {counts.Events:N0} events / {counts.StoryEvents:N0} story events (built in {build.Elapsed.TotalSeconds:N0} s): dyad {dyad:N0} ms, dyad --raw {raw:N0} ms, balance {balance:N0} ms (mean of 5)");
            }
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>Fills <paramref name="store"/> with <paramref name="events"/> generated events over ten years and ten actors.</summary>
    internal static void Generate(DuckDbEventStore store, long events)
    {
        store.Execute($"""
            INSERT INTO documents SELECT 'doc' || i, 'h' || i, NULL, NULL, NULL, 'source' || (i % 7), DATE '2016-01-01' + (i % 3650)::INTEGER,
                   NULL, TIMESTAMP '2026-01-01', 'bench', 'coded', NULL FROM range(0, {events / 4}) t(i);
            INSERT INTO events (event_id, doc_id, event_date, event_type, modality, actor_key, recipient_key, goldstein, quad_class)
            SELECT 'e' || i, 'doc' || (i // 4),
                   DATE '2016-01-01' + ((i // 4) % 3650)::INTEGER,
                   (['CONSULT','AGREE','ACCUSE','REQUEST','SANCTION','ASSAULT','SUPPORT','MOBILIZE'])[1 + (hash(i) % 8)::INTEGER],
                   CASE WHEN hash(i + 1) % 10 < 8 THEN 'asserted' ELSE 'intended' END,
                   (['KOR','CHN','USA','JPN','PRK','RUS','TWN','PHL','VNM','IND'])[1 + (hash(i + 2) % 10)::INTEGER],
                   (['KOR','CHN','USA','JPN','PRK','RUS','TWN','PHL','VNM','IND'])[1 + (hash(i + 3) % 10)::INTEGER],
                   (hash(i + 4) % 200)::DOUBLE / 10 - 10, 1 + (hash(i + 5) % 4)::INTEGER
            FROM range(0, {events}) t(i);
            """);
    }

    private static double Time(Action action)
    {
        action();
        var watch = Stopwatch.StartNew();
        for (int i = 0; i < 5; i++)
        {
            action();
        }

        return watch.Elapsed.TotalMilliseconds / 5;
    }
}
