using System.Text.Json;
using Xunit;

namespace Tightrope.Tests.Cli;

/// <summary><c>tightrope actors lookup | list | check</c> and <c>code --actors</c>.</summary>
public class ActorsCommandTests
{
    private const string PeopleHeader = "name\tvariants\tshort\tcountry\torg\tsector\ttitle\tstart\tend\n";

    [Fact]
    public void Given_a_title_and_a_date_When_looked_up_Then_the_holder_and_the_tenure_are_shown()
    {
        var result = CliHarness.Run("actors", "lookup", "the South Korean president", "--date", "2019-06-01");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Moon Jae In", result.Console, StringComparison.Ordinal);
        Assert.Contains("2017-05-10", result.Console, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_country_and_kind_filter_When_listed_as_jsonl_Then_every_row_matches_the_filter()
    {
        var result = CliHarness.Run("actors", "list", "--country", "PRK", "--kind", "person", "--format", "jsonl");

        Assert.Equal(0, result.ExitCode);
        Assert.NotEmpty(result.OutLines);
        foreach (var line in result.OutLines)
        {
            var row = JsonDocument.Parse(line).RootElement;
            Assert.Equal("person", row.GetProperty("kind").GetString());
            Assert.Equal("PRK", row.GetProperty("country").GetString());
        }
    }

    [Fact]
    public void Given_an_unknown_kind_When_listing_Then_it_is_a_usage_error()
    {
        Assert.Equal(2, CliHarness.Run("actors", "list", "--kind", "planet").ExitCode);
    }

    [Fact]
    public void Given_a_user_file_with_bad_rows_When_checked_Then_each_problem_names_file_and_line()
    {
        using var dir = new TempDirectory();
        string file = dir.Write("mine.tsv", PeopleHeader
            + "Jane Example\t\tExample\tZZZ\t\tGOV\tPresident\t2020-01-01\t\n"
            + "John Example\t\tExample\tKOR\t\tGOV\tGovernor\t2020-31-01\t\n");

        var result = CliHarness.Run("actors", "check", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.ErrorLines, l => l.Contains(file + ":2", StringComparison.Ordinal) && l.Contains("ZZZ", StringComparison.Ordinal));
        Assert.Contains(result.ErrorLines, l => l.Contains(file + ":3", StringComparison.Ordinal) && l.Contains("malformed date", StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_user_file_overlapping_a_built_in_single_holder_office_When_checked_Then_the_overlap_is_reported()
    {
        using var dir = new TempDirectory();
        string file = dir.Write("mine.tsv", PeopleHeader + "Jane Example\t\tExample\tKOR\t\tGOV\tPresident\t2026-01-01\t\n");

        var result = CliHarness.Run("actors", "check", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.ErrorLines, l => l.Contains("overlaps", StringComparison.Ordinal));
    }

    [Fact]
    public void Given_a_file_without_a_catalog_header_When_checked_Then_it_says_so()
    {
        using var dir = new TempDirectory();
        string file = dir.Write("notes.tsv", "hello\tworld\n");

        var result = CliHarness.Run("actors", "check", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.ErrorLines, l => l.Contains("unknown catalog file", StringComparison.Ordinal));
    }

    [Fact]
    public void Given_a_valid_user_catalog_When_coding_with_it_Then_its_people_are_recognised()
    {
        using var dir = new TempDirectory();
        string actors = dir.Write("mine.tsv", PeopleHeader + "Jane Example\t\tExample\tKOR\t\tGOV\tGovernor\t2020-01-01\t\n");
        string article = dir.Write("a.txt", "Governor Jane Example criticised Japan on Monday.");

        var result = CliHarness.Run("code", article, "--date", "2026-01-05", "--actors", actors, "--format", "jsonl");

        Assert.Equal(0, result.ExitCode);
        var record = JsonDocument.Parse(Assert.Single(result.OutLines)).RootElement;
        Assert.Equal("Jane Example", record.GetProperty("actor").GetProperty("name").GetString());
        Assert.Equal("KOR", record.GetProperty("actor").GetProperty("country").GetString());
        Assert.Equal("JPN", record.GetProperty("recipient").GetProperty("country").GetString());
    }

    [Fact]
    public void Given_an_invalid_user_catalog_When_coding_with_it_Then_nothing_is_coded_and_the_exit_code_is_1()
    {
        using var dir = new TempDirectory();
        string actors = dir.Write("mine.tsv", PeopleHeader + "Jane Example\t\tExample\tZZZ\t\tGOV\tGovernor\t2020-01-01\t\n");
        string article = dir.Write("a.txt", "Japan criticised China.");

        var result = CliHarness.Run("code", article, "--actors", actors, "--format", "jsonl");

        Assert.Equal(1, result.ExitCode);
        Assert.Empty(result.OutLines);
        Assert.Single(result.ErrorLines);
    }
}
