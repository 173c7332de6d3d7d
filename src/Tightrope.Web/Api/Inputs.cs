using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Tightrope.Analytics;
using Tightrope.Events;

namespace Tightrope.Web.Api;

/// <summary>
/// Reads and validates request values, collecting a message per bad field so that one 400 names them all. Handlers
/// take raw strings and validate here, so a malformed value never reaches the framework's own (non-ProblemDetails)
/// binding errors.
/// </summary>
internal sealed partial class Inputs
{
    private readonly Dictionary<string, string[]> _errors = new(StringComparer.Ordinal);

    /// <summary>No field is bad.</summary>
    public bool Valid => _errors.Count == 0;

    /// <summary>A 400 naming every bad field.</summary>
    public ValidationProblem Problem() => TypedResults.ValidationProblem(_errors,
        detail: string.Join("; ", _errors.Select(e => $"{e.Key}: {e.Value[0]}")), title: "Invalid request");

    /// <summary>Records a problem with <paramref name="field"/>.</summary>
    public void Fail(string field, string message) => _errors.TryAdd(field, [message]);

    /// <summary>A <c>YYYY-MM-DD</c> date.</summary>
    public DateOnly? Date(string field, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Fail(field, "must be a date YYYY-MM-DD");
        return null;
    }

    /// <summary>An actor key (country or organisation code), upper-cased.</summary>
    public string? Key(string field, string? value, bool required = false)
    {
        if (string.IsNullOrEmpty(value))
        {
            if (required)
            {
                Fail(field, "is required");
            }

            return null;
        }

        if (KeyPattern().IsMatch(value))
        {
            return value.ToUpperInvariant();
        }

        Fail(field, "must be an actor code of 2 to 12 letters or digits (e.g. KOR, UNSC)");
        return null;
    }

    /// <summary>Two actor keys separated by a comma.</summary>
    public (string A, string B)? Pair(string field, string? value, bool required = false)
    {
        if (string.IsNullOrEmpty(value))
        {
            if (required)
            {
                Fail(field, "is required: two actor codes separated by a comma (e.g. USA,CHN)");
            }

            return null;
        }

        string[] parts = value.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || !KeyPattern().IsMatch(parts[0]) || !KeyPattern().IsMatch(parts[1]))
        {
            Fail(field, "must be two actor codes separated by a comma (e.g. USA,CHN)");
            return null;
        }

        return (parts[0].ToUpperInvariant(), parts[1].ToUpperInvariant());
    }

    /// <summary>A POLECAT event type, upper-cased.</summary>
    public string? Type(string field, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (EventNames.TryParseType(value, out var type))
        {
            return type.Name();
        }

        Fail(field, "must be one of the 16 POLECAT types (CONSULT, ACCUSE …)");
        return null;
    }

    /// <summary>A modality, lower-cased.</summary>
    public string? Modality(string field, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (EventNames.TryParseModality(value, out var modality))
        {
            return modality.Name();
        }

        Fail(field, "must be asserted, intended, expected, hypothetical or negated");
        return null;
    }

    /// <summary>The period of a series.</summary>
    public Period Period(string field, string? value)
    {
        switch (value)
        {
            case null or "" or "month": return Analytics.Period.Month;
            case "day": return Analytics.Period.Day;
            case "week": return Analytics.Period.Week;
            case "year": return Analytics.Period.Year;
            default:
                Fail(field, "must be day, week, month or year");
                return Analytics.Period.Month;
        }
    }

    /// <summary>A whole number between 1 and <paramref name="max"/>.</summary>
    public int Limit(string field, string? value, int fallback, int max)
    {
        if (string.IsNullOrEmpty(value))
        {
            return fallback;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n >= 1 && n <= max)
        {
            return n;
        }

        Fail(field, $"must be a whole number from 1 to {max}");
        return fallback;
    }

    /// <summary>Free text of at most <paramref name="max"/> characters.</summary>
    public string? Text(string field, string? value, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (value.Length <= max)
        {
            return value.Trim();
        }

        Fail(field, $"must be at most {max} characters");
        return null;
    }

    /// <summary>Checks that <paramref name="since"/> is not after <paramref name="until"/>.</summary>
    public void Range(DateOnly? since, DateOnly? until)
    {
        if (since > until)
        {
            Fail("until", "must not be before since");
        }
    }

    [GeneratedRegex("^[A-Za-z0-9]{2,12}$")]
    private static partial Regex KeyPattern();
}
