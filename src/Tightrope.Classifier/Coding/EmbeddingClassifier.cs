using Tightrope.Classifier.Embedding;
using Tightrope.Classifier.Model;
using Tightrope.Classifier.Training;
using Tightrope.Events;
using Tightrope.Pipeline;

namespace Tightrope.Classifier.Coding;

/// <summary>
/// The coder's learned half: sentence embeddings scored by a softmax head. Thread-safe when the embedder is (the
/// MiniLM embedder serialises its model calls); the embedder is created on first use, so a coder that never asks
/// the model never loads it.
/// </summary>
public sealed class EmbeddingClassifier : ISentenceClassifier
{
    private readonly Lazy<ISentenceEmbedder> _embedder;
    private readonly SoftmaxHead _head;
    private readonly int _noEvent;
    private readonly int[] _typeOf;

    /// <summary>Pairs a head with the embedder it was trained on.</summary>
    public EmbeddingClassifier(Func<ISentenceEmbedder> embedder, SoftmaxHead head, string name)
    {
        ArgumentNullException.ThrowIfNull(embedder);
        ArgumentNullException.ThrowIfNull(head);
        _embedder = new Lazy<ISentenceEmbedder>(embedder, LazyThreadSafetyMode.ExecutionAndPublication);
        _head = head;
        Name = name;
        _noEvent = -1;
        _typeOf = new int[head.Labels.Count];
        for (int i = 0; i < head.Labels.Count; i++)
        {
            if (head.Labels[i] == LabelledSentence.NoEvent)
            {
                _noEvent = i;
                _typeOf[i] = -1;
            }
            else if (EventNames.TryParseType(head.Labels[i], out var type))
            {
                _typeOf[i] = (int)type;
            }
            else
            {
                throw new FormatException($"The head's label \"{head.Labels[i]}\" is not a POLECAT type.");
            }
        }
    }

    /// <inheritdoc/>
    public string Name { get; }

    /// <summary>The head in use.</summary>
    public SoftmaxHead Head => _head;

    /// <inheritdoc/>
    public IReadOnlyList<TypeScores> Classify(IReadOnlyList<string> sentences)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var vectors = _embedder.Value.Embed(sentences);
        var result = new TypeScores[vectors.Length];
        Span<float> p = stackalloc float[_head.Labels.Count];
        for (int i = 0; i < vectors.Length; i++)
        {
            _head.Probabilities(vectors[i], p);
            var byType = new double[TypeScores.EventTypes];
            for (int k = 0; k < p.Length; k++)
            {
                if (_typeOf[k] >= 0)
                {
                    byType[_typeOf[k]] = p[k];
                }
            }

            result[i] = new TypeScores(_noEvent >= 0 ? p[_noEvent] : 0, byType);
        }

        return result;
    }
}
