using System.Text;
using System.Text.Json;
using Tightrope.Cli;
using Xunit;

namespace Tightrope.Tests.Cli;

public sealed class BatchTests : IDisposable
{
    private const string GoodOne = "{\"id\":\"good-1\",\"date\":\"2026-01-05\",\"text\":\"Japan and South Korea held talks in Seoul on Monday.\"}";
    private const string GoodTwo = "{\"id\":\"good-2\",\"date\":\"2026-01-06\",\"title\":\"Talks\",\"text\":\"China and Russia held talks in Moscow on Tuesday.\"}";
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static List<JsonElement> Records(CliResult result) =>
        [.. result.OutLines.Select(line =>
        {
            using var json = JsonDocument.Parse(line);
            return json.RootElement.Clone();
        })];

    [Fact]
    public void Given_a_batch_with_bad_records_When_coded_Then_exit_3_each_bad_line_is_named_and_good_records_are_coded()
    {
        // Given: lines 2 (not JSON), 3 (no text) and 4 (bad date) are bad; line 5 is blank
        string path = _dir.Write("docs.jsonl", string.Join("\n",
            GoodOne,
            "this is not json",
            "{\"id\":\"no-text\",\"date\":\"2026-01-05\"}",
            "{\"id\":\"bad-date\",\"date\":\"05/01/2026\",\"text\":\"Japan and China held talks.\"}",
            string.Empty,
            GoodTwo) + "\n");

        // When
        var result = CliHarness.Run("code", "--input", path);

        // Then
        Assert.Equal(ExitCodes.RecordsRejected, result.ExitCode);
        Assert.Equal(3, result.ErrorLines.Length);
        Assert.StartsWith($"tightrope: {path}:2: not valid JSON", result.ErrorLines[0], StringComparison.Ordinal);
        Assert.StartsWith($"tightrope: {path}:3: no \"text\" field", result.ErrorLines[1], StringComparison.Ordinal);
        Assert.StartsWith($"tightrope: {path}:4: date '05/01/2026'", result.ErrorLines[2], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);

        var records = Records(result);
        Assert.All(records, r => Assert.Contains(r.GetProperty("doc_id").GetString(), new[] { "good-1", "good-2" }));
        var first = records.Where(r => r.GetProperty("doc_id").GetString() == "good-1").ToList();
        Assert.NotEmpty(first);
        Assert.All(first, r =>
        {
            Assert.Equal("CONSULT", r.GetProperty("event_type").GetString());
            Assert.Equal("2026-01-05", r.GetProperty("event_date").GetString());
            Assert.StartsWith("good-1:0:", r.GetProperty("event_id").GetString(), StringComparison.Ordinal);
        });
        Assert.Contains(records, r => r.GetProperty("doc_id").GetString() == "good-2");
    }

    [Fact]
    public void Given_titled_records_When_coded_with_headline_Then_the_headline_event_is_coded_and_points_into_the_titled_text()
    {
        // Given: the event is stated only in the title
        const string record = "{\"id\":\"h-1\",\"date\":\"2026-03-06\",\"title\":\"Japan Imposes Sanctions on Russian Banks\",\"text\":\"Officials gave no further details on Friday.\"}";
        string path = _dir.Write("titled.jsonl", record + "\n");

        // When
        var plain = CliHarness.Run("code", "--input", path, "--no-model");
        var titled = CliHarness.Run("code", "--input", path, "--no-model", "--headline");

        // Then
        Assert.Equal(ExitCodes.Success, plain.ExitCode);
        Assert.Empty(plain.OutLines);
        Assert.Equal(ExitCodes.Success, titled.ExitCode);
        var e = Assert.Single(Records(titled));
        Assert.Equal("SANCTION", e.GetProperty("event_type").GetString());
        Assert.Equal("Japan Imposes Sanctions on Russian Banks", e.GetProperty("sentence").GetString());
        var trigger = e.GetProperty("trigger");
        string text = "Japan Imposes Sanctions on Russian Banks\n\nOfficials gave no further details on Friday.";
        Assert.Equal(trigger.GetProperty("text").GetString(), text[trigger.GetProperty("start").GetInt32()..trigger.GetProperty("end").GetInt32()]);
    }

    [Fact]
    public void Given_a_single_file_When_coded_with_headline_Then_it_is_a_usage_error()
    {
        string path = _dir.Write("one.txt", "Japan and China held talks.");

        var result = CliHarness.Run("code", path, "--headline");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--headline needs --input", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_only_good_records_When_coded_Then_exit_0_and_one_json_object_per_line()
    {
        // Given
        string path = _dir.Write("docs.jsonl", GoodOne + "\r\n" + GoodTwo);

        // When
        var result = CliHarness.Run("code", "--input", path, "--format", "jsonl");

        // Then
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        var records = Records(result);
        Assert.Contains(records, r => r.GetProperty("doc_id").GetString() == "good-1");
        Assert.Contains(records, r => r.GetProperty("doc_id").GetString() == "good-2");
    }

    [Fact]
    public void Given_a_batch_on_standard_input_When_coded_Then_problems_name_stdin_and_the_line()
    {
        // Given
        byte[] stdin = Encoding.UTF8.GetBytes(GoodOne + "\n[1, 2]\n");

        // When
        var result = CliHarness.RunWithStdin(stdin, "code", "--input", "-");

        // Then
        Assert.Equal(ExitCodes.RecordsRejected, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith("tightrope: stdin:2: expected a JSON object", line, StringComparison.Ordinal);
        Assert.Contains(Records(result), r => r.GetProperty("doc_id").GetString() == "good-1");
    }

    [Fact]
    public void Given_a_record_with_invalid_utf8_When_coded_Then_only_that_line_is_rejected()
    {
        // Given
        byte[] bad = [.. "{\"text\":\"caf"u8, 0xC3, 0x28, .. "\"}"u8];
        string path = _dir.Write("docs.jsonl", [.. Encoding.UTF8.GetBytes(GoodOne + "\n"), .. bad, (byte)'\n']);

        // When
        var result = CliHarness.Run("code", "--input", path);

        // Then
        Assert.Equal(ExitCodes.RecordsRejected, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains($"{path}:2: invalid UTF-8", line, StringComparison.Ordinal);
        Assert.NotEmpty(result.OutLines);
    }

    [Fact]
    public void Given_a_missing_batch_file_When_coded_Then_exit_1()
    {
        // Given
        string path = Path.Combine(_dir.Path, "missing.jsonl");

        // When
        var result = CliHarness.Run("code", "--input", path);

        // Then
        Assert.Equal(ExitCodes.InputUnreadable, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.Equal($"tightrope: {path}: file not found", line);
    }
}
