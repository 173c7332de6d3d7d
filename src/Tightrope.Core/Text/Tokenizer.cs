namespace Tightrope.Text;

/// <summary>
/// Splits a sentence into tokens with character offsets. Hyphens between word characters are not tokens: the
/// following piece carries <see cref="TokenFlags.HyphenBefore"/>, so "Jae-myung" and "Jae myung" match alike.
/// Possessive "'s" and negative "n't" become tokens of their own.
/// </summary>
public static class Tokenizer
{
    /// <summary>Appends the tokens of <paramref name="text"/>[span] to <paramref name="output"/>.</summary>
    public static void Tokenize(string text, TextSpan span, List<Token> output)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(output);
        int i = span.Start;
        bool hyphenPending = false;
        while (i < span.End)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                hyphenPending = false;
                i++;
                continue;
            }

            if (c == '-' && i > span.Start && i + 1 < span.End && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(text[i + 1]))
            {
                hyphenPending = true;
                i++;
                continue;
            }

            var hyphen = hyphenPending ? TokenFlags.HyphenBefore : TokenFlags.None;
            hyphenPending = false;
            if (char.IsDigit(c) || (c is '$' or '€' or '£' or '¥' && i + 1 < span.End && char.IsDigit(text[i + 1])))
            {
                // "$200 million" is one amount: a gap in a trigger ("provide * aid") may run over it.
                int e = ScanNumber(text, char.IsDigit(c) ? i : i + 1, span.End);
                output.Add(new Token(i, e - i, TokenKind.Number, hyphen));
                i = e;
            }
            else if (char.IsLetter(c))
            {
                i = ScanWord(text, i, span.End, hyphen, output);
            }
            else if (c == '\'' && i + 1 < span.End && (text[i + 1] is 's' or 'S') && (i + 2 >= span.End || !char.IsLetter(text[i + 2])))
            {
                output.Add(new Token(i, 2, TokenKind.Word, TokenFlags.Possessive));
                i += 2;
            }
            else
            {
                var quote = c is '"' or '\'' or '\u201C' or '\u201D' or '\u2018' or '\u2019' ? TokenFlags.Quote : TokenFlags.None;
                output.Add(new Token(i, 1, TokenKind.Punctuation, hyphen | quote));
                i++;
            }
        }
    }

    private static int ScanNumber(string text, int i, int end)
    {
        int e = i;
        while (e < end && (char.IsDigit(text[e]) || ((text[e] is '.' or ',') && e + 1 < end && char.IsDigit(text[e + 1]))))
        {
            e++;
        }

        // "1990s", "5th", "20km": keep the unit or suffix attached.
        while (e < end && char.IsLetter(text[e]))
        {
            e++;
        }

        return e;
    }

    private static int ScanWord(string text, int start, int end, TokenFlags hyphen, List<Token> output)
    {
        int e = start;
        bool hasPeriods = false;
        while (e < end)
        {
            char ch = text[e];
            if (char.IsLetterOrDigit(ch))
            {
                e++;
            }
            else if (ch == '.' && e + 1 < end && char.IsLetter(text[e + 1]) && e > start && IsSingleLetterRun(text, start, e))
            {
                hasPeriods = true; // U.S., U.N., a.m.
                e++;
            }
            else if (ch == '\'' && e + 1 < end && char.IsLetter(text[e + 1]) && !IsClitic(text, e, end))
            {
                e++; // O'Brien, d'Ivoire
            }
            else
            {
                break;
            }
        }

        if (hasPeriods && e < end && text[e] == '.')
        {
            e++;
        }

        // "don't" → "do" + "n't", "isn't" → "is" + "n't" (and, as in the Penn Treebank, "can't" → "ca" + "n't")
        if (e - start >= 3 && e < end && text[e] == '\'' && e + 1 < end && text[e + 1] is 't' or 'T' && (text[e - 1] is 'n' or 'N'))
        {
            AddWord(text, start, e - 1 - start, hyphen, output);
            output.Add(new Token(e - 1, 3, TokenKind.Word, TokenFlags.Negation));
            return e + 2;
        }

        AddWord(text, start, e - start, hyphen, output);
        if (e < end && text[e] == '\'' && (e + 1 >= end || !char.IsLetter(text[e + 1])) && text[e - 1] is 's' or 'S')
        {
            output.Add(new Token(e, 1, TokenKind.Word, TokenFlags.Possessive)); // "allies'"
            return e + 1;
        }

        return e;
    }

    private static bool IsSingleLetterRun(string text, int start, int periodAt)
    {
        // Only "X.Y." shapes are abbreviations; "example.com" is not.
        int runStart = periodAt - 1;
        while (runStart > start && text[runStart - 1] != '.')
        {
            runStart--;
        }

        return periodAt - runStart == 1;
    }

    private static bool IsClitic(string text, int apostrophe, int end)
    {
        int restEnd = apostrophe + 1;
        while (restEnd < end && char.IsLetter(text[restEnd]))
        {
            restEnd++;
        }

        var rest = text.AsSpan(apostrophe + 1, restEnd - apostrophe - 1);
        return rest is "s" or "S" or "ll" or "ve" or "re" or "d" or "m"
            || (rest is "t" or "T" && text[apostrophe - 1] is 'n' or 'N');
    }

    private static void AddWord(string text, int start, int length, TokenFlags flags, List<Token> output)
    {
        if (length <= 0)
        {
            return;
        }

        var span = text.AsSpan(start, length);
        if (char.IsUpper(span[0]))
        {
            flags |= TokenFlags.Capitalized;
        }

        int letters = 0;
        bool allUpper = true;
        foreach (char ch in span)
        {
            if (char.IsLetter(ch))
            {
                letters++;
                if (!char.IsUpper(ch))
                {
                    allUpper = false;
                }
            }
        }

        if (allUpper && letters >= 2)
        {
            flags |= TokenFlags.AllCaps;
        }

        output.Add(new Token(start, length, TokenKind.Word, flags));
    }
}
