using Tightrope.Events;
using Tightrope.Pipeline;

namespace Tightrope.Evaluation;

/// <summary>Counts for one event type (or overall).</summary>
public sealed record Score(int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>TP / (TP + FP); 1 when nothing was predicted.</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    /// <summary>TP / (TP + FN); 1 when nothing was expected.</summary>
    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>A scored item with what went wrong, for reading the misses.</summary>
public sealed record ItemResult(GoldItem Item, IReadOnlyList<EventRecord> Predicted, IReadOnlyList<GoldEvent> Missed, IReadOnlyList<EventRecord> Spurious);

/// <summary>The outcome of an evaluation.</summary>
public sealed record EvaluationReport(
    Score Overall,
    IReadOnlyDictionary<EventType, Score> ByType,
    IReadOnlyDictionary<(string Gold, string Predicted), int> Confusion,
    int NoEventItems,
    int NoEventItemsWithAssertedEvents,
    int ModalityMatches,
    IReadOnlyList<ItemResult> Items)
{
    /// <summary>Macro-averaged F1 over the types that occur in gold or predictions.</summary>
    public double MacroF1 => ByType.Count == 0 ? 0 : ByType.Values.Average(s => s.F1);

    /// <summary>Share of matched events whose modality also matches.</summary>
    public double ModalityAccuracy => Overall.TruePositives == 0 ? 1 : (double)ModalityMatches / Overall.TruePositives;
}

/// <summary>
/// Scores a coder against gold items. A predicted event matches a gold event when type, actor key and recipient
/// key all agree (key = country code, or organisation code for international bodies); each gold event matches at
/// most once. Every predicted event counts, whatever its modality; modality agreement is reported separately.
/// </summary>
public static class GoldScorer
{
    /// <summary>Codes every item with <paramref name="pipeline"/> and scores the result.</summary>
    public static EvaluationReport Evaluate(CoderPipeline pipeline, IReadOnlyList<GoldItem> items)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        ArgumentNullException.ThrowIfNull(items);
        var counts = new Dictionary<EventType, (int Tp, int Fp, int Fn)>();
        var confusion = new Dictionary<(string, string), int>();
        int noEvent = 0, noEventFired = 0, modalityMatches = 0;
        var results = new List<ItemResult>();
        foreach (var item in items)
        {
            var predicted = pipeline.Code(new Document { Id = item.Id, Date = item.Date, Text = item.Text }).Events;
            if (item.Events.Count == 0)
            {
                noEvent++;
                if (predicted.Any(p => p.Modality == Modality.Asserted))
                {
                    noEventFired++;
                }
            }

            var unmatched = predicted.ToList();
            var missed = new List<GoldEvent>();
            foreach (var gold in item.Events)
            {
                int hit = unmatched.FindIndex(p => p.EventType == gold.Type && p.Actor.Key == gold.Actor && p.Recipient?.Key == gold.Recipient);
                if (hit >= 0)
                {
                    Bump(counts, gold.Type, tp: 1);
                    Bump(confusion, (gold.Type.Name(), gold.Type.Name()));
                    if (unmatched[hit].Modality == gold.Modality)
                    {
                        modalityMatches++;
                    }

                    unmatched.RemoveAt(hit);
                }
                else
                {
                    Bump(counts, gold.Type, fn: 1);
                    missed.Add(gold);
                    int sameRoles = unmatched.FindIndex(p => p.Actor.Key == gold.Actor && p.Recipient?.Key == gold.Recipient);
                    Bump(confusion, (gold.Type.Name(), sameRoles >= 0 ? unmatched[sameRoles].EventType.Name() : "none"));
                }
            }

            foreach (var p in unmatched)
            {
                Bump(counts, p.EventType, fp: 1);
                if (!item.Events.Any(g => g.Actor == p.Actor.Key && g.Recipient == p.Recipient?.Key))
                {
                    Bump(confusion, ("none", p.EventType.Name()));
                }
            }

            results.Add(new ItemResult(item, predicted, missed, unmatched));
        }

        var byType = counts.ToDictionary(kv => kv.Key, kv => new Score(kv.Value.Tp, kv.Value.Fp, kv.Value.Fn));
        var overall = new Score(byType.Values.Sum(s => s.TruePositives), byType.Values.Sum(s => s.FalsePositives), byType.Values.Sum(s => s.FalseNegatives));
        return new EvaluationReport(overall, byType, confusion, noEvent, noEventFired, modalityMatches, results);
    }

    private static void Bump(Dictionary<EventType, (int Tp, int Fp, int Fn)> counts, EventType type, int tp = 0, int fp = 0, int fn = 0)
    {
        var c = counts.GetValueOrDefault(type);
        counts[type] = (c.Tp + tp, c.Fp + fp, c.Fn + fn);
    }

    private static void Bump(Dictionary<(string, string), int> confusion, (string, string) key) =>
        confusion[key] = confusion.GetValueOrDefault(key) + 1;
}
