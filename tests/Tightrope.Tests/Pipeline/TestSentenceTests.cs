using Tightrope.Classifier.Coding;
using Tightrope.Classifier.Evaluation;
using Tightrope.Classifier.Training;
using Tightrope.Data;
using Tightrope.Events;
using Tightrope.Pipeline;
using Xunit;

namespace Tightrope.Tests.Pipeline;

/// <summary>
/// <c>data/gold/sentences-test.tsv</c>: labelled sentences written without sight of the lexicon or the training data
/// and never used for tuning, scored by event type. The floors sit a little below the README's figures so later
/// changes cannot quietly erode them.
/// </summary>
public sealed class TestSentenceTests
{
    private static readonly List<LabelledSentence> s_sentences = TrainingDataReader.ReadSentences(
        "sentences-test.tsv", File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Gold", "sentences-test.tsv")), []);

    [Fact]
    public void The_test_sentences_read_cleanly_and_cover_every_type_and_non_events()
    {
        var errors = new List<DataError>();
        var sentences = TrainingDataReader.ReadSentences(
            "sentences-test.tsv", File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Gold", "sentences-test.tsv")), errors);

        Assert.Empty(errors);
        Assert.Equal(Enum.GetValues<EventType>().Length, sentences.Select(s => s.Label).Where(l => l != LabelledSentence.NoEvent).Distinct().Count());
        Assert.True(sentences.Count(s => s.Label == LabelledSentence.NoEvent) >= 40);
    }

    [Fact]
    public void The_lexicon_finds_the_labelled_type_on_unseen_sentences()
    {
        var matrix = LabelledSentenceEvaluation.Evaluate(CoderPipeline.Default, s_sentences);

        Assert.True(matrix.MacroF1(LabelledSentence.NoEvent) >= 0.83, $"macro-F1 {matrix.MacroF1(LabelledSentence.NoEvent):0.000}");
        Assert.True(NoEventFalseAlarms(matrix) <= 2, $"{NoEventFalseAlarms(matrix)} no-event sentences given an event");
    }

    [Fact]
    public void Model_additions_do_not_lower_the_score_on_unseen_sentences()
    {
        var lexicon = LabelledSentenceEvaluation.Evaluate(CoderPipeline.Default, s_sentences);
        var adding = LabelledSentenceEvaluation.Evaluate(EventModel.Coder.WithClassifier(EventModel.Coder.Classifier, CombinationRule.WithAdditions), s_sentences);

        Assert.True(adding.MacroF1(LabelledSentence.NoEvent) >= lexicon.MacroF1(LabelledSentence.NoEvent),
            $"with additions {adding.MacroF1(LabelledSentence.NoEvent):0.000} < lexicon {lexicon.MacroF1(LabelledSentence.NoEvent):0.000}");
        Assert.True(NoEventFalseAlarms(adding) <= NoEventFalseAlarms(lexicon) + 2);
    }

    private static int NoEventFalseAlarms(ConfusionMatrix matrix) =>
        matrix.Support(LabelledSentence.NoEvent) - matrix[LabelledSentence.NoEvent, LabelledSentence.NoEvent];
}
