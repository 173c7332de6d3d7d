using Tightrope.Classifier.Coding;
using Tightrope.Classifier.Embedding;
using Tightrope.Classifier.Training;
using Tightrope.Events;
using Tightrope.Pipeline;

namespace Tightrope.Classifier.Evaluation;

/// <summary>Held-out scores on hand-labelled sentences: the coder adding the model's events, and the lexicon alone.</summary>
/// <param name="Combined">Lexicon + held-out model, adding events.</param>
/// <param name="Lexicon">Lexicon only.</param>
/// <param name="ModelEvents">Events the model added.</param>
public sealed record LabelledSentenceScores(ConfusionMatrix Combined, ConfusionMatrix Lexicon, int ModelEvents);

/// <summary>
/// Scores the whole coder on sentences labelled with one event type (or none): each sentence is coded as a document
/// of its own and the coder's answer is compared with the label. The coder's answer is the label's type when any
/// event it codes there (not negated) has it, else the type of its first such event, else no event; only an
/// asserted event counts against a no-event sentence. Type-level: roles are not checked (the gold set does that).
/// </summary>
public static class LabelledSentenceEvaluation
{
    /// <summary>Codes every sentence with <paramref name="coder"/>; one row per sentence.</summary>
    public static ConfusionMatrix Evaluate(CoderPipeline coder, IReadOnlyList<LabelledSentence> sentences)
    {
        ArgumentNullException.ThrowIfNull(coder);
        ArgumentNullException.ThrowIfNull(sentences);
        var matrix = new ConfusionMatrix(StoryEvaluation.Labels);
        foreach (var (sentence, predicted) in sentences.Zip(Answers(coder, sentences)))
        {
            matrix.Add(sentence.Label, predicted);
        }

        return matrix;
    }

    /// <summary>
    /// Group k-fold over <paramref name="training"/>'s examples: every hand-labelled sentence among them (group
    /// <see cref="TrainingDataReader.SentenceGroupPrefix"/>) is coded with the head of the fold that held it out.
    /// </summary>
    public static LabelledSentenceScores CrossValidate(HeadTraining training, SoftmaxTrainer trainer, int folds, ISentenceEmbedder embedder,
        CoderPipeline lexicon)
    {
        ArgumentNullException.ThrowIfNull(training);
        ArgumentNullException.ThrowIfNull(lexicon);
        var fold = GroupFolds.Assign(training.Examples, folds);
        var combined = new ConfusionMatrix(StoryEvaluation.Labels);
        var alone = new ConfusionMatrix(StoryEvaluation.Labels);
        var lexiconOnly = lexicon.WithClassifier(null);
        int modelEvents = 0;
        for (int f = 0; f < folds; f++)
        {
            var heldOut = new List<LabelledSentence>();
            for (int i = 0; i < fold.Length; i++)
            {
                if (fold[i] == f && training.Examples[i].Group.StartsWith(TrainingDataReader.SentenceGroupPrefix, StringComparison.Ordinal))
                {
                    heldOut.Add(training.Examples[i]);
                }
            }

            if (heldOut.Count == 0 || training.TrainWithout(trainer, fold, f) is not { } head)
            {
                continue;
            }

            var coder = lexicon.WithClassifier(new EmbeddingClassifier(() => embedder, head, $"fold {f}"));
            var results = coder.CodeMany([.. heldOut.Select(s => new Document { Text = s.Text })]);
            for (int i = 0; i < heldOut.Count; i++)
            {
                modelEvents += results[i].Events.Count(e => e.DecidedBy == "model");
                combined.Add(heldOut[i].Label, Answer(heldOut[i].Label, results[i].Events));
            }

            foreach (var (sentence, predicted) in heldOut.Zip(Answers(lexiconOnly, heldOut)))
            {
                alone.Add(sentence.Label, predicted);
            }
        }

        return new LabelledSentenceScores(combined, alone, modelEvents);
    }

    private static IEnumerable<string> Answers(CoderPipeline coder, IReadOnlyList<LabelledSentence> sentences)
    {
        var results = coder.CodeMany([.. sentences.Select(s => new Document { Text = s.Text })]);
        for (int i = 0; i < sentences.Count; i++)
        {
            yield return Answer(sentences[i].Label, results[i].Events);
        }
    }

    /// <summary>The coder's answer for a sentence labelled <paramref name="label"/> (see the class remarks).</summary>
    public static string Answer(string label, IReadOnlyList<EventRecord> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        string? first = null;
        foreach (var e in events)
        {
            if (e.Modality == Modality.Negated || (label == LabelledSentence.NoEvent && e.Modality != Modality.Asserted))
            {
                continue;
            }

            string type = e.EventType.Name();
            if (type == label)
            {
                return type;
            }

            first ??= type;
        }

        return first ?? LabelledSentence.NoEvent;
    }
}
