namespace Tightrope.Analytics;

/// <summary>The time bucket of a series.</summary>
public enum Period
{
    /// <summary>Calendar day.</summary>
    Day,

    /// <summary>ISO week (starting Monday).</summary>
    Week,

    /// <summary>Calendar month.</summary>
    Month,

    /// <summary>Calendar year.</summary>
    Year,
}

/// <summary>Filters shared by the queries (all optional).</summary>
public sealed record EventFilter
{
    /// <summary>Actor key (country or organisation code).</summary>
    public string? Actor { get; init; }

    /// <summary>Recipient key.</summary>
    public string? Recipient { get; init; }

    /// <summary>Event type (POLECAT name).</summary>
    public string? Type { get; init; }

    /// <summary>First event date.</summary>
    public DateOnly? Since { get; init; }

    /// <summary>Last event date.</summary>
    public DateOnly? Until { get; init; }

    /// <summary>Modality.</summary>
    public string? Modality { get; init; }

    /// <summary>At most this many rows.</summary>
    public int? Limit { get; init; }
}
