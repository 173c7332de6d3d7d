using Tightrope.Classifier.Model;

namespace Tightrope.Classifier.Training;

/// <summary>
/// Fits a <see cref="SoftmaxHead"/> by full-batch gradient descent (Adam) on class-balanced cross-entropy with
/// L2 weight decay. Written here rather than taken from ML.NET: the head is a few dozen lines, trains in
/// seconds, and stays deterministic (zero start, fixed order) so committed weights can be reproduced.
/// </summary>
public sealed class SoftmaxTrainer
{
    /// <summary>Passes over the data.</summary>
    public int Epochs { get; init; } = 300;

    /// <summary>Adam step size.</summary>
    public float LearningRate { get; init; } = 0.05f;

    /// <summary>L2 penalty on the weights (not the biases).</summary>
    public float L2 { get; init; } = 1e-4f;

    /// <summary>Trains on <paramref name="vectors"/> with labels <paramref name="labels"/> (indices into <paramref name="labelNames"/>).</summary>
    public SoftmaxHead Train(string embedder, IReadOnlyList<string> labelNames, IReadOnlyList<float[]> vectors, IReadOnlyList<int> labels)
    {
        ArgumentNullException.ThrowIfNull(labelNames);
        ArgumentNullException.ThrowIfNull(vectors);
        ArgumentNullException.ThrowIfNull(labels);
        if (vectors.Count == 0 || vectors.Count != labels.Count)
        {
            throw new ArgumentException("Training needs one label per vector and at least one vector.");
        }

        int n = vectors.Count, d = vectors[0].Length, k = labelNames.Count;

        // Each class weighs the same in total, so rare types are not drowned by common ones (macro-F1 is the goal).
        var counts = new int[k];
        foreach (int y in labels)
        {
            counts[y]++;
        }

        var classWeight = new float[k];
        int present = counts.Count(c => c > 0);
        for (int c = 0; c < k; c++)
        {
            classWeight[c] = counts[c] == 0 ? 0 : (float)n / (present * counts[c]);
        }

        var w = new float[k * d];
        var b = new float[k];
        var gw = new float[k * d];
        var gb = new float[k];
        var adam = new AdamState(k * d + k);
        var p = new float[k];
        for (int epoch = 0; epoch < Epochs; epoch++)
        {
            Array.Clear(gw);
            Array.Clear(gb);
            for (int i = 0; i < n; i++)
            {
                var x = vectors[i];
                SoftmaxHead.Scores(w, b, x, p);
                SoftmaxHead.Softmax(p);
                float cw = classWeight[labels[i]] / n;
                for (int c = 0; c < k; c++)
                {
                    float g = (p[c] - (c == labels[i] ? 1f : 0f)) * cw;
                    gb[c] += g;
                    var row = gw.AsSpan(c * d, d);
                    for (int j = 0; j < d; j++)
                    {
                        row[j] += g * x[j];
                    }
                }
            }

            for (int j = 0; j < w.Length; j++)
            {
                gw[j] += L2 * w[j];
            }

            adam.Step(w, gw, 0, LearningRate);
            adam.Step(b, gb, w.Length, LearningRate);
        }

        return new SoftmaxHead(embedder, labelNames, d, w, b);
    }

    private sealed class AdamState(int size)
    {
        private const float Beta1 = 0.9f, Beta2 = 0.999f, Epsilon = 1e-8f;
        private readonly float[] _m = new float[size];
        private readonly float[] _v = new float[size];
        private int _t;

        public void Step(float[] parameters, float[] gradient, int offset, float rate)
        {
            if (offset == 0)
            {
                _t++;
            }

            float c1 = 1 - MathF.Pow(Beta1, _t), c2 = 1 - MathF.Pow(Beta2, _t);
            for (int j = 0; j < parameters.Length; j++)
            {
                int s = offset + j;
                _m[s] = Beta1 * _m[s] + (1 - Beta1) * gradient[j];
                _v[s] = Beta2 * _v[s] + (1 - Beta2) * gradient[j] * gradient[j];
                parameters[j] -= rate * (_m[s] / c1) / (MathF.Sqrt(_v[s] / c2) + Epsilon);
            }
        }
    }
}
