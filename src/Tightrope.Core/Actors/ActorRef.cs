namespace Tightrope.Actors;

/// <summary>
/// An actor as it appears in an event record: the surface text and span plus what the catalog says about it.
/// </summary>
public sealed record ActorRef
{
    /// <summary>The words in the text.</summary>
    public required string Text { get; init; }

    /// <summary>Canonical name ("Lee Jae Myung", "South Korea", "officials").</summary>
    public required string Name { get; init; }

    /// <summary>State, person, organisation or agent.</summary>
    public required ActorKind Kind { get; init; }

    /// <summary>ISO alpha-3 code, or null for international bodies.</summary>
    public string? Country { get; init; }

    /// <summary>PLOVER/CAMEO sector code, or null for a state as a whole.</summary>
    public string? Sector { get; init; }

    /// <summary>Title of a person ("President").</summary>
    public string? Title { get; init; }

    /// <summary>Organisation short code ("UN", "NATO", "KCNA").</summary>
    public string? Org { get; init; }

    /// <summary>First character of the mention in the document.</summary>
    public int Start { get; init; }

    /// <summary>One past the last character.</summary>
    public int End { get; init; }

    /// <summary>
    /// Compact actor code: the country code, followed by the sector for people, agents and national bodies
    /// ("KOR", "KORGOV", "CHNMIL"); the organisation code for international bodies ("UN", "NATO").
    /// </summary>
    public string? Code => Country is null ? Org : Kind == ActorKind.State ? Country : Country + Sector;

    /// <summary>The country, or the organisation code for international bodies: what dyads are keyed by.</summary>
    public string? Key => Country ?? Org;

    /// <summary>True when two refs denote the same entity (same name and country), wherever they occur.</summary>
    public bool SameEntity(ActorRef other) =>
        string.Equals(Name, other.Name, StringComparison.OrdinalIgnoreCase) && Country == other.Country && Org == other.Org;
}

/// <summary>A location as it appears in an event record.</summary>
public sealed record PlaceRef
{
    /// <summary>The words in the text.</summary>
    public required string Text { get; init; }

    /// <summary>Canonical name.</summary>
    public required string Name { get; init; }

    /// <summary>ISO alpha-3 code of the country the place is in.</summary>
    public string? Country { get; init; }

    /// <summary>Latitude, when known.</summary>
    public double? Lat { get; init; }

    /// <summary>Longitude, when known.</summary>
    public double? Lon { get; init; }

    /// <summary>First character of the mention.</summary>
    public int Start { get; init; }

    /// <summary>One past the last character.</summary>
    public int End { get; init; }
}
