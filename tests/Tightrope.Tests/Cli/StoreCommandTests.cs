using System.Text.Json;
using Xunit;

namespace Tightrope.Tests.Cli;

/// <summary>ingest, events, dyad, balance, stats and export through the command line, on a temporary store.</summary>
public sealed class StoreCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    private string Db => Path.Combine(_dir.Path, "t.duckdb");

    public void Dispose() => _dir.Dispose();

    private string Inputs()
    {
        string folder = Path.Combine(_dir.Path, "in");
        Directory.CreateDirectory(Path.Combine(folder, "sub"));
        File.WriteAllText(Path.Combine(folder, "a.txt"), "South Korea and the United States signed a defence pact on Monday.");
        File.WriteAllText(Path.Combine(folder, "sub", "b.jsonl"),
            "{\"id\":\"b1\",\"date\":\"2026-02-10\",\"text\":\"South Korea accused China of harassing its fishermen on Tuesday.\",\"source\":\"Daily\"}\n"
            + "not json\n"
            + "{\"id\":\"b2\",\"date\":\"2026-02-11\",\"text\":\"Seoul urged Beijing to lift the ban on Korean films.\"}\n");
        File.WriteAllText(Path.Combine(folder, "c.html"),
            "<html><head><title>Talks</title><meta property=\"article:published_time\" content=\"2026-02-12T08:00:00Z\"></head><body><nav>Home | World</nav>"
            + "<article><h1>Talks</h1><p>Japan and South Korea held talks in Tokyo on Thursday about export controls and supply chains, officials said.</p>"
            + "<p>The foreign ministers agreed to meet again next month to continue the discussion on regional security.</p></article><footer>© Example</footer></body></html>");
        File.WriteAllText(Path.Combine(folder, "d.rss"),
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Feed</title><item><title>Drills</title><link>https://example.org/1</link>"
            + "<pubDate>Fri, 13 Feb 2026 09:00:00 GMT</pubDate><description>North Korea test-fired a ballistic missile into the sea on Friday.</description></item></channel></rss>");
        File.WriteAllBytes(Path.Combine(folder, "e.txt"), [0x50, 0x00, 0x01, 0x02]);
        return folder;
    }

    [Fact]
    public void Given_a_folder_of_mixed_inputs_When_ingested_twice_Then_good_documents_are_kept_once_and_bad_ones_reported()
    {
        string folder = Inputs();

        var first = CliHarness.Run("ingest", folder, "--db", Db, "--date", "2026-02-09");
        var second = CliHarness.Run("ingest", folder, "--db", Db, "--date", "2026-02-09");

        Assert.Equal(3, first.ExitCode);
        Assert.Contains(first.ErrorLines, l => l.Contains("b.jsonl:2", StringComparison.Ordinal));
        Assert.Contains(first.ErrorLines, l => l.Contains("e.txt", StringComparison.Ordinal) && l.Contains("binary", StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", first.Error, StringComparison.Ordinal);
        Assert.True(System.Text.RegularExpressions.Regex.IsMatch(first.Console, @"documents new\W*5\b"), first.Console);
        Assert.True(System.Text.RegularExpressions.Regex.IsMatch(second.Console, @"documents new\W*0\b"), second.Console);
        Assert.True(System.Text.RegularExpressions.Regex.IsMatch(second.Console, @"already present\W*7\b"), second.Console);
    }

    [Fact]
    public void Given_a_titled_record_When_ingested_with_headline_Then_the_headline_event_is_stored()
    {
        string file = Path.Combine(_dir.Path, "titled.jsonl");
        File.WriteAllText(file, "{\"id\":\"t1\",\"date\":\"2026-03-06\",\"title\":\"Japan Imposes Sanctions on Russian Banks\",\"text\":\"Officials gave no further details on Friday.\"}\n");
        string plainDb = Path.Combine(_dir.Path, "plain.duckdb");

        CliHarness.Run("ingest", file, "--db", plainDb, "--no-model");
        var ingest = CliHarness.Run("ingest", file, "--db", Db, "--no-model", "--headline");

        Assert.Equal(0, ingest.ExitCode);
        Assert.Empty(CliHarness.Run("events", "--db", plainDb, "--format", "jsonl").OutLines);
        var line = Assert.Single(CliHarness.Run("events", "--db", Db, "--format", "jsonl").OutLines);
        var e = JsonDocument.Parse(line).RootElement;
        Assert.Equal("SANCTION", e.GetProperty("event_type").GetString());
        Assert.Equal("JPN", e.GetProperty("actor_country").GetString());
    }

    [Fact]
    public void Given_a_store_When_events_are_listed_as_jsonl_and_csv_Then_rows_match_the_filters()
    {
        CliHarness.Run("ingest", Inputs(), "--db", Db, "--date", "2026-02-09");

        var jsonl = CliHarness.Run("events", "--db", Db, "--actor", "KOR", "--format", "jsonl");
        var csv = CliHarness.Run("events", "--db", Db, "--type", "ACCUSE", "--format", "csv");

        Assert.Equal(0, jsonl.ExitCode);
        Assert.NotEmpty(jsonl.OutLines);
        Assert.All(jsonl.OutLines, l => Assert.Equal("KOR", JsonDocument.Parse(l).RootElement.GetProperty("actor_key").GetString()));
        Assert.StartsWith("event_id,doc_id,story_date,event_date", csv.OutLines[0], StringComparison.Ordinal);
        Assert.Equal(2, csv.OutLines.Length);
    }

    [Fact]
    public void Given_a_store_When_asking_for_a_dyad_and_a_balance_Then_the_periods_and_parts_are_printed_and_plotted()
    {
        CliHarness.Run("ingest", Inputs(), "--db", Db, "--date", "2026-02-09");
        string png = Path.Combine(_dir.Path, "b.png");

        var dyad = CliHarness.Run("dyad", "KOR", "USA", "--db", Db, "--by", "month");
        var balance = CliHarness.Run("balance", "KOR", "--between", "USA", "--between", "CHN", "--db", Db, "--plot", png);

        Assert.Equal(0, dyad.ExitCode);
        Assert.Contains("2026-02-01", dyad.Console, StringComparison.Ordinal);
        Assert.Equal(0, balance.ExitCode);
        Assert.Contains("g(KOR,USA)", balance.Console, StringComparison.Ordinal);
        Assert.True(new FileInfo(png).Length > 1000);
    }

    [Theory]
    [InlineData("parquet")]
    [InlineData("csv")]
    [InlineData("jsonl")]
    public void Given_a_store_When_exported_Then_the_file_is_written_with_the_contract_columns(string format)
    {
        CliHarness.Run("ingest", Inputs(), "--db", Db, "--date", "2026-02-09");
        string file = Path.Combine(_dir.Path, "out." + format);

        var result = CliHarness.Run("export", "--db", Db, "--format", format, "--out", file);

        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(file));
        if (format == "csv")
        {
            Assert.Contains("actor_country", File.ReadLines(file).First(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("dyad", "KOR", "--by", "fortnight")]
    [InlineData("balance", "KOR", "--between", "USA")]
    [InlineData("events", "--since", "yesterday")]
    [InlineData("export", "--format", "xml", "--out", "x")]
    public void Given_bad_options_When_run_Then_it_is_a_usage_error(params string[] args)
    {
        Assert.Equal(2, CliHarness.Run([.. args, "--db", Db]).ExitCode);
    }

    [Fact]
    public void Given_a_db_in_a_missing_folder_When_querying_Then_one_line_and_exit_1()
    {
        var result = CliHarness.Run("stats", "--db", Path.Combine(_dir.Path, "nope", "x.duckdb"));

        Assert.Equal(1, result.ExitCode);
        Assert.Single(result.ErrorLines);
    }
}
