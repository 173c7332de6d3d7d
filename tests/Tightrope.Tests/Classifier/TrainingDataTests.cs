using Tightrope.Classifier.Evaluation;
using Tightrope.Classifier.Training;
using Tightrope.Data;

using Xunit;

namespace Tightrope.Tests.Classifier;

public class TrainingDataTests
{
    private const string Stories =
        "text,title,label,mode\n" +
        "\"Indian troops shelled Pakistani posts on Monday, officials said.\n\nThe weather was mild.\",Troops Shell {country_1} Posts,ASSAULT,\n" +
        "\"Peru's foreign minister met his Chilean counterpart in Lima. Japan did not condemn the meeting.\",Ministers Meet in {city_1},CONSULT,\n" +
        "\"Something happened.\",A Title,NOT_A_TYPE,\n" +
        "\"\",Empty Story,PROTEST,\n";

    [Fact]
    public void Story_sentences_are_labelled_by_the_lexicon_and_grouped_by_template()
    {
        var errors = new List<DataError>();
        var stories = new List<LabelledStory>();
        var examples = TrainingDataReader.ReadStories("stories.csv", new StringReader(Stories), errors, stories);

        Assert.Equal(
            [
                ("Indian troops shelled Pakistani posts on Monday, officials said.", "ASSAULT", "Troops Shell {country_1} Posts"),
                ("The weather was mild.", LabelledSentence.NoEvent, "Troops Shell {country_1} Posts"),
                ("Peru's foreign minister met his Chilean counterpart in Lima.", "CONSULT", "Ministers Meet in {city_1}"),
            ],
            examples.Select(e => (e.Text, e.Label, e.Group)));
        Assert.Equal(["ASSAULT", "CONSULT"], stories.Select(s => s.Label));
        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e.Message.Contains("NOT_A_TYPE", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.Contains("no text", StringComparison.Ordinal));
    }

    [Fact]
    public void A_story_keeps_its_headline_from_a_headline_or_prompt_column_and_is_scored_with_it()
    {
        const string fromPrompt = "text,title,label,prompt\n\"The envoy left without comment.\",{country_1} Recalls Envoy,RETREAT,\"\n  Spain Recalls Envoy From Caracas\n\n(Wire) --\"\n";
        const string fromHeadline = "text,label,headline,prompt\n\"Talks went on.\",CONSULT,Ministers Meet,Ignored Prompt\n";
        var stories = new List<LabelledStory>();

        TrainingDataReader.ReadStories("a.csv", new StringReader(fromPrompt), [], stories);
        TrainingDataReader.ReadStories("b.csv", new StringReader(fromHeadline), [], stories);
        TrainingDataReader.ReadStories("c.csv", new StringReader(Stories), [], stories);

        Assert.Equal(["Spain Recalls Envoy From Caracas", "Ministers Meet", null, null], stories.Select(s => s.Headline));
        Assert.Equal("Spain Recalls Envoy From Caracas\n\nThe envoy left without comment.", StoryEvaluation.StoryDocument(stories[0]).Text);
        Assert.Equal(StoryEvaluation.Lead(stories[2].Text), StoryEvaluation.StoryDocument(stories[2]).Text);
    }

    [Fact]
    public void Only_the_first_sentences_of_a_long_story_become_examples()
    {
        string story = string.Join(' ', Enumerable.Range(1, 12).Select(i => $"Paragraph number {i} says little."));

        var examples = TrainingDataReader.ReadStories("stories.csv", new StringReader($"text,label\n\"{story}\",PROTEST\n"), []);

        Assert.Equal(TrainingDataReader.StorySentences, examples.Count);
        Assert.All(examples, e => Assert.Equal(LabelledSentence.NoEvent, e.Label));
        Assert.Equal("Paragraph number 1 says little.", examples[0].Text);
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

public class LabelledSentenceTests
{
    [Fact]
    public void Labelled_sentences_are_read_one_per_line_each_its_own_group()
    {
        string[] lines =
        [
            "# a comment",
            "ASSAULT\tRebels shelled a market in the north on Monday.",
            "",
            "none\tThe river forms the border for 300 kilometres.",
            "DEMAND\tThe union asked the ministry for talks.",
            "no tab on this line",
            "FIGHTING\tSomething happened.",
        ];
        var errors = new List<DataError>();
        var examples = TrainingDataReader.ReadSentences("hand.tsv", lines, errors);

        Assert.Equal(
            [
                ("Rebels shelled a market in the north on Monday.", "ASSAULT", "sentence:hand.tsv:2"),
                ("The river forms the border for 300 kilometres.", LabelledSentence.NoEvent, "sentence:hand.tsv:4"),
                ("The union asked the ministry for talks.", "REQUEST", "sentence:hand.tsv:5"),
            ],
            examples.Select(e => (e.Text, e.Label, e.Group)));
        Assert.Equal([6, 7], errors.Select(e => e.Line));
        Assert.Contains("FIGHTING", errors[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_coders_answer_prefers_the_labelled_type_and_ignores_negated_events()
    {
        var events = Tightrope.Tests.Events.EventCoding.Code(
            "Japan did not condemn China, but it summoned the Chinese ambassador over the test.", "2025-06-02");
        Assert.Contains(events, e => e.Modality == Tightrope.Events.Modality.Negated);

        Assert.Equal("ACCUSE", LabelledSentenceEvaluation.Answer("ACCUSE", events));
        Assert.Equal(LabelledSentence.NoEvent, LabelledSentenceEvaluation.Answer("AID", []));
        Assert.NotEqual(LabelledSentence.NoEvent, LabelledSentenceEvaluation.Answer(LabelledSentence.NoEvent, events));
        Assert.Equal(LabelledSentence.NoEvent, LabelledSentenceEvaluation.Answer(LabelledSentence.NoEvent, [.. events.Where(e => e.Modality == Tightrope.Events.Modality.Negated)]));
    }
}
