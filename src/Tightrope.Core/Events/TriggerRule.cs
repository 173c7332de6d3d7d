namespace Tightrope.Events;

/// <summary>Usage and behaviour flags of a trigger rule.</summary>
[Flags]
public enum TriggerFlags
{
    /// <summary>No constraint.</summary>
    None = 0,

    /// <summary>Only when the head word is used as a verb.</summary>
    VerbOnly = 1,

    /// <summary>Only when the head word is used as a noun.</summary>
    NounOnly = 2,

    /// <summary>A compound subject without a recipient acts on itself, pairwise and both ways.</summary>
    Reciprocal = 4,

    /// <summary>Not when followed by "to" ("seek to" is intent, not a request).</summary>
    NotBeforeTo = 8,

    /// <summary>Not when followed by "on".</summary>
    NotBeforeOn = 16,

    /// <summary>The actor must be a non-state group (protesters, workers, students …).</summary>
    SocietalActor = 32,

    /// <summary>Only coded when a recipient is found.</summary>
    RecipientRequired = 64,

    /// <summary>Without a named recipient the target is the actor's own country (arrests, protests, convictions).</summary>
    Domestic = 128,

    /// <summary>A drill or exercise: shared by two or more countries it is joint cooperation, not mobilisation.</summary>
    JointWhenShared = 512,

    /// <summary>Roles are swapped: the grammatical object is the actor ("X hosted Y": Y visits X).</summary>
    Inverse = 256,

    /// <summary>
    /// A frame the sentence classifier hangs its event on: when no slot names a recipient, the first other actor after
    /// the trigger is taken (roles by actor order, at lower confidence).
    /// </summary>
    ActorOrder = 1024,
}

/// <summary>Where the recipient of an event is looked for.</summary>
public enum SlotKind
{
    /// <summary>The first actor after the trigger (direct object).</summary>
    Object,

    /// <summary>The actor after a given preposition.</summary>
    Preposition,

    /// <summary>Never a recipient.</summary>
    None,
}

/// <summary>One recipient slot of a frame: a direct object or a preposition ("with", "against" …).</summary>
/// <param name="Kind">Object, preposition or none.</param>
/// <param name="Word">The preposition for <see cref="SlotKind.Preposition"/>.</param>
/// <param name="WordId">Its vocabulary id.</param>
public readonly record struct RecipientSlot(SlotKind Kind, string Word, int WordId);

/// <summary>A row of the trigger lexicon: a lemma pattern mapped to a POLECAT type with its argument frame.</summary>
public sealed record TriggerRule
{
    /// <summary>The pattern as written ("press * to").</summary>
    public required string Pattern { get; init; }

    /// <summary>Event type.</summary>
    public required EventType Type { get; init; }

    /// <summary>A stop phrase ("declined to comment"): claims its words so that no trigger inside it fires.</summary>
    public bool IsStop { get; init; }

    /// <summary>POLECAT mode, or null.</summary>
    public string? Mode { get; init; }

    /// <summary>CAMEO code.</summary>
    public required string Cameo { get; init; }

    /// <summary>PLOVER contexts.</summary>
    public IReadOnlyList<string> Contexts { get; init; } = [];

    /// <summary>Recipient slots in order of preference.</summary>
    public IReadOnlyList<RecipientSlot> Slots { get; init; } = [];

    /// <summary>Flags.</summary>
    public TriggerFlags Flags { get; init; }

    /// <summary>Number of literal (non-gap) words.</summary>
    public int LiteralCount { get; init; }

    /// <summary>Source line, for messages.</summary>
    public int Line { get; init; }

    /// <summary>True when the flag is set.</summary>
    public bool Has(TriggerFlags flag) => (Flags & flag) != 0;
}
