namespace Tightrope.Classifier.Embedding;

/// <summary>Turns sentences into fixed-length vectors; one instance is built once and shared.</summary>
public interface ISentenceEmbedder : IDisposable
{
    /// <summary>Length of every vector this embedder returns.</summary>
    int Dimensions { get; }

    /// <summary>Embeds a batch of sentences; the result has one vector per input, in order.</summary>
    float[][] Embed(IReadOnlyList<string> sentences, CancellationToken cancellationToken = default);
}
