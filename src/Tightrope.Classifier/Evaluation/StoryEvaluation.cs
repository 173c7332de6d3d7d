using Tightrope.Classifier.Coding;
using Tightrope.Classifier.Embedding;
using Tightrope.Classifier.Training;
using Tightrope.Events;
using Tightrope.Pipeline;
using Tightrope.Text;

namespace Tightrope.Classifier.Evaluation;

/// <summary>Story-level held-out scores: the combined coder and the lexicon alone, on the same folds.</summary>
/// <param name="Combined">Lexicon + model.</param>
/// <param name="Lexicon">Lexicon only.</param>
/// <param name="LexiconWithoutHeadlines">Lexicon only, on the lead alone: what coding the headline adds.</param>
/// <param name="ModelEvents">Events the model added (decided_by = model).</param>
/// <param name="Confirmed">Lexicon events the model confirmed (decided_by = both).</param>
/// <param name="Headlines">Stories that had a headline.</param>
public sealed record StoryScores(ConfusionMatrix Combined, ConfusionMatrix Lexicon, ConfusionMatrix LexiconWithoutHeadlines, int ModelEvents, int Confirmed, int Headlines);

/// <summary>
/// Scores the coder on labelled stories as a user would run it with <c>--headline</c>: each story's headline (when
/// known) and lead passage are coded as one document, and its type is that of the first event reported as happening (not negated, not hypothetical), or no event. Under cross-validation
/// each story is coded with a head that never saw its headline group.
/// </summary>
public static class StoryEvaluation
{
    /// <summary>Sentences of a story the evaluation codes: the lead passage, where news states its event.</summary>
    public const int LeadSentences = 3;

    /// <summary>No event, then the 16 types by name: what a story can be coded as.</summary>
    public static IReadOnlyList<string> Labels { get; } =
        [LabelledSentence.NoEvent, .. Enum.GetValues<EventType>().Select(t => t.Name()).Order(StringComparer.Ordinal)];

    /// <summary>Group k-fold over <paramref name="training"/>'s examples; stories take the fold of their group.</summary>
    public static StoryScores CrossValidate(HeadTraining training, IReadOnlyList<LabelledStory> stories, SoftmaxTrainer trainer, int folds,
        ISentenceEmbedder embedder, CoderPipeline lexicon, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(training);
        ArgumentNullException.ThrowIfNull(stories);
        ArgumentNullException.ThrowIfNull(embedder);
        ArgumentNullException.ThrowIfNull(lexicon);
        var fold = GroupFolds.Assign(training.Examples, folds);
        var foldOfGroup = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < fold.Length; i++)
        {
            foldOfGroup[training.Examples[i].Group] = fold[i];
        }

        Prefetch(stories, embedder, lexicon);
        var combined = new ConfusionMatrix(Labels);
        var alone = new ConfusionMatrix(Labels);
        var withoutHeadlines = new ConfusionMatrix(Labels);
        var lexiconOnly = lexicon.WithClassifier(null);
        int modelEvents = 0, confirmed = 0;
        for (int f = 0; f < folds; f++)
        {
            if (training.TrainWithout(trainer, fold, f) is not { } head)
            {
                continue;
            }

            var coder = lexicon.WithClassifier(new EmbeddingClassifier(() => embedder, head, "held-out"));
            foreach (var story in stories)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!foldOfGroup.TryGetValue(story.Group, out int storyFold) || storyFold != f)
                {
                    continue;
                }

                var document = StoryDocument(story);
                var result = coder.Code(document);
                modelEvents += result.Events.Count(e => e.DecidedBy == "model");
                confirmed += result.Events.Count(e => e.DecidedBy == "both");
                combined.Add(story.Label, StoryType(result.Events));
                alone.Add(story.Label, StoryType(lexiconOnly.Code(document).Events));
                withoutHeadlines.Add(story.Label, StoryType(lexiconOnly.Code(new Document { Text = Lead(story.Text) }).Events));
            }
        }

        return new StoryScores(combined, alone, withoutHeadlines, modelEvents, confirmed, stories.Count(s => s.Headline is not null));
    }

    /// <summary>
    /// Embeds every sentence the model will be asked about in one large batch, so the folds find them in
    /// <paramref name="embedder"/>'s cache instead of embedding a few sentences per story call.
    /// </summary>
    private static void Prefetch(IReadOnlyList<LabelledStory> stories, ISentenceEmbedder embedder, CoderPipeline lexicon)
    {
        var recorder = new RecordingClassifier();
        var coder = lexicon.WithClassifier(recorder);
        foreach (var story in stories)
        {
            coder.Code(StoryDocument(story));
        }

        embedder.Embed(recorder.Sentences);
    }

    /// <summary>Remembers the sentences it is asked about and finds no event in any.</summary>
    private sealed class RecordingClassifier : ISentenceClassifier
    {
        private static readonly TypeScores s_nothing = new(1, new double[TypeScores.EventTypes]);

        public List<string> Sentences { get; } = [];

        public string Name => "recorder";

        public IReadOnlyList<TypeScores> Classify(IReadOnlyList<string> sentences)
        {
            Sentences.AddRange(sentences);
            return [.. sentences.Select(_ => s_nothing)];
        }
    }

    /// <summary>The story's type: its first event reported as happening, or <see cref="LabelledSentence.NoEvent"/>.</summary>
    public static string StoryType(IReadOnlyList<EventRecord> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        foreach (var e in events)
        {
            if (e.Modality is not (Modality.Negated or Modality.Hypothetical))
            {
                return e.EventType.Name();
            }
        }

        return LabelledSentence.NoEvent;
    }

    /// <summary>What a story is scored on: its headline, when known, as the first paragraph, then its lead.</summary>
    public static Document StoryDocument(LabelledStory story)
    {
        ArgumentNullException.ThrowIfNull(story);
        return new Document { Text = Lead(story.Text), Title = story.Headline }.WithHeadline();
    }

    /// <summary>The first <see cref="LeadSentences"/> sentences of a story.</summary>
    public static string Lead(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string normalized = TextNormalizer.Normalize(text);
        var spans = TrainingDataReader.FirstSentences(normalized, LeadSentences);
        return spans.Count == 0 ? string.Empty : normalized[..spans[^1].End];
    }
}
