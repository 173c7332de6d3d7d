namespace Tightrope.Classifier.Evaluation;

/// <summary>Counts of (gold label, predicted label) pairs, with per-label F1 and macro-F1.</summary>
public sealed class ConfusionMatrix
{
    private readonly int[,] _counts;
    private readonly Dictionary<string, int> _index;

    /// <summary>An empty matrix over <paramref name="labels"/>.</summary>
    public ConfusionMatrix(IReadOnlyList<string> labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        Labels = [.. labels];
        _index = Labels.Select((l, i) => (l, i)).ToDictionary(p => p.l, p => p.i, StringComparer.Ordinal);
        _counts = new int[Labels.Count, Labels.Count];
    }

    /// <summary>Row and column labels, in order.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>Number of examples counted.</summary>
    public int Total { get; private set; }

    /// <summary>How often <paramref name="gold"/> was predicted as <paramref name="predicted"/>.</summary>
    public int this[string gold, string predicted] => _counts[_index[gold], _index[predicted]];

    /// <summary>Counts one example.</summary>
    public void Add(string gold, string predicted)
    {
        _counts[_index[gold], _index[predicted]]++;
        Total++;
    }

    /// <summary>Share of examples predicted correctly.</summary>
    public double Accuracy
    {
        get
        {
            int correct = 0;
            for (int i = 0; i < Labels.Count; i++)
            {
                correct += _counts[i, i];
            }

            return Total == 0 ? 0 : (double)correct / Total;
        }
    }

    /// <summary>F1 of one label (0 when it never occurs and is never predicted).</summary>
    public double F1(string label)
    {
        int i = _index[label];
        int tp = _counts[i, i], gold = 0, predicted = 0;
        for (int j = 0; j < Labels.Count; j++)
        {
            gold += _counts[i, j];
            predicted += _counts[j, i];
        }

        return gold + predicted == 0 ? 0 : 2.0 * tp / (gold + predicted);
    }

    /// <summary>Mean F1 over the labels that occur in the gold data, leaving out <paramref name="except"/>.</summary>
    public double MacroF1(params string[] except)
    {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < Labels.Count; i++)
        {
            if (Array.IndexOf(except, Labels[i]) >= 0 || Support(Labels[i]) == 0)
            {
                continue;
            }

            sum += F1(Labels[i]);
            n++;
        }

        return n == 0 ? 0 : sum / n;
    }

    /// <summary>Gold examples of <paramref name="label"/>.</summary>
    public int Support(string label)
    {
        int i = _index[label], s = 0;
        for (int j = 0; j < Labels.Count; j++)
        {
            s += _counts[i, j];
        }

        return s;
    }
}
