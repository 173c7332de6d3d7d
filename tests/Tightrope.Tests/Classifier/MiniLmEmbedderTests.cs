using Tightrope.Classifier.Embedding;

using Xunit;

namespace Tightrope.Tests.Classifier;

public class MiniLmEmbedderTests
{
    private static float Cosine(float[] a, float[] b)
    {
        float dot = 0, na = 0, nb = 0;
        for (int i = 0; i < a.Length; i++)
        {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }

        return dot / MathF.Sqrt(na * nb);
    }

    [Fact]
    public void Paraphrases_embed_closer_than_unrelated_sentences_and_order_is_kept()
    {
        using var embedder = new MiniLmEmbedder(threads: 1);
        string[] sentences =
        [
            "Troops shelled the border town overnight.",
            "The harvest festival drew large crowds to the village square this weekend.",
            "Artillery fire hit the frontier town during the night.",
        ];
        var vectors = embedder.Embed(sentences);
        Assert.Equal(3, vectors.Length);
        Assert.All(vectors, v => Assert.Equal(embedder.Dimensions, v.Length));
        Assert.True(Cosine(vectors[0], vectors[2]) > Cosine(vectors[0], vectors[1]) + 0.2f);

        // Batching sorts by length internally; each vector must still belong to its own sentence.
        var single = embedder.Embed([sentences[1]]);
        Assert.True(Cosine(single[0], vectors[1]) > 0.999f);
    }

    [Fact]
    public void Empty_batch_is_empty()
    {
        using var embedder = new MiniLmEmbedder(threads: 1);
        Assert.Empty(embedder.Embed([]));
    }
}
