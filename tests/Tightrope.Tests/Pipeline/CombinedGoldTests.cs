using Tightrope.Classifier.Coding;
using Tightrope.Evaluation;
using Tightrope.Pipeline;
using Xunit;

namespace Tightrope.Tests.Pipeline;

/// <summary>
/// The default coder (lexicon + committed model) on the gold file. The committed head was trained with the gold
/// sentences among its data, so this guards against regressions; the held-out gold figures in the README come from
/// <c>tightrope train</c>'s cross-validation.
/// </summary>
public sealed class CombinedGoldTests(GoldEvaluationFixture gold) : IClassFixture<GoldEvaluationFixture>
{
    [Fact]
    public void The_combined_coder_keeps_precision_and_does_not_lose_recall()
    {
        var combined = GoldScorer.Evaluate(EventModel.Coder, gold.Items);
        Assert.True(combined.Overall.Precision >= 0.85, $"precision {combined.Overall.Precision:0.000}");
        Assert.True(combined.Overall.Recall >= gold.Report.Overall.Recall, $"recall {combined.Overall.Recall:0.000} < lexicon {gold.Report.Overall.Recall:0.000}");
        Assert.Equal(0, combined.NoEventItemsWithAssertedEvents);
    }

    [Fact]
    public void The_committed_head_covers_no_event_and_every_type()
    {
        var (head, hash) = EventModel.LoadHead();
        Assert.Equal(17, head.Labels.Count);
        Assert.Equal("NONE", head.Labels[0]);
        Assert.Equal(384, head.Dimensions);
        Assert.Matches("^[0-9a-f]{12}$", hash);
        Assert.EndsWith(hash, EventModel.Classifier.Name, StringComparison.Ordinal);
    }
}
