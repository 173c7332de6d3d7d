namespace Tightrope.Actors;

/// <summary>A state or territory from <c>actors/countries.tsv</c>.</summary>
public sealed record CountryInfo(string Code, string Name, string Formal, string Capital, double? Lat, double? Lon)
{
    /// <summary>Names, aliases and abbreviations that name the state.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Demonyms and adjectives.</summary>
    public IReadOnlyList<string> Adjectives { get; init; } = [];

    /// <summary>Seats of power used as metonyms ("Kremlin").</summary>
    public IReadOnlyList<string> Seats { get; init; } = [];
}

/// <summary>One office held by a person over a period.</summary>
public sealed record Tenure(string? Country, string? Org, string Sector, string Title, DateOnly Start, DateOnly? End)
{
    /// <summary>True when the office was held on <paramref name="date"/>.</summary>
    public bool Covers(DateOnly date) => date >= Start && (End is null || date <= End.Value);
}

/// <summary>A person with name variants and the offices held.</summary>
public sealed record PersonInfo(string Name, string Short)
{
    /// <summary>Other spellings.</summary>
    public IReadOnlyList<string> Variants { get; init; } = [];

    /// <summary>Offices held, earliest first.</summary>
    public IReadOnlyList<Tenure> Tenures { get; init; } = [];

    /// <summary>The office held on <paramref name="date"/>, or the latest one when no date is known.</summary>
    public Tenure? TenureAt(DateOnly? date)
    {
        if (date is null)
        {
            return Tenures.Count == 0 ? null : Tenures[^1];
        }

        Tenure? found = null;
        foreach (var tenure in Tenures)
        {
            if (tenure.Covers(date.Value))
            {
                found = tenure; // the later of overlapping offices wins (e.g. minister then president)
            }
        }

        return found;
    }
}

/// <summary>A named organisation.</summary>
public sealed record OrganizationInfo(string Code, string Name, string? Country, string Sector)
{
    /// <summary>Other names and abbreviations.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];
}

/// <summary>A generic agent noun phrase with its sector.</summary>
public sealed record AgentInfo(string Phrase, string Sector)
{
    /// <summary>Plurals and other forms.</summary>
    public IReadOnlyList<string> Variants { get; init; } = [];
}

/// <summary>A title that precedes a person's name.</summary>
public sealed record TitleInfo(string Title, string Sector)
{
    /// <summary>Other surface forms.</summary>
    public IReadOnlyList<string> Variants { get; init; } = [];
}

/// <summary>A place usable as an event location.</summary>
public sealed record PlaceInfo(string Name, string Country, double Lat, double Lon)
{
    /// <summary>Other spellings.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];
}
