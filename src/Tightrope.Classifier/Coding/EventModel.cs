using System.Security.Cryptography;
using Tightrope.Classifier.Embedding;
using Tightrope.Classifier.Model;
using Tightrope.Pipeline;

namespace Tightrope.Classifier.Coding;

/// <summary>
/// The committed model: the softmax head trained by <c>tightrope train</c> (embedded in this assembly from
/// <c>Data/event-head.json</c>) over all-MiniLM-L6-v2 embeddings. Versioned with the coder: a new head ships with a
/// new build.
/// </summary>
public static class EventModel
{
    private const string ResourceName = "Tightrope.Classifier.Data.event-head.json";

    private static readonly Lazy<EmbeddingClassifier> s_classifier = new(() =>
    {
        var (head, hash) = LoadHead();
        return new EmbeddingClassifier(() => new MiniLmEmbedder(), head, $"all-MiniLM-L6-v2+softmax/{hash}");
    });

    private static readonly Lazy<CoderPipeline> s_coder = new(() => CoderPipeline.Default.WithClassifier(s_classifier.Value));

    /// <summary>The committed classifier; MiniLM itself loads on the first sentence it scores.</summary>
    public static EmbeddingClassifier Classifier => s_classifier.Value;

    /// <summary>The default coder: built-in catalog and lexicon with the committed classifier.</summary>
    public static CoderPipeline Coder => s_coder.Value;

    /// <summary>Reads the committed head and the first 12 hex digits of its SHA-256 (its version).</summary>
    public static (SoftmaxHead Head, string Hash) LoadHead()
    {
        using var stream = typeof(EventModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The build lacks its classifier weights ({ResourceName}).");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        string hash = Convert.ToHexStringLower(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)))[..12];
        buffer.Position = 0;
        return (SoftmaxHead.Load(buffer), hash);
    }
}
