using System.Collections.Frozen;

namespace Tightrope.Text;

/// <summary>
/// Splits normalised text into sentences. Survives abbreviations ("U.S.", "Mr.", "Gen.", "Jan.", "No."),
/// initials and decimals; treats blank lines and headline lines as boundaries.
/// </summary>
public static class SentenceSplitter
{
    // Abbreviations that are never the last word of a sentence in news copy.
    private static readonly FrozenSet<string> s_titlesAndMonths = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm", "cmdr", "gov", "sen",
        "rep", "rev", "hon", "pres", "amb", "supt", "insp", "st", "ft", "mt", "messrs",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "no", "nos", "vol", "fig", "art", "sec", "vs", "approx", "dept", "est", "cf", "e.g", "i.e",
    ]);

    // Words that open a sentence but hardly ever follow an abbreviation such as "U.S." mid-sentence.
    private static readonly FrozenSet<string> s_sentenceStarters = FrozenSet.Create(StringComparer.Ordinal,
    [
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "His", "Her",
        "Its", "Their", "Our", "In", "On", "At", "But", "And", "Or", "So", "Yet", "After", "Before", "When", "While",
        "Meanwhile", "However", "Earlier", "Later", "Last", "Officials", "There", "Both", "Some", "Many", "Such",
        "If", "As", "Since", "During", "According", "Still", "Also", "Separately", "Analysts", "Asked",
    ]);

    /// <summary>Sentence spans of <paramref name="text"/> (already normalised), trimmed of whitespace.</summary>
    public static IReadOnlyList<TextSpan> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<TextSpan>();
        int start = 0;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (c == '\n')
            {
                if (IsLineBreakBoundary(text, i))
                {
                    Add(result, text, start, i);
                    start = i + 1;
                }

                i++;
                continue;
            }

            if (c is '.' or '!' or '?')
            {
                int end = i + 1;
                while (end < text.Length && (text[end] is '.' or '!' or '?' or '"' or '\'' or ')' or ']'))
                {
                    end++;
                }

                if (IsBoundary(text, i, end))
                {
                    Add(result, text, start, end);
                    start = end;
                }

                i = end;
                continue;
            }

            i++;
        }

        Add(result, text, start, text.Length);
        return result;
    }

    private static bool IsLineBreakBoundary(string text, int newline)
    {
        // A blank line always ends a sentence; a single newline does unless the next line continues in lower case.
        int next = newline + 1;
        while (next < text.Length && text[next] == ' ')
        {
            next++;
        }

        if (next >= text.Length || text[next] == '\n')
        {
            return true;
        }

        return !char.IsLower(text[next]);
    }

    private static bool IsBoundary(string text, int punct, int afterPunct)
    {
        if (afterPunct >= text.Length)
        {
            return true;
        }

        if (!char.IsWhiteSpace(text[afterPunct]))
        {
            return false; // "3.5", "U.S.-China", "example.com"
        }

        int next = afterPunct;
        while (next < text.Length && char.IsWhiteSpace(text[next]))
        {
            if (text[next] == '\n')
            {
                return true;
            }

            next++;
        }

        if (next >= text.Length)
        {
            return true;
        }

        char first = text[next];
        if (first is '"' or '\'' or '(' && next + 1 < text.Length)
        {
            first = text[next + 1];
        }

        if (!char.IsUpper(first) && !char.IsDigit(first))
        {
            return false;
        }

        if (text[punct] != '.')
        {
            return true;
        }

        ReadOnlySpan<char> word = WordBefore(text, punct);
        if (word.IsEmpty)
        {
            return true;
        }

        ReadOnlySpan<char> nextWord = WordAt(text, next);
        bool nextIsStarter = s_sentenceStarters.Contains(nextWord.ToString());
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return nextIsStarter; // an initial: "John F. Kennedy"
        }

        if (word.Contains('.'))
        {
            return nextIsStarter; // "U.S.", "U.N.", "a.m."
        }

        if (s_titlesAndMonths.Contains(word.ToString()))
        {
            return false;
        }

        return true;
    }

    private static ReadOnlySpan<char> WordBefore(string text, int punct)
    {
        int s = punct;
        while (s > 0 && (char.IsLetter(text[s - 1]) || (text[s - 1] == '.' && s - 2 >= 0 && char.IsLetter(text[s - 2]))))
        {
            s--;
        }

        return text.AsSpan(s, punct - s);
    }

    private static ReadOnlySpan<char> WordAt(string text, int start)
    {
        int e = start;
        while (e < text.Length && char.IsLetter(text[e]))
        {
            e++;
        }

        return text.AsSpan(start, e - start);
    }

    private static void Add(List<TextSpan> result, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start && HasLetterOrDigit(text.AsSpan(start, end - start)))
        {
            result.Add(new TextSpan(start, end));
        }
    }

    private static bool HasLetterOrDigit(ReadOnlySpan<char> span)
    {
        foreach (char c in span)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }
}
