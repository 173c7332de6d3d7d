using System.Collections.Concurrent;

namespace Tightrope.Classifier.Embedding;

/// <summary>
/// Remembers every vector it has computed, keyed by sentence text: cross-validation codes the same sentences with
/// many heads, and embedding is the expensive part. Not for production coding (memory grows with the input).
/// </summary>
public sealed class CachingEmbedder(ISentenceEmbedder inner) : ISentenceEmbedder
{
    private readonly ConcurrentDictionary<string, float[]> _cache = new(StringComparer.Ordinal);

    /// <inheritdoc/>
    public int Dimensions => inner.Dimensions;

    /// <summary>Sentences embedded so far.</summary>
    public int Count => _cache.Count;

    /// <inheritdoc/>
    public float[][] Embed(IReadOnlyList<string> sentences, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var missing = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in sentences)
        {
            if (!_cache.ContainsKey(s) && seen.Add(s))
            {
                missing.Add(s);
            }
        }

        if (missing.Count > 0)
        {
            var vectors = inner.Embed(missing, cancellationToken);
            for (int i = 0; i < missing.Count; i++)
            {
                _cache[missing[i]] = vectors[i];
            }
        }

        var result = new float[sentences.Count][];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = _cache[sentences[i]];
        }

        return result;
    }

    /// <inheritdoc/>
    public void Dispose() => inner.Dispose();
}
