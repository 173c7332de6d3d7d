using Tightrope.Ingest;
using Tightrope.Pipeline;
using Tightrope.Storage;
using Tightrope.Tests.Cli;
using Xunit;

namespace Tightrope.Tests.Storage;

/// <summary>The read-only open used by the web server: shares the file with other readers, creates nothing.</summary>
public class ReadOnlyStoreTests
{
    [Fact]
    public void Given_a_store_When_opened_read_only_twice_Then_both_read_the_same_counts()
    {
        using var dir = new TempDirectory();
        string db = Path.Combine(dir.Path, "t.duckdb");
        var (writer, _) = DuckDbEventStore.Open(db);
        using (writer)
        {
            var item = new IngestItem("a", new Document { Id = "a", Date = new DateOnly(2026, 1, 5), Text = "South Korea and China held talks in Beijing on Monday." }, null);
            new IngestRunner(CoderPipeline.Default, writer!, TimeProvider.System).Run([item]);
        }

        var (first, p1) = DuckDbEventStore.OpenReadOnly(db);
        var (second, p2) = DuckDbEventStore.OpenReadOnly(db);
        using (first)
        using (second)
        {
            Assert.Null(p1);
            Assert.Null(p2);
            Assert.Equal(first!.Counts(), second!.Counts());
            Assert.True(first.Counts().Events >= 2);
        }
    }

    [Fact]
    public void Given_no_file_When_opened_read_only_Then_a_problem_says_so_and_nothing_is_created()
    {
        using var dir = new TempDirectory();
        string db = Path.Combine(dir.Path, "missing.duckdb");

        var (store, problem) = DuckDbEventStore.OpenReadOnly(db);

        Assert.Null(store);
        Assert.Contains("no such store", problem!.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(db));
    }

    [Fact]
    public void Given_a_file_that_is_not_a_store_When_opened_read_only_Then_a_problem_not_an_exception()
    {
        using var dir = new TempDirectory();
        string db = dir.Write("notes.duckdb", "just some text, not a database");

        var (store, problem) = DuckDbEventStore.OpenReadOnly(db);

        Assert.Null(store);
        Assert.NotNull(problem);
        Assert.DoesNotContain("   at ", problem!.Message, StringComparison.Ordinal);
    }
}
