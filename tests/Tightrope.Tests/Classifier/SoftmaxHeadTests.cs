using Tightrope.Classifier.Model;
using Tightrope.Classifier.Training;

using Xunit;

namespace Tightrope.Tests.Classifier;

public class SoftmaxHeadTests
{
    // Three well-separated clusters in 8 dimensions, with seeded noise.
    private static (List<float[]> X, List<int> Y) Clusters(int perClass, int seed)
    {
        var random = new Random(seed);
        var x = new List<float[]>();
        var y = new List<int>();
        for (int c = 0; c < 3; c++)
        {
            for (int i = 0; i < perClass; i++)
            {
                var v = new float[8];
                for (int j = 0; j < v.Length; j++)
                {
                    v[j] = (float)(random.NextDouble() - 0.5) * 0.6f;
                }

                v[c * 2] += 1f;
                x.Add(v);
                y.Add(c);
            }
        }

        return (x, y);
    }

    [Fact]
    public void Trainer_separates_clusters_it_has_not_seen()
    {
        var (x, y) = Clusters(40, 1);
        var head = new SoftmaxTrainer { Epochs = 150 }.Train("test", ["A", "B", "C"], x, y);
        var (tx, ty) = Clusters(20, 2);
        int correct = 0;
        for (int i = 0; i < tx.Count; i++)
        {
            correct += head.Predict(tx[i]).Label == head.Labels[ty[i]] ? 1 : 0;
        }

        Assert.True(correct >= 57, $"{correct}/60 correct");
    }

    [Fact]
    public void Probabilities_sum_to_one()
    {
        var (x, y) = Clusters(10, 3);
        var head = new SoftmaxTrainer { Epochs = 20 }.Train("test", ["A", "B", "C"], x, y);
        Span<float> p = stackalloc float[3];
        head.Probabilities(x[0], p);
        Assert.Equal(1f, p[0] + p[1] + p[2], 4);
        Assert.All(p.ToArray(), v => Assert.InRange(v, 0f, 1f));
    }

    [Fact]
    public void Saved_head_loads_with_identical_outputs()
    {
        var (x, y) = Clusters(10, 4);
        var head = new SoftmaxTrainer { Epochs = 30 }.Train("test-embedder", ["A", "B", "C"], x, y);
        using var stream = new MemoryStream();
        head.Save(stream);
        stream.Position = 0;
        var loaded = SoftmaxHead.Load(stream);
        Assert.Equal("test-embedder", loaded.Embedder);
        Assert.Equal(head.Labels, loaded.Labels);
        Span<float> a = stackalloc float[3];
        Span<float> b = stackalloc float[3];
        foreach (var v in x)
        {
            head.Probabilities(v, a);
            loaded.Probabilities(v, b);
            Assert.True(a.SequenceEqual(b));
        }
    }

    [Theory]
    [InlineData("{\"format\":\"something-else\",\"embedder\":\"e\",\"dimensions\":1,\"labels\":[\"A\",\"B\"],\"bias\":[0,0],\"weights\":[[1],[2]]}", "expected format")]
    [InlineData("{\"format\":\"tightrope-softmax-head/1\",\"embedder\":\"e\",\"dimensions\":2,\"labels\":[\"A\",\"B\"],\"bias\":[0,0],\"weights\":[[1],[2]]}", "damaged")]
    [InlineData("not json", "not a classifier head")]
    public void Wrong_files_are_refused_with_a_reason(string json, string reason)
    {
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        var e = Assert.Throws<FormatException>(() => SoftmaxHead.Load(stream));
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
    }
}
