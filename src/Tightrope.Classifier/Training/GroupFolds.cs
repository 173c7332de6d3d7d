namespace Tightrope.Classifier.Training;

/// <summary>Splits examples into k folds by group, so that no group appears on both sides of a split.</summary>
public static class GroupFolds
{
    /// <summary>The fold (0..k-1) of each example; groups are dealt round-robin in a fixed, seeded order.</summary>
    public static int[] Assign(IReadOnlyList<LabelledSentence> examples, int folds, int seed = 17)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var groups = examples.Select(e => e.Group).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        new Random(seed).Shuffle(groups);
        var foldOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < groups.Length; i++)
        {
            foldOf[groups[i]] = i % folds;
        }

        var result = new int[examples.Count];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = foldOf[examples[i].Group];
        }

        return result;
    }
}
