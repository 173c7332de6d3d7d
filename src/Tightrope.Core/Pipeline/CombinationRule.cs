using Tightrope.Events;

namespace Tightrope.Pipeline;

/// <summary>
/// How the lexicon and the sentence classifier decide together. The lexicon keeps every event it codes (it is the
/// precise half and supplies spans and roles); the model confirms it, casts doubt on it, or adds an event where the
/// lexicon found a candidate sentence but coded nothing.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Confirm: the model's probability of the lexicon's type is at least <see cref="ConfirmAt"/>, or that type is
/// the model's best → <c>decided_by = both</c>, confidence raised halfway towards 1 by that probability.</item>
/// <item>Doubt: the model is at least <see cref="DoubtAt"/> sure of another outcome (another type or no event) →
/// <c>decided_by = lexicon</c>, confidence lowered by <see cref="DoubtPenalty"/>.</item>
/// <item>Add (only when <see cref="AddEvents"/> is on): no lexicon event in the sentence, the model's best type beats
/// no-event and reaches <see cref="AddAt"/> → one event coded over the nearest trigger's frame (or the predicate after
/// the first actor) with <c>decided_by = model</c> and confidence = that probability scaled by
/// <see cref="ModelConfidenceScale"/>.</item>
/// </list>
/// Adding is off by default: on stories and sentences the model never saw, about half the events it added were wrong
/// (an unrelated verb, a passive's target as actor, history), and it added nothing right on the gold or fresh sets.
/// </remarks>
public sealed record CombinationRule
{
    /// <summary>The rule the default coder uses.</summary>
    public static CombinationRule Default { get; } = new();

    /// <summary>Model probability of the lexicon's type that counts as agreement.</summary>
    public double ConfirmAt { get; init; } = 0.25;

    /// <summary>Model certainty of a different outcome that lowers a lexicon event's confidence.</summary>
    public double DoubtAt { get; init; } = 0.9;

    /// <summary>How much doubt costs.</summary>
    public double DoubtPenalty { get; init; } = 0.15;

    /// <summary>The rule with <see cref="AddEvents"/> on: recall over precision.</summary>
    public static CombinationRule WithAdditions { get; } = new() { AddEvents = true };

    /// <summary>Whether the model may add events where the lexicon coded none (off by default, see remarks).</summary>
    public bool AddEvents { get; init; }

    /// <summary>Model probability needed to add an event the lexicon missed.</summary>
    public double AddAt { get; init; } = 0.6;

    /// <summary>Confidence of a model-only event as a fraction of its probability: such events have approximate roles.</summary>
    public double ModelConfidenceScale { get; init; } = 0.75;

    /// <summary>
    /// Candidate sentences per document the model reads, in text order. News states its events in the lead, the model
    /// was trained on leads, and embedding is the coder's dominant cost (≈5 ms a sentence on two cores), so the default
    /// reads the first four; raise it to let the model judge a whole article.
    /// </summary>
    public int MaxSentences { get; init; } = 4;

    internal (string DecidedBy, double Confidence) Judge(EventType type, double confidence, TypeScores scores)
    {
        double p = scores.Of(type);
        if (p >= ConfirmAt || scores.Best == type)
        {
            return ("both", Math.Round(confidence + ((1 - confidence) * p * 0.5), 2));
        }

        double other = Math.Max(scores.NoEvent, scores.BestProbability);
        return other >= DoubtAt ? ("lexicon", Math.Round(Math.Max(0.1, confidence - DoubtPenalty), 2)) : ("lexicon", confidence);
    }

    internal bool Adds(TypeScores scores) => AddEvents && scores.FindsEvent && scores.BestProbability >= AddAt;
}
