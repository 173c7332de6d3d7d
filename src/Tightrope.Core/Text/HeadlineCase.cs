using System.Collections.Frozen;

namespace Tightrope.Text;

/// <summary>
/// Headlines are often set in title case ("Kenyan Police Fire Tear Gas at Protesters"), where a capital is no sign
/// of a name and name assembly would read "Kenyan Police Fire Tear Gas" as a person. In such a sentence the
/// ordinary words lose <see cref="TokenFlags.Capitalized"/> and gain <see cref="TokenFlags.HeadlineCapital"/>.
/// </summary>
internal static class HeadlineCase
{
    /// <summary>Words of this length or more show the sentence's case; shorter ones ("of", "in", "at") often stay low.</summary>
    private const int TellingLength = 4;

    /// <summary>
    /// Long prepositions and conjunctions that many styles leave in lower case inside a title-case headline
    /// ("Sign Ceasefire over Border Dispute"). A short closed list of English function words, so written here.
    /// </summary>
    private static readonly FrozenSet<string> s_lowerInTitles = FrozenSet.Create(StringComparer.Ordinal,
        "about", "above", "across", "after", "against", "amid", "among", "before", "behind", "below", "beside",
        "between", "beyond", "despite", "down", "during", "following", "from", "inside", "into", "near", "onto", "outside",
        "over", "past", "since", "than", "that", "through", "toward", "towards", "under", "until", "upon", "while",
        "with", "within", "without");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_lowerLookup =
        s_lowerInTitles.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>True when <see cref="Apply"/> found the sentence to be a title-case headline.</summary>
    public static bool IsHeadline(Token[] tokens)
    {
        foreach (var t in tokens)
        {
            if (t.Has(TokenFlags.HeadlineCapital))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Rewrites <paramref name="tokens"/>' flags in place when the sentence is a title-case headline.</summary>
    public static void Apply(string text, Token[] tokens, Vocabulary vocabulary)
    {
        if (!IsTitleCase(text, tokens, vocabulary))
        {
            return;
        }

        for (int i = 1; i < tokens.Length; i++)
        {
            var t = tokens[i];
            if (IsCommonCapital(t, vocabulary))
            {
                tokens[i] = t with { Flags = (t.Flags & ~TokenFlags.Capitalized) | TokenFlags.HeadlineCapital };
            }
        }
    }

    /// <summary>
    /// Title case: after the first word, every word of <see cref="TellingLength"/> letters or more is capitalised
    /// (long prepositions aside), and at least one of them is an ordinary word. Prose nearly always has a long
    /// lower-case word.
    /// </summary>
    private static bool IsTitleCase(string text, Token[] tokens, Vocabulary vocabulary)
    {
        bool ordinary = false;
        for (int i = 1; i < tokens.Length; i++)
        {
            var t = tokens[i];
            if (t.Kind != TokenKind.Word || t.Length < TellingLength)
            {
                continue;
            }

            if (!t.Has(TokenFlags.Capitalized))
            {
                if (s_lowerLookup.Contains(text.AsSpan(t.Start, t.Length)))
                {
                    continue;
                }

                return false;
            }

            ordinary |= IsCommonCapital(t, vocabulary);
        }

        return ordinary;
    }

    private static bool IsCommonCapital(Token t, Vocabulary vocabulary) =>
        t.Kind == TokenKind.Word && t.Has(TokenFlags.Capitalized) && !t.Has(TokenFlags.AllCaps)
        && (vocabulary.IsCommon(t.WordId) || vocabulary.IsCommon(t.LemmaId));
}
