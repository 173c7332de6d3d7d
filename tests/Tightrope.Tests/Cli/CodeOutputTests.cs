using System.Text.Json;
using Tightrope.Cli;
using Xunit;

namespace Tightrope.Tests.Cli;

public sealed class CodeOutputTests : IDisposable
{
    private const string Article =
        "Seoul and Tokyo agree to talks\n\n" +
        "Japan and South Korea held talks in Seoul on Monday. " +
        "South Korean President Lee Jae Myung spoke with Japanese Prime Minister Sanae Takaichi by phone on Sunday.";

    private static readonly string[] s_contractFields =
    [
        "event_id", "doc_id", "story_date", "event_date", "date_precision", "event_type", "event_mode", "contexts",
        "modality", "reciprocal", "actor", "recipient", "location", "trigger", "sentence_index", "sentence",
        "cameo_root", "cameo_code", "goldstein", "quad_class", "confidence", "decided_by", "coder_version",
    ];

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Given_a_valid_article_When_coded_as_json_Then_stdout_is_an_array_of_contract_records()
    {
        // Given
        string path = _dir.Write("article.txt", Article);

        // When
        var result = CliHarness.Run("code", path, "--format", "json", "--date", "2026-01-05", "--id", "doc-7");

        // Then
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(JsonValueKind.Array, json.RootElement.ValueKind);
        var records = json.RootElement.EnumerateArray().ToList();
        Assert.NotEmpty(records);
        Assert.All(records, record =>
        {
            Assert.Equal(
                s_contractFields.Order(StringComparer.Ordinal),
                record.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
            Assert.Equal("doc-7", record.GetProperty("doc_id").GetString());
            Assert.StartsWith("doc-7:", record.GetProperty("event_id").GetString(), StringComparison.Ordinal);
            Assert.Equal("2026-01-05", record.GetProperty("story_date").GetString());
            Assert.StartsWith(record.GetProperty("cameo_root").GetString()!, record.GetProperty("cameo_code").GetString(), StringComparison.Ordinal);
            Assert.InRange(record.GetProperty("quad_class").GetInt32(), 1, 4);
            Assert.StartsWith("tightrope/", record.GetProperty("coder_version").GetString(), StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Given_a_valid_article_When_coded_as_json_Then_trigger_offsets_point_into_the_input()
    {
        // Given
        string path = _dir.Write("article.txt", Article);

        // When
        var result = CliHarness.Run("code", path, "--format", "json", "--date", "2026-01-05");

        // Then
        using var json = JsonDocument.Parse(result.Out);
        Assert.All(json.RootElement.EnumerateArray(), record =>
        {
            var trigger = record.GetProperty("trigger");
            int start = trigger.GetProperty("start").GetInt32();
            int end = trigger.GetProperty("end").GetInt32();
            Assert.Equal(trigger.GetProperty("text").GetString(), Article[start..end]);
            var actor = record.GetProperty("actor");
            Assert.Equal(actor.GetProperty("text").GetString(), Article[actor.GetProperty("start").GetInt32()..actor.GetProperty("end").GetInt32()]);
        });
    }

    [Fact]
    public void Given_no_id_When_coded_twice_Then_the_document_id_is_a_stable_hash()
    {
        // Given
        string path = _dir.Write("article.txt", Article);

        // When
        var first = CliHarness.Run("code", path, "--format", "jsonl");
        var second = CliHarness.Run("code", path, "--format", "jsonl");

        // Then
        Assert.Equal(ExitCodes.Success, first.ExitCode);
        Assert.NotEmpty(first.OutLines);
        Assert.Equal(first.Out, second.Out);
        using var json = JsonDocument.Parse(first.OutLines[0]);
        Assert.Matches("^[0-9a-f]{16}$", json.RootElement.GetProperty("doc_id").GetString());
    }

    [Fact]
    public void Given_a_terminal_format_When_coded_Then_a_table_goes_to_the_console_and_nothing_to_stdout()
    {
        // Given
        string path = _dir.Write("article.txt", Article);

        // When
        var result = CliHarness.Run("code", path, "--date", "2026-01-05");

        // Then
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(string.Empty, result.Out);
        Assert.Contains("CONSULT", result.Console, StringComparison.Ordinal);
        Assert.Contains("events from 3 sentences", result.Console, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_an_article_without_events_When_coded_as_a_table_Then_it_says_so_and_succeeds()
    {
        // Given
        string path = _dir.Write("weather.txt", "It rained in the hills for most of the afternoon.");

        // When
        var result = CliHarness.Run("code", path);

        // Then
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Contains("No events in 1 sentences", result.Console, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_explain_When_coded_Then_mentions_are_listed_per_sentence_on_stderr()
    {
        // Given
        string path = _dir.Write("article.txt", Article);

        // When
        var result = CliHarness.Run("code", path, "--explain", "--format", "jsonl", "--date", "2026-01-05");

        // Then
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        Assert.Equal(3, result.ErrorLines.Length);
        Assert.StartsWith("1: ", result.ErrorLines[1], StringComparison.Ordinal);
        Assert.Contains("[Japan → JPN", result.ErrorLines[1], StringComparison.Ordinal);
    }
}
