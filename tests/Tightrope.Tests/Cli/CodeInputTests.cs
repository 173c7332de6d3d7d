using System.Text;
using System.Text.Json;
using Tightrope.Cli;
using Xunit;

namespace Tightrope.Tests.Cli;

public sealed class CodeInputTests : IDisposable
{
    private const string Article = "Japan and South Korea held talks in Seoul on Monday.";
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static void AssertOneCleanErrorLine(CliResult result, string source, string message)
    {
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith($"tightrope: {source}: ", line, StringComparison.Ordinal);
        Assert.Contains(message, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Out);
    }

    [Fact]
    public void Given_a_missing_file_When_coded_Then_exit_1_with_one_line_naming_the_file()
    {
        // Given
        string path = Path.Combine(_dir.Path, "nowhere.txt");

        // When
        var result = CliHarness.Run("code", path);

        // Then
        Assert.Equal(ExitCodes.InputUnreadable, result.ExitCode);
        AssertOneCleanErrorLine(result, path, "file not found");
    }

    [Fact]
    public void Given_a_directory_When_coded_Then_exit_1_saying_it_is_a_directory()
    {
        // Given
        string path = _dir.Path;

        // When
        var result = CliHarness.Run("code", path);

        // Then
        Assert.Equal(ExitCodes.InputUnreadable, result.ExitCode);
        AssertOneCleanErrorLine(result, path, "directory");
    }

    [Fact]
    public void Given_an_empty_file_When_coded_Then_exit_1()
    {
        // Given
        string path = _dir.Write("empty.txt", string.Empty);

        // When
        var result = CliHarness.Run("code", path);

        // Then
        Assert.Equal(ExitCodes.InputUnreadable, result.ExitCode);
        AssertOneCleanErrorLine(result, path, "no text to code");
    }

    [Fact]
    public void Given_a_whitespace_only_file_When_coded_Then_exit_1()
    {
        // Given
        string path = _dir.Write("blank.txt", "  \n\t\r\n   \n");

        // When
        var result = CliHarness.Run("code", path);

        // Then
        Assert.Equal(ExitCodes.InputUnreadable, result.ExitCode);
        AssertOneCleanErrorLine(result, path, "no text to code");
    }

    [Fact]
    public void Given_a_binary_file_When_coded_Then_exit_1_saying_binary()
    {
        // Given
        string path = _dir.Write("image.bin", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A, 0x0A]);

        // When
        var result = CliHarness.Run("code", path);

        // Then
        Assert.Equal(ExitCodes.InputUnreadable, result.ExitCode);
        AssertOneCleanErrorLine(result, path, "binary");
    }

    [Fact]
    public void Given_invalid_utf8_When_coded_Then_exit_1_naming_the_byte_offset()
    {
        // Given: 'f', then a lead byte followed by '(' instead of a continuation byte
        string path = _dir.Write("latin.txt", [0x66, 0xC3, 0x28]);

        // When
        var result = CliHarness.Run("code", path);

        // Then
        Assert.Equal(ExitCodes.InputUnreadable, result.ExitCode);
        AssertOneCleanErrorLine(result, path, "invalid UTF-8 at byte 1");
    }

    [Fact]
    public void Given_a_file_over_max_chars_When_coded_Then_exit_1_naming_the_limit()
    {
        // Given
        string path = _dir.Write("long.txt", string.Concat(Enumerable.Repeat(Article + " ", 3)));

        // When
        var result = CliHarness.Run("code", path, "--max-chars", "100");

        // Then
        Assert.Equal(ExitCodes.InputUnreadable, result.ExitCode);
        AssertOneCleanErrorLine(result, path, "exceeds the limit of 100");
    }

    [Fact]
    public void Given_a_file_within_max_chars_When_coded_Then_it_succeeds()
    {
        // Given
        string path = _dir.Write("short.txt", Article);

        // When
        var result = CliHarness.Run("code", path, "--max-chars", "100", "--format", "jsonl");

        // Then
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
    }

    [Fact]
    public void Given_a_file_with_a_byte_order_mark_When_coded_Then_it_is_read_as_text()
    {
        // Given
        string path = _dir.Write("bom.txt", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Article)]);

        // When
        var result = CliHarness.Run("code", path, "--format", "jsonl", "--date", "2026-01-05");

        // Then
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.NotEmpty(result.OutLines);
    }

    [Fact]
    public void Given_dash_as_the_file_When_coded_Then_standard_input_is_read()
    {
        // Given
        byte[] stdin = Encoding.UTF8.GetBytes(Article + "\n");

        // When
        var result = CliHarness.RunWithStdin(stdin, "code", "-", "--format", "jsonl", "--date", "2026-01-05", "--id", "piped");

        // Then
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        Assert.NotEmpty(result.OutLines);
        Assert.All(result.OutLines, line =>
        {
            using var json = JsonDocument.Parse(line);
            Assert.Equal("piped", json.RootElement.GetProperty("doc_id").GetString());
        });
    }

    [Fact]
    public void Given_empty_standard_input_When_coded_Then_exit_1_naming_stdin()
    {
        // Given
        byte[] stdin = [];

        // When
        var result = CliHarness.RunWithStdin(stdin, "code", "-");

        // Then
        Assert.Equal(ExitCodes.InputUnreadable, result.ExitCode);
        AssertOneCleanErrorLine(result, "stdin", "no text to code");
    }
}
