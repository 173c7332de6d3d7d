using Tightrope.Classifier.Model;
using Xunit;

namespace Tightrope.Tests.Cli;

/// <summary><c>tightrope train</c> end to end on a small story file written here (the real model, a tiny head).</summary>
public class TrainCommandTests
{
    private static string Stories()
    {
        string[] attacks =
        [
            "Indian soldiers opened fire on a Pakistani border post overnight. The weather was cold.",
            "Russian forces shelled the Ukrainian town of Kupiansk for a third day. Markets were calm.",
            "Israeli aircraft struck a convoy in southern Lebanon. Prices rose slightly.",
            "Armenian troops attacked an Azerbaijani position near the frontier. The river was high.",
        ];
        string[] talks =
        [
            "The foreign ministers of Peru and Chile held talks in Geneva on Tuesday. The hall was full.",
            "The Kenyan president met Uganda's president in Nairobi to discuss trade. Rain fell all day.",
            "Polish and Czech envoys spoke by telephone about the dispute. Traffic was light.",
            "Ghana's president met the Nigerian president for a summit meeting in Accra. The sky was clear.",
        ];
        var csv = new System.Text.StringBuilder("text,title,label\n");
        for (int i = 0; i < attacks.Length; i++)
        {
            csv.Append('"').Append(attacks[i]).Append("\",Attack Template ").Append(i).Append(",ASSAULT\n");
            csv.Append('"').Append(talks[i]).Append("\",Talks Template ").Append(i).Append(",CONSULT\n");
        }

        return csv.ToString();
    }

    [Fact]
    public void Given_labelled_stories_When_trained_Then_held_out_scores_print_and_the_head_loads()
    {
        using var dir = new TempDirectory();
        string data = dir.Write("stories.csv", Stories());
        string output = System.IO.Path.Combine(dir.Path, "model", "head.json");

        var result = CliHarness.Run("train", "--data", data, "--out", output, "--folds", "2", "--epochs", "50");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Held-out sentences (2-fold by group)", result.Console, StringComparison.Ordinal);
        Assert.Contains("Held-out stories (2-fold by group", result.Console, StringComparison.Ordinal);
        Assert.Contains("lexicon only", result.Console, StringComparison.Ordinal);
        using var stream = File.OpenRead(output);
        var head = SoftmaxHead.Load(stream);
        Assert.Equal(["NONE", "ASSAULT", "CONSULT"], head.Labels);
        Assert.Equal(384, head.Dimensions);
    }

    [Fact]
    public void Given_no_data_When_training_Then_it_is_a_usage_error()
    {
        Assert.Equal(2, CliHarness.Run("train").ExitCode);
    }

    [Theory]
    [InlineData("missing.csv", null, "not found")]
    [InlineData("binary.csv", new byte[] { 0x00, 0x01, 0x02, 0xFF, 0x00, 0x10 }, "binary")]
    [InlineData("broken.csv", new byte[] { 0x74, 0x65, 0x78, 0x74, 0xC3, 0x28 }, "UTF-8")]
    [InlineData("empty.csv", new byte[0], "empty")]
    public void Given_unreadable_training_data_When_training_Then_one_line_names_the_file(string name, byte[]? bytes, string reason)
    {
        using var dir = new TempDirectory();
        string path = System.IO.Path.Combine(dir.Path, name);
        if (bytes is not null)
        {
            File.WriteAllBytes(path, bytes);
        }

        var result = CliHarness.Run("train", "--data", path, "--folds", "0", "--out", System.IO.Path.Combine(dir.Path, "h.json"));

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains(name, line, StringComparison.Ordinal);
        Assert.Contains(reason, line, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_csv_without_the_needed_columns_When_training_Then_the_file_is_named_and_nothing_is_written()
    {
        using var dir = new TempDirectory();
        string data = dir.Write("wrong.csv", "headline,body\nA,B\n");
        string output = System.IO.Path.Combine(dir.Path, "h.json");

        var result = CliHarness.Run("train", "--data", data, "--out", output);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.ErrorLines, l => l.Contains("wrong.csv", StringComparison.Ordinal) && l.Contains("\"label\"", StringComparison.Ordinal));
        Assert.False(File.Exists(output));
    }
}
