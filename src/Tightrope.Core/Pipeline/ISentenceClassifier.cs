using Tightrope.Events;

namespace Tightrope.Pipeline;

/// <summary>
/// Scores sentences for event types: the learned half of the coder. Implementations must be thread-safe, since one
/// instance serves every document coded in parallel.
/// </summary>
public interface ISentenceClassifier
{
    /// <summary>Name and version of the model, for messages and benchmarks.</summary>
    string Name { get; }

    /// <summary>One score set per sentence, in input order.</summary>
    IReadOnlyList<TypeScores> Classify(IReadOnlyList<string> sentences);
}

/// <summary>A classifier's probabilities for one sentence: no event, or each POLECAT type.</summary>
public sealed class TypeScores
{
    private readonly double[] _byType;

    /// <summary>Builds scores from the no-event probability and one probability per <see cref="EventType"/> (enum order).</summary>
    public TypeScores(double noEvent, double[] byType)
    {
        ArgumentNullException.ThrowIfNull(byType);
        if (byType.Length != EventTypes)
        {
            throw new ArgumentException($"Expected {EventTypes} type probabilities, got {byType.Length}.", nameof(byType));
        }

        NoEvent = noEvent;
        _byType = byType;
        Best = EventType.Agree;
        for (int i = 1; i < byType.Length; i++)
        {
            if (byType[i] > byType[(int)Best])
            {
                Best = (EventType)i;
            }
        }
    }

    /// <summary>Number of POLECAT types.</summary>
    public static int EventTypes { get; } = Enum.GetValues<EventType>().Length;

    /// <summary>Probability that the sentence reports no event.</summary>
    public double NoEvent { get; }

    /// <summary>The most probable event type (ignoring no-event).</summary>
    public EventType Best { get; }

    /// <summary>Probability of <see cref="Best"/>.</summary>
    public double BestProbability => _byType[(int)Best];

    /// <summary>True when some event type is more probable than no event.</summary>
    public bool FindsEvent => BestProbability > NoEvent;

    /// <summary>Probability of <paramref name="type"/>.</summary>
    public double Of(EventType type) => _byType[(int)type];
}
