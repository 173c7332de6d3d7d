namespace Tightrope.Time;

/// <summary>How precisely an event date is known (the record contract's <c>date_precision</c>).</summary>
public enum DatePrecision
{
    /// <summary>The day is stated or follows from a weekday or relative day.</summary>
    Day,

    /// <summary>Known to the week ("last week"), or assumed from the story date when the sentence gives no time.</summary>
    Week,

    /// <summary>Known to the month ("in March", "last month").</summary>
    Month,

    /// <summary>Known to the year ("in 2019", "last year").</summary>
    Year,

    /// <summary>No date at all (no story date and nothing in the sentence).</summary>
    Unknown,
}

/// <summary>An event date with its precision.</summary>
/// <param name="Date">The date (the first day of the period for week/month/year precision), or null.</param>
/// <param name="Precision">How precise it is.</param>
/// <param name="Start">First character of the time expression in the document, or -1 when none was used.</param>
/// <param name="End">One past its last character, or -1.</param>
public readonly record struct ResolvedDate(DateOnly? Date, DatePrecision Precision, int Start = -1, int End = -1)
{
    /// <summary>No date known.</summary>
    public static ResolvedDate None => new(null, DatePrecision.Unknown);
}
