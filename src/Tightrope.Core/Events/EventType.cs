namespace Tightrope.Events;

/// <summary>The 16 POLECAT event types.</summary>
public enum EventType
{
    /// <summary>Agree to, offer, promise or sign.</summary>
    Agree,

    /// <summary>Meet, visit, call, negotiate.</summary>
    Consult,

    /// <summary>Praise, endorse, back verbally.</summary>
    Support,

    /// <summary>Yield, ease restrictions, apologise.</summary>
    Concede,

    /// <summary>Carry out material cooperation.</summary>
    Cooperate,

    /// <summary>Give economic, military or humanitarian aid.</summary>
    Aid,

    /// <summary>Withdraw, release, cease fire, resign.</summary>
    Retreat,

    /// <summary>Ask, urge, demand.</summary>
    Request,

    /// <summary>Accuse, criticise, condemn, investigate.</summary>
    Accuse,

    /// <summary>Reject, refuse, veto.</summary>
    Reject,

    /// <summary>Threaten, warn of consequences.</summary>
    Threaten,

    /// <summary>Demonstrate, strike, boycott, riot.</summary>
    Protest,

    /// <summary>Sanction, expel, cut ties, convict.</summary>
    Sanction,

    /// <summary>Deploy, drill, test weapons.</summary>
    Mobilize,

    /// <summary>Arrest, seize, ban, restrict.</summary>
    Coerce,

    /// <summary>Attack, bomb, kill.</summary>
    Assault,
}

/// <summary>Whether and how an event is said to happen (the record contract's <c>modality</c>).</summary>
public enum Modality
{
    /// <summary>Reported as having happened or happening.</summary>
    Asserted,

    /// <summary>Planned or intended by the actor ("plans to", "will").</summary>
    Intended,

    /// <summary>Expected by others ("is expected to", "is set to").</summary>
    Expected,

    /// <summary>Possible, conditional or hypothetical ("could", "if", "potential").</summary>
    Hypothetical,

    /// <summary>Said not to have happened ("did not", "never").</summary>
    Negated,
}

/// <summary>Names of types and modalities as they appear in records.</summary>
public static class EventNames
{
    /// <summary>Upper-case POLECAT name ("CONSULT").</summary>
    public static string Name(this EventType type) => type.ToString().ToUpperInvariant();

    /// <summary>Lower-case modality name ("asserted").</summary>
    public static string Name(this Modality modality) => modality.ToString().ToLowerInvariant();

    /// <summary>Parses a POLECAT type name (any case); older PLOVER names are accepted too.</summary>
    public static bool TryParseType(string? text, out EventType type)
    {
        string name = (text ?? string.Empty).Trim().ToUpperInvariant() switch
        {
            "DEMAND" => "REQUEST",
            "DISAPPROVE" or "INVESTIGATE" => "ACCUSE",
            "FIGHT" => "ASSAULT",
            var other => other,
        };
        return Enum.TryParse(name, ignoreCase: true, out type) && Enum.IsDefined(type) && !int.TryParse(name, out _);
    }

    /// <summary>Parses a modality name (any case).</summary>
    public static bool TryParseModality(string? text, out Modality modality) =>
        Enum.TryParse((text ?? string.Empty).Trim(), ignoreCase: true, out modality) && Enum.IsDefined(modality)
        && !int.TryParse(text, out _);
}
