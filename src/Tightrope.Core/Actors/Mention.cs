namespace Tightrope.Actors;

/// <summary>How a mention can take part in an event.</summary>
public enum MentionRole : byte
{
    /// <summary>A noun phrase that can be subject or object.</summary>
    Argument,

    /// <summary>A bare demonym or adjective ("Chinese attack"): can only be the actor of the noun it modifies.</summary>
    Modifier,

    /// <summary>A place named as a location ("in Beijing"): not an actor.</summary>
    Locative,
}

/// <summary>An actor or place found in a sentence, with its token range.</summary>
public sealed class Mention
{
    /// <summary>First token index in the sentence.</summary>
    public required int FirstToken { get; init; }

    /// <summary>One past the last token index.</summary>
    public required int EndToken { get; init; }

    /// <summary>Who acts, when the mention can act.</summary>
    public ActorRef? Actor { get; init; }

    /// <summary>The place, when the mention names one.</summary>
    public PlaceRef? Place { get; init; }

    /// <summary>Argument, modifier or locative.</summary>
    public MentionRole Role { get; init; }

    /// <summary>Several actors at once ("the two leaders").</summary>
    public IReadOnlyList<ActorRef>? Group { get; init; }

    /// <summary>A pronoun or other back-reference resolved from context.</summary>
    public bool IsAnaphor { get; init; }

    /// <summary>Followed by the possessive "'s".</summary>
    public bool IsPossessive { get; init; }

    /// <summary>Why the mention resolved as it did ("capital used as an actor", "office holder on 2019-06-01").</summary>
    public string? Reason { get; init; }

    /// <summary>The actors this mention stands for: the group, or the single actor.</summary>
    public IReadOnlyList<ActorRef> Actors => Group ?? (Actor is null ? [] : [Actor]);

    /// <inheritdoc />
    public override string ToString() => $"[{FirstToken},{EndToken}) {Actor?.Name ?? Place?.Name} {Role}";
}
