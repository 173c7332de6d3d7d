using Tightrope.Classifier.Coding;
using Tightrope.Classifier.Embedding;
using Tightrope.Classifier.Training;
using Tightrope.Evaluation;
using Tightrope.Pipeline;

namespace Tightrope.Classifier.Evaluation;

/// <summary>The combined coder and the lexicon alone on gold items, each item coded by a head that never saw it.</summary>
/// <param name="Combined">Lexicon + held-out model.</param>
/// <param name="Lexicon">Lexicon only.</param>
public sealed record GoldScores(EvaluationReport Combined, EvaluationReport Lexicon);

/// <summary>
/// Scores gold items under group k-fold: the training examples drawn from gold items carry the group
/// <c>gold:ID</c>, and each item is coded by the head of the fold that held that group out.
/// </summary>
public static class GoldEvaluation
{
    /// <summary>Cross-validated gold scores; items whose group is not among the examples are coded by the first fold's head.</summary>
    public static GoldScores CrossValidate(HeadTraining training, IReadOnlyList<GoldItem> items, SoftmaxTrainer trainer, int folds,
        ISentenceEmbedder embedder, CoderPipeline lexicon)
    {
        ArgumentNullException.ThrowIfNull(training);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(lexicon);
        var fold = GroupFolds.Assign(training.Examples, folds);
        var foldOfGroup = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < fold.Length; i++)
        {
            foldOfGroup[training.Examples[i].Group] = fold[i];
        }

        var heads = new EmbeddingClassifier?[folds];
        for (int f = 0; f < folds; f++)
        {
            heads[f] = training.TrainWithout(trainer, fold, f) is { } head ? new EmbeddingClassifier(() => embedder, head, $"fold {f}") : null;
        }

        var routed = new FoldRoutingClassifier(items, item => foldOfGroup.GetValueOrDefault("gold:" + item.Id), heads);
        return new GoldScores(GoldScorer.Evaluate(lexicon.WithClassifier(routed), items), GoldScorer.Evaluate(lexicon.WithClassifier(null), items));
    }

    /// <summary>Sends each sentence to the head of the fold its gold item belongs to.</summary>
    private sealed class FoldRoutingClassifier(IReadOnlyList<GoldItem> items, Func<GoldItem, int> foldOf, EmbeddingClassifier?[] heads) : ISentenceClassifier
    {
        public string Name => "held-out folds";

        public IReadOnlyList<TypeScores> Classify(IReadOnlyList<string> sentences)
        {
            // One call per fold's head with all of that fold's sentences, not one model call per sentence.
            var result = new TypeScores[sentences.Count];
            var byHead = new Dictionary<EmbeddingClassifier, List<int>>();
            for (int i = 0; i < sentences.Count; i++)
            {
                var item = items.FirstOrDefault(g => g.Text.Contains(sentences[i], StringComparison.Ordinal));
                var head = heads[item is null ? 0 : foldOf(item)] ?? heads.First(h => h is not null)!;
                if (!byHead.TryGetValue(head, out var indices))
                {
                    byHead[head] = indices = [];
                }

                indices.Add(i);
            }

            foreach (var (head, indices) in byHead)
            {
                var scores = head.Classify([.. indices.Select(i => sentences[i])]);
                for (int k = 0; k < indices.Count; k++)
                {
                    result[indices[k]] = scores[k];
                }
            }

            return result;
        }
    }
}
