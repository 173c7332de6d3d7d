using Tightrope.Analytics;
using Tightrope.Ingest;
using Tightrope.Pipeline;
using Tightrope.Storage;
using Tightrope.Tests.Cli;
using Xunit;

namespace Tightrope.Tests.Storage;

/// <summary>The embedded store: idempotent writes, story events, analytics, clear errors.</summary>
public class StoreTests
{
    private static IngestItem Item(string id, string date, string text, string source = "Wire") =>
        new(id, new Document { Id = id, Date = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), Text = text, Source = source }, null);

    private static IngestReport Ingest(DuckDbEventStore store, params IngestItem[] items) =>
        new IngestRunner(CoderPipeline.Default, store, TimeProvider.System) { BatchSize = 2 }.Run(items);

    [Fact]
    public void Given_the_same_documents_twice_When_ingested_Then_the_second_run_adds_nothing()
    {
        using var dir = new TempDirectory();
        var (store, problem) = DuckDbEventStore.Open(Path.Combine(dir.Path, "t.duckdb"));
        Assert.Null(problem);
        using (store)
        {
            var items = new[]
            {
                Item("a", "2026-01-05", "South Korea and China held talks in Beijing on Monday."),
                Item("b", "2026-01-06", "Japan condemned North Korea's missile launch on Tuesday."),
                Item("c", "2026-01-07", "China remains the largest trading partner of both Koreas."),
            };

            var first = Ingest(store!, items);
            var counts = store!.Counts();
            var second = Ingest(store, items);

            Assert.Equal(3, first.New);
            Assert.Equal(0, second.New);
            Assert.Equal(3, second.AlreadyPresent);
            Assert.Equal(counts, store.Counts());
            Assert.True(counts.Events >= 3);
        }
    }

    [Fact]
    public void Given_two_reports_of_one_happening_When_ingested_Then_they_form_one_story_event_with_two_sources()
    {
        using var dir = new TempDirectory();
        var (store, _) = DuckDbEventStore.Open(Path.Combine(dir.Path, "t.duckdb"));
        using (store)
        {
            Ingest(store!,
                Item("w", "2026-03-10", "Japan condemned China on Tuesday over the coast guard incident.", "Wire"),
                Item("d", "2026-03-11", "Tokyo sharply criticised Beijing yesterday after the incident at sea.", "Daily"),
                Item("x", "2026-05-20", "Japan condemned China over new drills.", "Wire"));

            var dyad = new StoreAnalytics(store!).Dyad("JPN", "CHN", Period.Year);
            var raw = new StoreAnalytics(store!).Dyad("JPN", "CHN", Period.Year, raw: true);

            Assert.Equal(2, Assert.Single(dyad).Total);
            Assert.Equal(3, Assert.Single(raw).Total);
        }
    }

    [Fact]
    public void Given_cooperation_with_one_power_and_conflict_with_the_other_When_balanced_Then_the_index_leans_to_the_first()
    {
        using var dir = new TempDirectory();
        var (store, _) = DuckDbEventStore.Open(Path.Combine(dir.Path, "t.duckdb"));
        using (store)
        {
            Ingest(store!,
                Item("1", "2026-02-02", "South Korea and the United States signed a defence pact on Monday."),
                Item("2", "2026-02-03", "South Korea accused China of harassing its fishermen on Tuesday."));

            var point = Assert.Single(new StoreAnalytics(store!).Balance("KOR", "USA", "CHN", Period.Month));

            Assert.True(point.TowardA > 0);
            Assert.True(point.TowardB < 0);
            Assert.Equal(1.0, point.Balance, 3);
        }
    }

    [Theory]
    [InlineData(10, -10, 1.0)]
    [InlineData(0, 0, 0.0)]
    [InlineData(5, 5, 0.0)]
    [InlineData(-4, 4, -1.0)]
    [InlineData(6, 2, 0.5)]
    public void Given_the_parts_When_the_balance_is_computed_Then_it_follows_the_formula(double a, double b, double expected)
    {
        Assert.Equal(expected, new BalancePoint(new DateOnly(2026, 1, 1), a, b).Balance, 6);
    }

    [Fact]
    public void Given_a_missing_folder_When_opening_Then_a_problem_is_returned_not_thrown()
    {
        var (store, problem) = DuckDbEventStore.Open(Path.Combine(Path.GetTempPath(), "no-such-dir-" + Guid.NewGuid().ToString("N"), "t.duckdb"));

        Assert.Null(store);
        Assert.Contains("folder does not exist", problem!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_bad_documents_in_a_batch_When_ingested_Then_they_are_recorded_and_the_good_ones_coded()
    {
        using var dir = new TempDirectory();
        var (store, _) = DuckDbEventStore.Open(Path.Combine(dir.Path, "t.duckdb"));
        using (store)
        {
            var report = Ingest(store!,
                new IngestItem("bad.txt", null, "looks like binary data, not UTF-8 text"),
                Item("ok", "2026-01-05", "Seoul urged Pyongyang to return to talks on Monday."));

            Assert.Equal(1, report.New);
            Assert.Equal(1, report.Rejected);
            Assert.Equal(1, store!.Counts().Rejected);
        }
    }
}
