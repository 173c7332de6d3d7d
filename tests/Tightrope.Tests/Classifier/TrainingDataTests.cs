using Tightrope.Classifier.Evaluation;
using Tightrope.Classifier.Training;
using Tightrope.Data;

using Xunit;

namespace Tightrope.Tests.Classifier;

public class TrainingDataTests
{
    private const string Stories =
        "text,title,label,mode\n" +
        "\"Border guards of Ruritania fired on a patrol from Freedonia on Monday, officials said.\n\nA second paragraph follows.\",Guards Fire on {country_1} Patrol,ASSAULT,\n" +
        "\"The two foreign ministers met in Vienna, the ministry said. Talks lasted two hours.\",Ministers Meet in {city_1},CONSULT,\n" +
        "\"Something happened.\",A Title,NOT_A_TYPE,\n" +
        "\"\",Empty Story,PROTEST,\n";

    [Fact]
    public void Story_csv_gives_the_lead_sentence_labelled_and_grouped_by_template()
    {
        var errors = new List<DataError>();
        var examples = TrainingDataReader.ReadStories("stories.csv", new StringReader(Stories), errors);
        Assert.Equal(2, examples.Count);
        Assert.Equal("Border guards of Ruritania fired on a patrol from Freedonia on Monday, officials said.", examples[0].Text);
        Assert.Equal("ASSAULT", examples[0].Label);
        Assert.Equal("Guards Fire on {country_1} Patrol", examples[0].Group);
        Assert.Equal("The two foreign ministers met in Vienna, the ministry said.", examples[1].Text);
        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e.Message.Contains("NOT_A_TYPE", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.Contains("no text", StringComparison.Ordinal));
    }

    [Fact]
    public void A_longer_story_also_gives_a_background_sentence_labelled_no_event()
    {
        const string story = "Rebels shelled the town of Ruritania on Monday. Ten people died. The army returned fire. " +
            "Markets in Japan were calm on Tuesday. Japan's foreign ministry called for restraint.";
        var csv = "text,title,label\n\"" + story + "\",Shelling in {city_1},ASSAULT\n";
        var examples = TrainingDataReader.ReadStories("stories.csv", new StringReader(csv), []);
        Assert.Equal(2, examples.Count);
        Assert.Equal(("ASSAULT", "Shelling in {city_1}"), (examples[0].Label, examples[0].Group));
        Assert.Equal("Markets in Japan were calm on Tuesday.", examples[1].Text);
        Assert.Equal((LabelledSentence.NoEvent, "Shelling in {city_1}"), (examples[1].Label, examples[1].Group));
        Assert.Null(TrainingDataReader.BackgroundSentence("One. Two. Three. Japan's foreign ministry called for restraint."));
    }

    [Fact]
    public void Csv_without_the_needed_columns_is_one_clear_error()
    {
        var errors = new List<DataError>();
        var examples = TrainingDataReader.ReadStories("bad.csv", new StringReader("a,b\n1,2\n"), errors);
        Assert.Empty(examples);
        var error = Assert.Single(errors);
        Assert.Contains("\"text\" and \"label\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Gold_lines_become_typed_or_no_event_examples()
    {
        var lines = new[]
        {
            "{\"id\":\"a\",\"text\":\"Japan protested to China.\",\"events\":[{\"actor\":\"JPN\",\"type\":\"ACCUSE\",\"recipient\":\"CHN\",\"modality\":\"asserted\"}]}",
            "{\"id\":\"b\",\"text\":\"The economy grew.\",\"events\":[]}",
        };
        var examples = TrainingDataReader.ReadGold("gold.jsonl", lines, []);
        Assert.Equal(["ACCUSE", LabelledSentence.NoEvent], examples.Select(e => e.Label));
        Assert.Equal(["gold:a", "gold:b"], examples.Select(e => e.Group));
    }

    [Fact]
    public void Folds_never_split_a_group()
    {
        var examples = Enumerable.Range(0, 60).Select(i => new LabelledSentence($"s{i}", "X", $"g{i % 13}")).ToList();
        var folds = GroupFolds.Assign(examples, 5);
        foreach (var group in examples.Select((e, i) => (e.Group, Fold: folds[i])).GroupBy(p => p.Group))
        {
            Assert.Single(group.Select(p => p.Fold).Distinct());
        }

        Assert.Equal(5, folds.Distinct().Count());
    }

    [Fact]
    public void Confusion_matrix_scores_per_label_and_macro()
    {
        var m = new ConfusionMatrix(["NONE", "A", "B"]);
        m.Add("A", "A");
        m.Add("A", "B");
        m.Add("B", "B");
        m.Add("NONE", "A");
        Assert.Equal(0.5, m.Accuracy, 6);
        Assert.Equal(0.5, m.F1("A"), 6); // tp 1, gold 2, predicted 2
        Assert.Equal(2.0 / 3, m.F1("B"), 6);
        Assert.Equal((0.5 + 2.0 / 3) / 2, m.MacroF1("NONE"), 6);
        Assert.Equal(1, m["A", "B"]);
    }
}
