using System.Text.Json;
using Tightrope.Cli;
using Xunit;

namespace Tightrope.Tests.Cli;

/// <summary>The committed model in the command line: <c>--no-model</c>, <c>eval --classifier-only</c>, <c>decided_by</c>.</summary>
public class ModelOptionTests
{
    private const string Article = "Russian forces shelled the Ukrainian city of Kharkiv on Monday, killing three people. " +
        "Later that day the Japanese prime minister met the South Korean president in Seoul to discuss trade.";

    private static string Gold() => string.Join('\n',
        "{\"id\":\"m1\",\"date\":\"2026-02-02\",\"text\":\"Russian artillery pounded Ukrainian positions near Kharkiv overnight.\",\"events\":[{\"actor\":\"RUS\",\"type\":\"ASSAULT\",\"recipient\":\"UKR\",\"modality\":\"asserted\"}]}",
        "{\"id\":\"m2\",\"date\":\"2026-02-02\",\"text\":\"The foreign ministers of Japan and China held talks in Tokyo on Tuesday.\",\"events\":[{\"actor\":\"JPN\",\"type\":\"CONSULT\",\"recipient\":\"CHN\",\"modality\":\"asserted\"}]}",
        "{\"id\":\"m3\",\"date\":\"2026-02-02\",\"text\":\"Rice prices in Vietnam were stable this week.\",\"events\":[]}") + "\n";

    private static string[] DecidedBy(CliResult result) =>
        [.. result.OutLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("decided_by").GetString()!)];

    [Fact]
    public void No_model_codes_with_the_lexicon_alone()
    {
        using var dir = new TempDirectory();
        string file = dir.Write("article.txt", Article);
        var result = CliHarness.Run("code", file, "--date", "2026-02-02", "--format", "jsonl", "--no-model");
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var decided = DecidedBy(result);
        Assert.NotEmpty(decided);
        Assert.All(decided, d => Assert.Equal("lexicon", d));
    }

    [Fact]
    public void The_default_coder_lets_the_model_confirm_clear_events()
    {
        using var dir = new TempDirectory();
        string file = dir.Write("article.txt", Article);
        var result = CliHarness.Run("code", file, "--date", "2026-02-02", "--format", "jsonl");
        Assert.Equal(ExitCodes.Success, result.ExitCode);
        var decided = DecidedBy(result);
        Assert.Contains("both", decided);
        Assert.All(decided, d => Assert.Contains(d, new[] { "lexicon", "model", "both" }));
    }

    [Fact]
    public void Model_adds_lets_the_model_add_what_the_lexicon_missed_and_no_model_overrides_it()
    {
        // "froze its relationship" is in no trigger: only the model reads it as a sanction.
        using var dir = new TempDirectory();
        string file = dir.Write("article.txt", "Venezuela froze its relationship with Guyana on Monday.");

        var byDefault = CliHarness.Run("code", file, "--date", "2026-02-02", "--format", "jsonl");
        var adding = CliHarness.Run("code", file, "--date", "2026-02-02", "--format", "jsonl", "--model-adds");
        var lexicon = CliHarness.Run("code", file, "--date", "2026-02-02", "--format", "jsonl", "--model-adds", "--no-model");

        Assert.Equal((ExitCodes.Success, ExitCodes.Success, ExitCodes.Success), (byDefault.ExitCode, adding.ExitCode, lexicon.ExitCode));
        Assert.Empty(byDefault.OutLines);
        Assert.Empty(lexicon.OutLines);
        var added = JsonDocument.Parse(Assert.Single(adding.OutLines)).RootElement;
        Assert.Equal("model", added.GetProperty("decided_by").GetString());
        Assert.Equal("SANCTION", added.GetProperty("event_type").GetString());
        Assert.Equal("GUY", added.GetProperty("recipient").GetProperty("country").GetString());
    }

    [Fact]
    public void Eval_classifier_only_prints_macro_f1_and_the_confusion_matrix()
    {
        using var dir = new TempDirectory();
        string gold = dir.Write("gold.jsonl", Gold());
        var table = CliHarness.Run("eval", gold, "--classifier-only");
        Assert.Equal(ExitCodes.Success, table.ExitCode);
        Assert.Contains("macro-F1", table.Console, StringComparison.Ordinal);
        Assert.Contains("Confusion (rows gold, columns predicted)", table.Out, StringComparison.Ordinal);
        Assert.Contains("CONS", table.Out, StringComparison.Ordinal);

        var json = CliHarness.Run("eval", gold, "--classifier-only", "--json");
        var root = JsonDocument.Parse(json.Out).RootElement;
        Assert.Equal(3, root.GetProperty("items").GetInt32());
        int counted = root.GetProperty("confusion").EnumerateArray().Sum(c => c.GetProperty("count").GetInt32());
        Assert.Equal(3, counted);
        Assert.InRange(root.GetProperty("macro_f1").GetDouble(), 0, 1);
    }

    [Fact]
    public void Eval_scores_labelled_sentences_by_event_type_and_reports_bad_lines()
    {
        using var dir = new TempDirectory();
        string sentences = dir.Write("sentences.tsv",
            "ASSAULT\tRussian forces shelled Kharkiv overnight, Ukrainian officials said.\n" +
            "CONSULT\tJapan's foreign minister met his Chinese counterpart in Beijing on Monday.\n" +
            "NONE\tThe river forms the border between the two countries for 300 kilometres.\n" +
            "MAYBE\tA line with an unknown label.\n");
        var table = CliHarness.Run("eval", sentences, "--no-model");
        Assert.Equal(ExitCodes.RecordsRejected, table.ExitCode);
        Assert.Contains("3 labelled sentences", table.Console, StringComparison.Ordinal);
        Assert.Contains("MAYBE", table.Error, StringComparison.Ordinal);

        var json = JsonDocument.Parse(CliHarness.Run("eval", sentences, "--no-model", "--json").Out).RootElement;
        Assert.Equal(1.0, json.GetProperty("accuracy").GetDouble(), 3);
    }

    [Theory]
    [InlineData("binary.tsv")]
    [InlineData("binary.jsonl")]
    public void Eval_of_a_binary_file_is_one_line_naming_it(string name)
    {
        using var dir = new TempDirectory();
        string path = dir.Write(name, "ASSAULT\tA\0\u0001\u0002\u0003 sentence\n" + new string('\0', 64));
        var result = CliHarness.Run("eval", path, "--no-model");
        Assert.Equal(ExitCodes.InputUnreadable, result.ExitCode);
        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.Contains(name, lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Classifier_only_without_a_model_is_a_usage_error()
    {
        using var dir = new TempDirectory();
        string gold = dir.Write("gold.jsonl", Gold());
        var result = CliHarness.Run("eval", gold, "--classifier-only", "--no-model");
        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("--no-model", result.Error, StringComparison.Ordinal);
    }
}
