using System.Collections.Frozen;

namespace Tightrope.Text;

/// <summary>
/// English lemmas by rule plus an irregular-form table. When a set of known lemmas is supplied, the candidate that
/// is known wins, which removes most guesswork ("pressed" → "press", "urged" → "urge", "planned" → "plan").
/// </summary>
public static class Lemmatizer
{
    private static readonly FrozenDictionary<string, string> s_irregular = BuildIrregular();

    /// <summary>The lemma of a lower-case word by rule alone.</summary>
    public static string Lemmatize(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        string lower = word.ToLowerInvariant();
        if (s_irregular.TryGetValue(lower, out var irregular))
        {
            return irregular;
        }

        if (lower.Length > 60)
        {
            return lower;
        }

        int n = RuleCandidates(lower, out var c1, out var c2, out var c3);
        if (n == 0)
        {
            return lower;
        }

        // Without a dictionary prefer the candidate that looks like an English stem.
        return n switch
        {
            1 => c1,
            _ => PickByShape(lower, c1, c2, c3, n),
        };
    }

    /// <summary>Irregular past forms, participles and plurals, lower case.</summary>
    internal static FrozenDictionary<string, string> Irregular => s_irregular;

    // Irregular forms that news uses mostly as nouns or adjectives ("ground forces", "left-wing", "frozen assets").
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_nominalForms = new[]
    {
        "ground", "bound", "wound", "left", "lit", "bid", "saw", "lay", "found", "broken", "frozen", "hidden", "sworn", "fallen",
        "stolen", "spoken", "written", "stricken", "given", "taken", "known", "grown", "drawn", "shown", "proven", "been", "being",
        "men", "women", "children", "crises", "analyses", "theses", "persons", "chiefs", "militias", "policies", "broadcasts",
        "forecasts", "says", "does", "goes", "is", "are", "am", "has",
    }.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether an irregular form is one news uses mostly as a noun or adjective ("ground", "frozen", "men").</summary>
    internal static bool IsNominalForm(ReadOnlySpan<char> lower) => s_nominalForms.Contains(lower);

    /// <summary>
    /// Writes up to three rule-based lemma candidates for a lower-case word, most likely first; returns the count.
    /// </summary>
    internal static int RuleCandidates(string lower, out string c1, out string c2, out string c3)
    {
        c1 = c2 = c3 = string.Empty;
        int len = lower.Length;
        if (len <= 3)
        {
            return 0;
        }

        if (lower.EndsWith("ies", StringComparison.Ordinal) || lower.EndsWith("ied", StringComparison.Ordinal))
        {
            c1 = string.Concat(lower.AsSpan(0, len - 3), "y");
            c2 = lower[..(len - 1)]; // "ties" → "tie"
            return 2;
        }

        if (lower.EndsWith("ing", StringComparison.Ordinal) && len > 5)
        {
            string stem = lower[..(len - 3)];
            c1 = stem;
            c2 = stem + "e";
            c3 = IsDoubled(stem) ? stem[..^1] : string.Empty;
            return c3.Length > 0 ? 3 : 2;
        }

        if (lower.EndsWith("ed", StringComparison.Ordinal) && len > 4)
        {
            string stem = lower[..(len - 2)];
            c1 = stem;
            c2 = lower[..(len - 1)];
            c3 = IsDoubled(stem) ? stem[..^1] : string.Empty;
            return c3.Length > 0 ? 3 : 2;
        }

        if (lower.EndsWith("es", StringComparison.Ordinal))
        {
            c1 = lower[..(len - 1)];
            c2 = lower[..(len - 2)];
            return 2;
        }

        if (lower[len - 1] == 's' && lower[len - 2] != 's' && lower[len - 2] != 'u' && lower[len - 2] != 'i')
        {
            c1 = lower[..(len - 1)];
            return 1;
        }

        return 0;
    }

    private static string PickByShape(string lower, string c1, string c2, string c3, int n)
    {
        if (lower.EndsWith("ies", StringComparison.Ordinal) || lower.EndsWith("ied", StringComparison.Ordinal))
        {
            return c1;
        }

        if (n == 3 && !c1.EndsWith("ss", StringComparison.Ordinal) && !c1.EndsWith("ll", StringComparison.Ordinal))
        {
            return c3; // planned → plan, shipping → ship
        }

        if (lower.EndsWith("es", StringComparison.Ordinal))
        {
            // "pushes" → "push", "urges" → "urge"
            return c2.EndsWith("sh", StringComparison.Ordinal) || c2.EndsWith("ch", StringComparison.Ordinal)
                || c2.EndsWith("ss", StringComparison.Ordinal) || c2.EndsWith('x') || c2.EndsWith('z') ? c2 : c1;
        }

        // The stem keeps its final e: "agreed" → "agree" (not "agre"), "argued" / "arguing" → "argue".
        if (c1.EndsWith('u') || (c1.EndsWith('e') && lower.EndsWith("ed", StringComparison.Ordinal)))
        {
            return c2;
        }

        // -ed / -ing: "urged" → "urge", "pressed" → "press", "voted" → "vote"
        return NeedsSilentE(c1) ? c2.EndsWith('e') ? c2 : c1 + "e" : c1;
    }

