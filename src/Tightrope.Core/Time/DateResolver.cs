using System.Globalization;
using Tightrope.Text;

namespace Tightrope.Time;

/// <summary>
/// Resolves when an event happened from the story date and the time expressions of its sentence: weekdays (the
/// latest such day on or before the story date, or the next one for future events), today / yesterday /
/// tomorrow, last / next week, month and year, and explicit dates ("Jan. 5", "5 January 2026", "March 3").
/// Without any expression the story date is used with week precision.
/// </summary>
public static class DateResolver
{
    private const int MaxDistance = 10;

    private static readonly HashSet<string> s_temporalWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "today", "tonight", "yesterday",
        "tomorrow", "last", "next", "this", "past", "in", "january", "jan", "february", "feb", "march", "mar", "april",
        "apr", "may", "june", "jun", "july", "jul", "august", "aug", "september", "sept", "sep", "october", "oct",
        "november", "nov", "december", "dec",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_temporalLookup = s_temporalWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] s_weekdays = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

    private static readonly (string Name, int Month)[] s_months =
    [
        ("january", 1), ("jan", 1), ("february", 2), ("feb", 2), ("march", 3), ("mar", 3), ("april", 4), ("apr", 4),
        ("may", 5), ("june", 6), ("jun", 6), ("july", 7), ("jul", 7), ("august", 8), ("aug", 8), ("september", 9),
        ("sept", 9), ("sep", 9), ("october", 10), ("oct", 10), ("november", 11), ("nov", 11), ("december", 12), ("dec", 12),
    ];

    /// <summary>
    /// The date of an event whose trigger is token <paramref name="anchor"/> of <paramref name="sentence"/>;
    /// <paramref name="future"/> is true for intended or expected events (weekdays then point forward).
    /// </summary>
    public static ResolvedDate Resolve(Sentence sentence, DateOnly? storyDate, int anchor = 0, bool future = false)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        ResolvedDate best = default;
        int bestDistance = int.MaxValue;
        var tokens = sentence.Tokens;
        int last = Math.Min(tokens.Length, anchor + MaxDistance + 1);
        for (int i = Math.Max(0, anchor - MaxDistance); i < last; i++)
        {
            if (tokens[i].Kind == TokenKind.Punctuation || !MayStartExpression(sentence, i))
            {
                continue;
            }

            var found = TryExpressionAt(sentence, i, storyDate, future, out int end);
            if (found is { } later && !future && storyDate is { } story && later.Date > story)
            {
                found = null; // "agreed to expand exchanges next year": a reported event has happened by the story date
            }

            if (found is { } date && !IsPeriodStart(sentence, i))
            {
                // An expression far from the trigger usually dates something else ("remarks made … in November").
                int distance = Math.Abs(i - anchor);
                if (distance < bestDistance && distance <= MaxDistance)
                {
                    best = date with { Start = tokens[i].Start, End = tokens[end - 1].End };
                    bestDistance = distance;
                }

                i = end - 1;
            }
        }

        if (bestDistance != int.MaxValue)
        {
            return best;
        }

        return storyDate is null ? ResolvedDate.None : new ResolvedDate(storyDate, DatePrecision.Week);
    }

    // Cheap filter: every expression starts with a number, a capitalised word or one of a few lower-case words.
    private static bool MayStartExpression(Sentence s, int i)
    {
        var t = s.Tokens[i];
        if (t.Kind == TokenKind.Number || t.Has(TokenFlags.Capitalized))
        {
            return true;
        }

        var w = s.TokenText(i);
        return w.Length is >= 2 and <= 9 && w[0] is 't' or 'y' or 'l' or 'n' or 'p' or 'i' && (w.Length > 2 || w is "in");
    }

    // "since November", "until March": the edge of a period, not when the event happened.
    private static bool IsPeriodStart(Sentence sentence, int i) =>
        i > 0 && Is(sentence, i - 1, "since", "until", "till", "through", "before", "by", "from") && !IsYearRange(sentence, i);

    // "from 1998 to 2000", "between 2014 and 2016": a closed period in the past, dated by its first year.
    private static bool IsYearRange(Sentence s, int i) =>
        i > 0 && i + 2 < s.Tokens.Length && Is(s, i - 1, "from", "between") && YearAt(s, i) is not null
        && Is(s, i + 1, "to", "and") && YearAt(s, i + 2) is not null;

    private static ResolvedDate? TryExpressionAt(Sentence s, int i, DateOnly? story, bool future, out int end)
    {
        end = i + 1;
        var word = s.TokenText(i);
        if (s.Tokens[i].Kind != TokenKind.Number && !s_temporalLookup.Contains(word))
        {
            return null; // one hash lookup rules out almost every token
        }

        int weekday = IndexOf(s_weekdays, word);
        if (weekday >= 0 && story is { } d0 && char.IsUpper(word[0]))
        {
            int delta = ((int)d0.DayOfWeek - weekday + 7) % 7;
            var date = future && delta != 0 ? d0.AddDays(7 - delta) : d0.AddDays(-delta);
            return new ResolvedDate(date, DatePrecision.Day);
        }

        if (story is { } d)
        {
            if (Is(s, i, "today", "tonight"))
            {
                return new ResolvedDate(d, DatePrecision.Day);
            }

            if (Is(s, i, "yesterday"))
            {
                return new ResolvedDate(d.AddDays(-1), DatePrecision.Day);
            }

            if (Is(s, i, "tomorrow"))
            {
                return new ResolvedDate(d.AddDays(1), DatePrecision.Day);
            }

            if (i + 1 < s.Tokens.Length && Is(s, i, "last", "next", "this", "past"))
            {
                end = i + 2;
                int sign = Is(s, i, "next") ? 1 : Is(s, i, "this") ? 0 : -1;
                if (Is(s, i + 1, "week", "weekend"))
                {
                    return new ResolvedDate(d.AddDays(7 * sign), DatePrecision.Week);
                }

                if (Is(s, i + 1, "month"))
                {
                    var m = d.AddMonths(sign);
                    return new ResolvedDate(new DateOnly(m.Year, m.Month, 1), DatePrecision.Month);
                }

                if (Is(s, i + 1, "year"))
                {
                    return new ResolvedDate(new DateOnly(d.Year + sign, 1, 1), DatePrecision.Year);
                }

                if (Is(s, i + 1, "morning", "afternoon", "evening", "night") && sign == 0)
                {
                    return new ResolvedDate(d, DatePrecision.Day);
                }

                end = i + 1;
            }
        }

        int month = MonthAt(s, i);
        if (month > 0)
        {
            return MonthExpression(s, i, month, story, future, out end);
        }

        if (s.Tokens[i].Kind == TokenKind.Number && IsDayNumber(s.TokenText(i), out int dayFirst) && i + 1 < s.Tokens.Length)
        {
            int m2 = MonthAt(s, i + 1);
            if (m2 > 0)
            {
                // "5 January 2026"
                int monthEnd = MonthEnd(s, i + 1);
                int? year = YearAt(s, monthEnd);
                end = year is null ? monthEnd : monthEnd + 1;
                return DayDate(year, m2, dayFirst, story, future);
            }
        }

        if (i > 0 && Is(s, i - 1, "in") && YearAt(s, i) is { } y)
        {
            return new ResolvedDate(new DateOnly(y, 1, 1), DatePrecision.Year);
        }

        if (IsYearRange(s, i) && YearAt(s, i) is { } from)
        {
            end = i + 3;
            return new ResolvedDate(new DateOnly(from, 1, 1), DatePrecision.Year); // "fought a war from 1998 to 2000"
        }

        return null;
    }

    private static ResolvedDate? MonthExpression(Sentence s, int i, int month, DateOnly? story, bool future, out int end)
    {
        int after = MonthEnd(s, i);
        end = after;
        if (after < s.Tokens.Length && s.Tokens[after].Kind == TokenKind.Number && IsDayNumber(s.TokenText(after), out int day))
        {
            // "Jan. 5", "March 3, 2025"
            end = after + 1;
            int yearAt = end < s.Tokens.Length && s.TokenText(end) is "," ? end + 1 : end;
            int? year = YearAt(s, yearAt);
            if (year is not null)
            {
                end = yearAt + 1;
            }

            return DayDate(year, month, day, story, future);
        }

        // A bare "May" is too often the verb; require "in"/"last"/"early"/"late" or a year.
        int? y = YearAt(s, after);
        bool cued = i > 0 && Is(s, i - 1, "in", "early", "late", "mid", "last", "next", "during");
        if (y is null && !cued)
        {
            return null;
        }

        if (y is not null)
        {
            end = after + 1;
        }

        int year2 = y ?? InferYear(month, 1, story, future) ?? 0;
        return year2 == 0 ? null : new ResolvedDate(new DateOnly(year2, month, 1), DatePrecision.Month);
    }

    private static ResolvedDate? DayDate(int? year, int month, int day, DateOnly? story, bool future)
    {
        int? y = year ?? InferYear(month, day, story, future);
        if (y is null || day > DateTime.DaysInMonth(y.Value, month))
        {
            return null;
        }

        return new ResolvedDate(new DateOnly(y.Value, month, day), DatePrecision.Day);
    }

    private static int? InferYear(int month, int day, DateOnly? story, bool future)
    {
        if (story is null)
        {
            return null;
        }

        int year = story.Value.Year;
        int safeDay = Math.Min(day, DateTime.DaysInMonth(year, month));
        var candidate = new DateOnly(year, month, safeDay);
        if (!future && candidate > story.Value.AddDays(31))
        {
            return year - 1; // a December story speaking of "Jan. 5" means the coming one only for future events
        }

        if (future && candidate < story.Value.AddDays(-31))
        {
            return year + 1;
        }

        return year;
    }

    private static int MonthAt(Sentence s, int i)
    {
        if (s.Tokens[i].Kind != TokenKind.Word || !s.Tokens[i].Has(TokenFlags.Capitalized))
        {
            return 0;
        }

        var word = s.TokenText(i);
        foreach (var (name, month) in s_months)
        {
            if (word.Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                // Abbreviations must carry their period ("Jan.") unless followed by a day number.
                bool abbreviation = name.Length <= 4 && name is not "may" and not "june" and not "july";
                if (abbreviation && !(i + 1 < s.Tokens.Length && s.TokenText(i + 1) is "."))
                {
                    return i + 1 < s.Tokens.Length && s.Tokens[i + 1].Kind == TokenKind.Number ? month : 0;
                }

                return month;
            }
        }

        return 0;
    }

    private static int MonthEnd(Sentence s, int i) => i + 1 < s.Tokens.Length && s.TokenText(i + 1) is "." ? i + 2 : i + 1;

    private static int? YearAt(Sentence s, int i)
    {
        if (i >= s.Tokens.Length || s.Tokens[i].Kind != TokenKind.Number)
        {
            return null;
        }

        var text = s.TokenText(i);
        return text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int y) && y is >= 1900 and <= 2100 ? y : null;
    }

    private static bool IsDayNumber(ReadOnlySpan<char> text, out int day)
    {
        var digits = text;
        if (text.Length > 2 && (text.EndsWith("st") || text.EndsWith("nd") || text.EndsWith("rd") || text.EndsWith("th")))
        {
            digits = text[..^2];
        }

        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out day) && day is >= 1 and <= 31 && digits.Length <= 2;
    }

    private static int IndexOf(string[] names, ReadOnlySpan<char> word)
    {
        for (int i = 0; i < names.Length; i++)
        {
            if (word.Equals(names[i], StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    private static bool Is(Sentence s, int i, params ReadOnlySpan<string> words)
    {
        var text = s.TokenText(i);
        foreach (var w in words)
        {
            if (text.Equals(w, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
