using Tightrope.Classifier.Coding;
using Tightrope.Data;
using Tightrope.Evaluation;
using Tightrope.Events;
using Tightrope.Pipeline;
using Xunit;

namespace Tightrope.Tests.Pipeline;

/// <summary>
/// <c>data/gold/fresh.jsonl</c>: items written after the lexicon and the model were built and never used to tune
/// either (Africa, the Americas, Europe and the Middle East, paraphrases included). Its first-run scores are in the
/// README; these floors keep later changes from eroding them.
/// </summary>
public sealed class FreshSetTests
{
    private static readonly List<GoldItem> s_items =
        GoldReader.Parse("fresh.jsonl", File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Gold", "fresh.jsonl")), []);

    [Fact]
    public void The_fresh_set_reads_cleanly_and_covers_every_type_and_some_non_events()
    {
        var errors = new List<DataError>();
        var items = GoldReader.Parse("fresh.jsonl", File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Gold", "fresh.jsonl")), errors);

        Assert.Empty(errors);
        Assert.Equal(Enum.GetValues<EventType>().Length, items.SelectMany(i => i.Events).Select(e => e.Type).Distinct().Count());
        Assert.True(items.Count(i => i.Events.Count == 0) >= 10);
    }

    [Fact]
    public void The_lexicon_keeps_its_first_run_quality_on_unseen_items()
    {
        var report = GoldScorer.Evaluate(CoderPipeline.Default, s_items);

        Assert.True(report.Overall.Precision >= 0.80, $"precision {report.Overall.Precision:0.000}");
        Assert.True(report.Overall.Recall >= 0.75, $"recall {report.Overall.Recall:0.000}");
        Assert.Equal(0, report.NoEventItemsWithAssertedEvents);
    }

    [Fact]
    public void The_combined_coder_loses_neither_precision_nor_recall_on_unseen_items()
    {
        var lexicon = GoldScorer.Evaluate(CoderPipeline.Default, s_items);
        var combined = GoldScorer.Evaluate(EventModel.Coder, s_items);

        Assert.True(combined.Overall.Precision >= 0.80, $"precision {combined.Overall.Precision:0.000}");
        Assert.True(combined.Overall.Recall >= lexicon.Overall.Recall, $"recall {combined.Overall.Recall:0.000} < lexicon {lexicon.Overall.Recall:0.000}");
        Assert.Equal(0, combined.NoEventItemsWithAssertedEvents);
    }
}
