using Tightrope.Classifier.Evaluation;
using Tightrope.Classifier.Model;

namespace Tightrope.Classifier.Training;

/// <summary>The embedded examples a head is trained and cross-validated on: vectors are computed once and reused.</summary>
public sealed class HeadTraining
{
    private readonly float[][] _vectors;
    private readonly int[] _labels;

    private HeadTraining(string embedder, IReadOnlyList<LabelledSentence> examples, IReadOnlyList<string> labels, float[][] vectors)
    {
        Embedder = embedder;
        Examples = examples;
        Labels = labels;
        _vectors = vectors;
        var index = labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);
        _labels = [.. examples.Select(e => index[e.Label])];
    }

    /// <summary>Name of the embedding model.</summary>
    public string Embedder { get; }

    /// <summary>The examples, in input order.</summary>
    public IReadOnlyList<LabelledSentence> Examples { get; }

    /// <summary>Every label seen, <see cref="LabelledSentence.NoEvent"/> first when present, then by name.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>Embeds every example once with <paramref name="embedder"/>.</summary>
    public static HeadTraining Embed(string embedderName, Embedding.ISentenceEmbedder embedder, IReadOnlyList<LabelledSentence> examples, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(embedder);
        ArgumentNullException.ThrowIfNull(examples);
        return FromVectors(embedderName, examples, embedder.Embed([.. examples.Select(e => e.Text)], cancellationToken));
    }

    /// <summary>Builds a training set from vectors already at hand (tests, cached embeddings).</summary>
    public static HeadTraining FromVectors(string embedderName, IReadOnlyList<LabelledSentence> examples, float[][] vectors)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(vectors);
        if (vectors.Length != examples.Count)
        {
            throw new ArgumentException($"{examples.Count} examples but {vectors.Length} vectors.", nameof(vectors));
        }

        var labels = examples.Select(e => e.Label).Distinct(StringComparer.Ordinal)
            .OrderBy(l => l == LabelledSentence.NoEvent ? 0 : 1).ThenBy(l => l, StringComparer.Ordinal).ToArray();
        return new HeadTraining(embedderName, examples, labels, vectors);
    }

    /// <summary>Trains one head on every example.</summary>
    public SoftmaxHead TrainAll(SoftmaxTrainer trainer)
    {
        ArgumentNullException.ThrowIfNull(trainer);
        return trainer.Train(Embedder, Labels, _vectors, _labels);
    }

    /// <summary>
    /// Group k-fold: each fold's head is trained on the other folds and scored on this one, so every example is
    /// predicted by a head that never saw its group.
    /// </summary>
    public ConfusionMatrix CrossValidate(SoftmaxTrainer trainer, int folds) => CrossValidate(trainer, folds, static _ => true);

    /// <summary>
    /// As <see cref="CrossValidate(SoftmaxTrainer, int)"/>, scoring only the examples <paramref name="scored"/> accepts
    /// (say, the hand-labelled ones) while training on all of them.
    /// </summary>
    public ConfusionMatrix CrossValidate(SoftmaxTrainer trainer, int folds, Func<LabelledSentence, bool> scored)
    {
        ArgumentNullException.ThrowIfNull(trainer);
        ArgumentNullException.ThrowIfNull(scored);
        var fold = GroupFolds.Assign(Examples, folds);
        var matrix = new ConfusionMatrix(Labels);
        for (int f = 0; f < folds; f++)
        {
            if (TrainWithout(trainer, fold, f) is not { } head)
            {
                continue;
            }

            for (int i = 0; i < _vectors.Length; i++)
            {
                if (fold[i] == f && scored(Examples[i]))
                {
                    matrix.Add(Labels[_labels[i]], head.Predict(_vectors[i]).Label);
                }
            }
        }

        return matrix;
    }

    /// <summary>
    /// A head trained on every example whose fold (in <paramref name="fold"/>) is not <paramref name="heldOut"/>; null
    /// when that leaves nothing or everything. The sentence, story and gold evaluations ask for the same folds, so each
    /// head is trained once and remembered.
    /// </summary>
    public SoftmaxHead? TrainWithout(SoftmaxTrainer trainer, int[] fold, int heldOut)
    {
        ArgumentNullException.ThrowIfNull(trainer);
        ArgumentNullException.ThrowIfNull(fold);
        lock (_trained)
        {
            foreach (var (t, f, h, head) in _trained)
            {
                if (ReferenceEquals(t, trainer) && h == heldOut && f.AsSpan().SequenceEqual(fold))
                {
                    return head;
                }
            }

            var trainedHead = TrainFolds(trainer, fold, heldOut);
            _trained.Add((trainer, [.. fold], heldOut, trainedHead));
            return trainedHead;
        }
    }

    private readonly List<(SoftmaxTrainer Trainer, int[] Fold, int HeldOut, SoftmaxHead? Head)> _trained = [];

    private SoftmaxHead? TrainFolds(SoftmaxTrainer trainer, int[] fold, int heldOut)
    {
        var trainX = new List<float[]>();
        var trainY = new List<int>();
        for (int i = 0; i < _vectors.Length; i++)
        {
            if (fold[i] != heldOut)
            {
                trainX.Add(_vectors[i]);
                trainY.Add(_labels[i]);
            }
        }

        return trainX.Count == 0 || trainX.Count == _vectors.Length ? null : trainer.Train(Embedder, Labels, trainX, trainY);
    }
}
