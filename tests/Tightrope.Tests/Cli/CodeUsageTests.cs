using Tightrope.Cli;
using Xunit;

namespace Tightrope.Tests.Cli;

public sealed class CodeUsageTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly string _article;
    private readonly string _batch;

    public CodeUsageTests()
    {
        _article = _dir.Write("article.txt", "Japan and South Korea held talks in Seoul on Monday.");
        _batch = _dir.Write("docs.jsonl", "{\"id\":\"a\",\"text\":\"Japan and South Korea held talks.\"}\n");
    }

    public void Dispose() => _dir.Dispose();

    private static void AssertUsageError(CliResult result, string? expected = null)
    {
        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("tightrope: ", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Out);
        if (expected is not null)
        {
            Assert.Contains(expected, line, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Given_an_unknown_option_When_run_Then_exit_2()
    {
        // Given
        string[] args = ["code", _article, "--frobnicate"];

        // When
        var result = CliHarness.Run(args);

        // Then
        AssertUsageError(result, "frobnicate");
    }

    [Fact]
    public void Given_an_unknown_command_When_run_Then_exit_2()
    {
        // Given
        string[] args = ["decode", _article];

        // When
        var result = CliHarness.Run(args);

        // Then
        AssertUsageError(result);
    }

    [Fact]
    public void Given_both_a_file_and_input_When_run_Then_exit_2()
    {
        // Given
        string[] args = ["code", _article, "--input", _batch];

        // When
        var result = CliHarness.Run(args);

        // Then
        AssertUsageError(result, "either FILE");
    }

    [Fact]
    public void Given_neither_a_file_nor_input_When_run_Then_exit_2()
    {
        // Given
        string[] args = ["code"];

        // When
        var result = CliHarness.Run(args);

        // Then
        AssertUsageError(result, "either FILE");
    }

    [Theory]
    [InlineData("2026-13-01")]
    [InlineData("05/01/2026")]
    [InlineData("yesterday")]
    public void Given_a_bad_date_When_run_Then_exit_2_naming_the_date(string date)
    {
        // Given
        string[] args = ["code", _article, "--date", date];

        // When
        var result = CliHarness.Run(args);

        // Then
        AssertUsageError(result, $"--date '{date}'");
    }

    [Fact]
    public void Given_an_unknown_format_When_run_Then_exit_2()
    {
        // Given
        string[] args = ["code", _article, "--format", "xml"];

        // When
        var result = CliHarness.Run(args);

        // Then
        AssertUsageError(result, "--format 'xml'");
    }

    [Fact]
    public void Given_a_batch_with_a_whole_document_format_When_run_Then_exit_2()
    {
        // Given
        string[] args = ["code", "--input", _batch, "--format", "json"];

        // When
        var result = CliHarness.Run(args);

        // Then
        AssertUsageError(result, "--format jsonl");
    }

    [Fact]
    public void Given_a_non_positive_max_chars_When_run_Then_exit_2()
    {
        // Given
        string[] args = ["code", _article, "--max-chars", "0"];

        // When
        var result = CliHarness.Run(args);

        // Then
        AssertUsageError(result, "--max-chars");
    }
}
