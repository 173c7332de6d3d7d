using System.Globalization;
using Tightrope.Data;
using Tightrope.Evaluation;
using Tightrope.Events;
using Tightrope.Pipeline;
using Xunit;
using Xunit.Abstractions;

namespace Tightrope.Tests.Pipeline;

/// <summary>Reads the gold file copied to the test output and scores the default pipeline on it, once.</summary>
public sealed class GoldEvaluationFixture
{
    public GoldEvaluationFixture()
    {
        Path = System.IO.Path.Combine(AppContext.BaseDirectory, "Gold", "gold.jsonl");
        Items = GoldReader.Parse("gold.jsonl", File.ReadLines(Path), Errors);
        Report = GoldScorer.Evaluate(CoderPipeline.Default, Items);
    }

    public string Path { get; }

    public List<DataError> Errors { get; } = [];

    public List<GoldItem> Items { get; }

    public EvaluationReport Report { get; }
}

public sealed class GoldStandardTests : IClassFixture<GoldEvaluationFixture>
{
    private readonly GoldEvaluationFixture _gold;
    private readonly ITestOutputHelper _output;

    public GoldStandardTests(GoldEvaluationFixture gold, ITestOutputHelper output)
    {
        _gold = gold;
        _output = output;
    }

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private void PrintScores()
    {
        var r = _gold.Report;
        _output.WriteLine($"items {_gold.Items.Count}, no-event items {r.NoEventItems}, no-event items with asserted events {r.NoEventItemsWithAssertedEvents}");
        _output.WriteLine($"overall TP {r.Overall.TruePositives} FP {r.Overall.FalsePositives} FN {r.Overall.FalseNegatives} " +
            $"P {F(r.Overall.Precision)} R {F(r.Overall.Recall)} F1 {F(r.Overall.F1)} macro-F1 {F(r.MacroF1)} modality {F(r.ModalityAccuracy)}");
        foreach (var (type, s) in r.ByType.OrderBy(kv => kv.Key))
        {
            _output.WriteLine($"  {type.Name(),-10} TP {s.TruePositives,3} FP {s.FalsePositives,3} FN {s.FalseNegatives,3} P {F(s.Precision)} R {F(s.Recall)} F1 {F(s.F1)}");
        }
    }

    [Fact]
    public void Given_the_gold_file_When_read_Then_the_reader_reports_no_errors()
    {
        // Given / When: the fixture read the copied gold file
        Assert.True(File.Exists(_gold.Path), _gold.Path);

        // Then
        Assert.Empty(_gold.Errors);
    }

    [Fact]
    public void Given_the_gold_file_When_read_Then_it_has_at_least_200_items_and_30_without_events()
    {
        // Given / When
        var items = _gold.Items;

        // Then
        Assert.True(items.Count >= 200, $"{items.Count} items");
        int noEvent = items.Count(i => i.Events.Count == 0);
        Assert.True(noEvent >= 30, $"{noEvent} no-event items");
        Assert.Equal(items.Count, items.Select(i => i.Id).Distinct().Count());
    }

    [Fact]
    public void Given_the_gold_file_When_its_event_types_are_counted_Then_all_16_types_occur()
    {
        // Given / When
        var types = _gold.Items.SelectMany(i => i.Events).Select(e => e.Type).ToHashSet();

        // Then
        Assert.Equal(16, Enum.GetValues<EventType>().Length);
        Assert.Equal(Enum.GetValues<EventType>().Order(), types.Order());
    }

    [Fact]
    public void Given_the_default_pipeline_When_scored_on_the_gold_file_Then_precision_is_at_least_0_85_and_recall_at_least_0_80()
    {
        // Given / When
        var overall = _gold.Report.Overall;
        PrintScores();

        // Then
        Assert.True(overall.Precision >= 0.85, $"precision {F(overall.Precision)} < 0.85");
        Assert.True(overall.Recall >= 0.80, $"recall {F(overall.Recall)} < 0.80");
    }

    [Fact]
    public void Given_gold_items_without_events_When_coded_Then_none_yields_an_asserted_event()
    {
        // Given / When
        var report = _gold.Report;
        var offenders = report.Items
            .Where(i => i.Item.Events.Count == 0 && i.Predicted.Any(p => p.Modality == Modality.Asserted))
            .Select(i => $"{i.Item.Id}: {string.Join(", ", i.Predicted.Select(p => $"{p.EventType.Name()} {p.Actor.Key}>{p.Recipient?.Key}"))}")
            .ToList();
        foreach (var line in offenders)
        {
            _output.WriteLine(line);
        }

        // Then
        Assert.True(report.NoEventItems >= 30, $"{report.NoEventItems} no-event items scored");
        Assert.Equal(0, report.NoEventItemsWithAssertedEvents);
        Assert.Empty(offenders);
    }

    [Fact]
    public void Given_the_scoring_When_totals_are_compared_Then_every_gold_event_is_either_matched_or_missed()
    {
        // Given / When
        var report = _gold.Report;
        int goldEvents = _gold.Items.Sum(i => i.Events.Count);
        int predicted = report.Items.Sum(i => i.Predicted.Count);

        // Then
        Assert.Equal(goldEvents, report.Overall.TruePositives + report.Overall.FalseNegatives);
        Assert.Equal(predicted, report.Overall.TruePositives + report.Overall.FalsePositives);
        Assert.Equal(_gold.Items.Count, report.Items.Count);
    }
}
