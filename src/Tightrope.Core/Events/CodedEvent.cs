using Tightrope.Actors;
using Tightrope.Text;
using Tightrope.Time;

namespace Tightrope.Events;

/// <summary>An event coded from one sentence, before it is turned into a record.</summary>
public sealed record CodedEvent
{
    /// <summary>POLECAT type.</summary>
    public required EventType Type { get; init; }

    /// <summary>POLECAT mode, or null.</summary>
    public string? Mode { get; init; }

    /// <summary>PLOVER contexts.</summary>
    public IReadOnlyList<string> Contexts { get; init; } = [];

    /// <summary>Asserted, intended, expected, hypothetical or negated.</summary>
    public required Modality Modality { get; init; }

    /// <summary>Part of a reciprocal pair ("X and Y agreed").</summary>
    public bool Reciprocal { get; init; }

    /// <summary>Who acts.</summary>
    public required ActorRef Actor { get; init; }

    /// <summary>Who is acted on, if anyone.</summary>
    public ActorRef? Recipient { get; init; }

    /// <summary>Where, if the text says.</summary>
    public PlaceRef? Location { get; init; }

    /// <summary>The trigger's character span.</summary>
    public required TextSpan Trigger { get; init; }

    /// <summary>When.</summary>
    public ResolvedDate Date { get; init; }

    /// <summary>CAMEO code.</summary>
    public required string Cameo { get; init; }

    /// <summary>Goldstein value of the CAMEO code.</summary>
    public double Goldstein { get; init; }

    /// <summary>Quad class (1–4).</summary>
    public int QuadClass { get; init; }

    /// <summary>Confidence in 0..1.</summary>
    public double Confidence { get; init; }

    /// <summary>Lexicon line of the rule that fired (for explanations).</summary>
    public int RuleLine { get; init; }

    /// <summary>Token range of the trigger in its sentence.</summary>
    internal (int First, int End) TriggerTokens { get; init; }

    /// <summary>The trigger is a noun ("sanctions", "summit").</summary>
    internal bool Nominal { get; init; }

    /// <summary>Vocabulary id of the lemma of the trigger's last word ("launch", "criticism").</summary>
    internal int HeadLemma { get; init; } = -1;
}