    private static bool NeedsSilentE(string stem)
    {
        if (stem.EndsWith('e'))
        {
            return false;
        }

        char last = stem[^1];
        char prev = stem.Length > 1 ? stem[^2] : ' ';
        if (last is 'v' or 'z' || (last == 'g' && prev is 'r' or 'd' or 'n' && stem.EndsWith("ng", StringComparison.Ordinal) is false))
        {
            return true; // "revolv", "seiz", "urg", "judg"
        }

        if (last == 'c' || (last == 's' && prev != 's' && IsVowel(prev)))
        {
            return true; // "announc", "clos", "oppos"
        }

        // consonant-vowel-consonant short stems often drop an e: "vot", "hop", "not", "stat", "invit".
        return stem.Length >= 3 && !IsVowel(last) && last is not 'w' and not 'x' and not 'y' && IsVowel(prev)
            && !IsVowel(stem[^3]) && last is 't' or 'k' or 'p' or 'd' && !stem.EndsWith("ect", StringComparison.Ordinal)
            && stem.Length <= 6 && prev != 'e' && !stem.EndsWith("it", StringComparison.Ordinal);
    }

    private static bool IsDoubled(string stem) =>
        stem.Length >= 3 && stem[^1] == stem[^2] && !IsVowel(stem[^1]) && stem[^1] is not 'l' and not 's' and not 'z' and not 'f';

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static FrozenDictionary<string, string> BuildIrregular()
    {
        // Each row: lemma followed by its irregular forms.
        string[] rows =
        [
            "be am is are was were been being", "have has had having", "do does did done", "go goes went gone",
            "meet met", "hold held", "fight fought", "strike struck stricken", "shoot shot", "seek sought",
            "tell told", "say said says", "give gave given", "take took taken", "send sent", "speak spoke spoken",
            "begin began begun", "break broke broken", "bring brought", "build built", "buy bought", "come came",
            "draw drew drawn", "drive drove driven", "fall fell fallen", "feel felt", "fly flew flown", "forbid forbade forbidden",
            "freeze froze frozen", "get got gotten", "grow grew grown", "hang hung", "keep kept", "know knew known",
            "lay laid", "lead led", "leave left", "lend lent", "lose lost", "make made", "mean meant", "pay paid",
            "rise rose risen", "run ran", "see saw seen", "sell sold", "sit sat", "slay slew slain", "spend spent",
            "stand stood", "steal stole stolen", "stick stuck", "swear swore sworn", "teach taught", "throw threw thrown",
            "understand understood", "undertake undertook undertaken", "uphold upheld", "withdraw withdrew withdrawn",
            "withhold withheld", "write wrote written", "win won", "bear bore borne", "blow blew blown", "choose chose chosen",
            "deal dealt", "dig dug", "feed fed", "flee fled", "forgive forgave forgiven", "forget forgot forgotten",
            "hide hid hidden", "overtake overtook overtaken", "overrun overran", "oversee oversaw overseen", "rebuild rebuilt",
            "shake shook shaken", "show showed shown", "sink sank sunk", "sing sang sung", "slide slid", "speed sped",
            "spin spun", "stride strode", "strive strove striven", "swing swung", "tear tore torn", "think thought",
            "wake woke woken", "wear wore worn", "weep wept", "wind wound", "arise arose arisen", "awake awoke",
            "bind bound", "bite bit bitten", "catch caught", "cling clung", "creep crept", "fling flung", "foresee foresaw foreseen",
            "forsake forsook forsaken", "grind ground", "hear heard", "mislead misled", "outdo outdid", "overcome overcame",
            "override overrode overridden", "overthrow overthrew overthrown", "ride rode ridden", "ring rang rung",
            "seek sought", "shine shone", "shrink shrank shrunk", "sleep slept", "smite smote", "sting stung",
            "strike struck", "swim swam swum", "undergo underwent undergone", "withstand withstood", "find found",
            "light lit", "prove proved proven", "bid bade", "broadcast broadcasts", "forecast forecasts",
            "man men", "woman women", "child children", "crisis crises", "analysis analyses", "thesis theses",
            "person persons", "chief chiefs", "militia militias", "policy policies", "use used uses using",
        ];

        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var parts = row.Split(' ');
            for (int i = 1; i < parts.Length; i++)
            {
                map.TryAdd(parts[i], parts[0]);
            }
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
