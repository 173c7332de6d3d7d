using System.Text.Json;
using System.Text.Json.Serialization;

namespace Tightrope.Classifier.Model;

/// <summary>
/// A multinomial logistic-regression head over sentence embeddings: one weight row and bias per label.
/// Immutable once built, so one instance serves every thread.
/// </summary>
public sealed class SoftmaxHead
{
    /// <summary>Format tag written into every weights file; a reader refuses any other.</summary>
    public const string FormatName = "tightrope-softmax-head/1";

    private readonly float[] _weights;
    private readonly float[] _bias;

    /// <summary>Builds a head from its labels and parameters; <paramref name="weights"/> is row-major, one row per label.</summary>
    public SoftmaxHead(string embedder, IReadOnlyList<string> labels, int dimensions, float[] weights, float[] bias)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(bias);
        if (labels.Count < 2 || dimensions < 1 || weights.Length != labels.Count * dimensions || bias.Length != labels.Count)
        {
            throw new ArgumentException($"A head needs ≥ 2 labels and {labels.Count}×{dimensions} weights; got {weights.Length} weights and {bias.Length} biases.");
        }

        Embedder = embedder;
        Labels = [.. labels];
        Dimensions = dimensions;
        _weights = weights;
        _bias = bias;
    }

    /// <summary>Name of the embedding model the head was trained on.</summary>
    public string Embedder { get; }

    /// <summary>The labels, in output order.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>Length of the input vector.</summary>
    public int Dimensions { get; }

    /// <summary>Writes the label probabilities for one embedding into <paramref name="probabilities"/>.</summary>
    public void Probabilities(ReadOnlySpan<float> embedding, Span<float> probabilities)
    {
        if (embedding.Length != Dimensions || probabilities.Length != Labels.Count)
        {
            throw new ArgumentException($"Expected a {Dimensions}-vector and {Labels.Count} outputs.");
        }

        Scores(_weights, _bias, embedding, probabilities);
        Softmax(probabilities);
    }

    /// <summary>The most probable label and its probability.</summary>
    public (string Label, float Probability) Predict(ReadOnlySpan<float> embedding)
    {
        Span<float> p = stackalloc float[Labels.Count];
        Probabilities(embedding, p);
        int best = 0;
        for (int k = 1; k < p.Length; k++)
        {
            if (p[k] > p[best])
            {
                best = k;
            }
        }

        return (Labels[best], p[best]);
    }

    /// <summary>Writes the head as JSON (format <see cref="FormatName"/>).</summary>
    public void Save(Stream stream)
    {
        var rows = new float[Labels.Count][];
        for (int k = 0; k < rows.Length; k++)
        {
            rows[k] = _weights.AsSpan(k * Dimensions, Dimensions).ToArray();
        }

        var file = new HeadFile(FormatName, Embedder, Dimensions, [.. Labels], _bias, rows);
        JsonSerializer.Serialize(stream, file, HeadJson.Default.HeadFile);
    }

    /// <summary>Reads a head written by <see cref="Save"/>; a wrong or damaged file is a <see cref="FormatException"/> naming the fault.</summary>
    public static SoftmaxHead Load(Stream stream)
    {
        HeadFile? file;
        try
        {
            file = JsonSerializer.Deserialize(stream, HeadJson.Default.HeadFile);
        }
        catch (JsonException e)
        {
            throw new FormatException($"not a classifier head: {e.Message}", e);
        }

        if (file is null || file.Format != FormatName)
        {
            throw new FormatException($"not a classifier head: expected format \"{FormatName}\", found \"{file?.Format}\"");
        }

        if (file.Weights.Length != file.Labels.Length || file.Weights.Any(r => r.Length != file.Dimensions))
        {
            throw new FormatException($"classifier head is damaged: expected {file.Labels.Length} rows of {file.Dimensions} weights");
        }

        return new SoftmaxHead(file.Embedder, file.Labels, file.Dimensions, [.. file.Weights.SelectMany(r => r)], file.Bias);
    }

    internal static void Scores(ReadOnlySpan<float> weights, ReadOnlySpan<float> bias, ReadOnlySpan<float> x, Span<float> scores)
    {
        int d = x.Length;
        for (int k = 0; k < scores.Length; k++)
        {
            var row = weights.Slice(k * d, d);
            float s = bias[k];
            for (int j = 0; j < d; j++)
            {
                s += row[j] * x[j];
            }

            scores[k] = s;
        }
    }

    internal static void Softmax(Span<float> values)
    {
        float max = float.NegativeInfinity;
        foreach (float v in values)
        {
            max = Math.Max(max, v);
        }

        float sum = 0;
        for (int k = 0; k < values.Length; k++)
        {
            values[k] = MathF.Exp(values[k] - max);
            sum += values[k];
        }

        for (int k = 0; k < values.Length; k++)
        {
            values[k] /= sum;
        }
    }
}

internal sealed record HeadFile(
    [property: JsonPropertyName("format")] string Format,
    [property: JsonPropertyName("embedder")] string Embedder,
    [property: JsonPropertyName("dimensions")] int Dimensions,
    [property: JsonPropertyName("labels")] string[] Labels,
    [property: JsonPropertyName("bias")] float[] Bias,
    [property: JsonPropertyName("weights")] float[][] Weights);

[JsonSerializable(typeof(HeadFile))]
internal sealed partial class HeadJson : JsonSerializerContext;
