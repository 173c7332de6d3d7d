using Tightrope.Classifier.Training;
using Tightrope.Evaluation;
using Tightrope.Events;
using Tightrope.Pipeline;

namespace Tightrope.Classifier.Evaluation;

/// <summary>Scores a sentence classifier alone on gold items: its best label against each item's first gold type.</summary>
public static class SentenceEvaluation
{
    /// <summary>One row per gold item in the matrix over no-event and the 16 types.</summary>
    public static ConfusionMatrix Evaluate(ISentenceClassifier classifier, IReadOnlyList<GoldItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        return Evaluate(classifier, [.. items.Select(i => new LabelledSentence(i.Text, i.Events.Count == 0 ? LabelledSentence.NoEvent : i.Events[0].Type.Name(), i.Id))]);
    }

    /// <summary>One row per labelled sentence: the classifier's best label against the sentence's.</summary>
    public static ConfusionMatrix Evaluate(ISentenceClassifier classifier, IReadOnlyList<LabelledSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        ArgumentNullException.ThrowIfNull(sentences);
        var matrix = new ConfusionMatrix(StoryEvaluation.Labels);
        var scores = classifier.Classify([.. sentences.Select(s => s.Text)]);
        for (int i = 0; i < sentences.Count; i++)
        {
            matrix.Add(sentences[i].Label, Label(scores[i]));
        }

        return matrix;
    }

    /// <summary>The classifier's answer as a label: the best type, or no event when that is more probable.</summary>
    public static string Label(TypeScores scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        return scores.FindsEvent ? scores.Best.Name() : LabelledSentence.NoEvent;
    }
}
