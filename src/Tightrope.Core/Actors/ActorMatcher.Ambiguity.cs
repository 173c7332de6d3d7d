using Tightrope.Text;

namespace Tightrope.Actors;

/// <summary>
/// Names that mean different things in different contexts. The catalog files stay unambiguous; the readings that
/// need context are decided here, each rule a small test of the words around the name:
/// <list type="bullet">
/// <item>"Congo" alone is the DRC unless the text speaks of Brazzaville; "Korea" alone is South Korea, and
/// "the (two) Koreas" are both.</item>
/// <item>"Georgia" is the US state after "state of", before "governor"/"senator"/"county", after "Atlanta,", or
/// as a place in a sentence about the United States without Georgian cues.</item>
/// <item>"Jordan", "Chad", "Georgia", "Israel" next to another capitalised name are people ("Michael Jordan",
/// "Jordan Bardella"), not states.</item>
/// </list>
/// </summary>
internal sealed partial class ActorMatcher
{
    private static readonly HashSet<string> s_personLikeStates = new(StringComparer.Ordinal) { "Jordan", "Chad", "Georgia", "Israel" };
    private static readonly HashSet<string> s_usStateFollowers = new(StringComparer.OrdinalIgnoreCase)
    {
        "state", "governor", "senator", "senators", "county", "counties", "republican", "republicans", "democrat", "democrats",
        "legislature", "lawmakers", "voters", "primary", "attorney", "secretary",
    };

    private static readonly HashSet<string> s_georgianCues = new(StringComparer.OrdinalIgnoreCase)
    {
        "Tbilisi", "Georgian", "Georgians", "Caucasus", "Abkhazia", "Ossetia", "Batumi", "Kutaisi",
    };

    private static readonly HashSet<string> s_usCities = new(StringComparer.OrdinalIgnoreCase) { "Atlanta", "Savannah", "Augusta", "Macon", "Athens", "Columbus" };

    private int _congo = -1;
    private int _congoBrazzaville = -1;
    private int _korea = -1;
    private int _unitedStates = -1;

    /// <summary>Adds the context-dependent names to the trie (called once by the constructor).</summary>
    private void AddAmbiguousNames()
    {
        for (int i = 0; i < _catalog.Countries.Count; i++)
        {
            switch (_catalog.Countries[i].Code)
            {
                case "COD": _congo = i; break;
                case "COG": _congoBrazzaville = i; break;
                case "KOR": _korea = i; break;
                case "USA": _unitedStates = i; break;
            }
        }

        if (_congo >= 0)
        {
            AddPhrase("Congo", PhraseKind.Country, _congo);
        }

        if (_korea >= 0)
        {
            AddPhrase("Korea", PhraseKind.Country, _korea);
        }
    }

    /// <summary>
    /// Re-reads an ambiguous country atom in context: returns the atom to use (possibly another country), or null
    /// when the words are not a state at all (a person's name, a US state handled as a place by the caller).
    /// </summary>
    private Atom? Disambiguate(AssemblyState s, Atom a, out Mention? replacement)
    {
        replacement = null;
        if (a.Kind != PhraseKind.Country)
        {
            return a;
        }

        var sentence = s.Sentence;
        var tokens = s.Tokens;
        string surface = sentence.TextOf(a.First, a.End);
        if (s_personLikeStates.Contains(surface) && IsPartOfPersonName(s, a))
        {
            return null; // "Michael Jordan", "Jordan Bardella"
        }

        if (surface == "Georgia" && IsUsState(s, a))
        {
            var usa = _unitedStates >= 0 ? _catalog.Countries[_unitedStates] : null;
            replacement = new Mention
            {
                FirstToken = a.First,
                EndToken = a.End,
                Role = MentionRole.Locative,
                Reason = "Georgia read as the US state from its context",
                Place = new PlaceRef
                {
                    Text = surface,
                    Name = "Georgia (US state)",
                    Country = usa?.Code ?? "USA",
                    Lat = 32.65,
                    Lon = -83.44,
                    Start = tokens[a.First].Start,
                    End = tokens[a.End - 1].End,
                },
            };
            return null;
        }

        if (a.Target == _congo && surface == "Congo" && _congoBrazzaville >= 0 && MentionsBrazzaville(sentence))
        {
            return a with { Target = _congoBrazzaville };
        }

        if (a.Target == _korea && surface == "Korea" && a.End < tokens.Length && sentence.TokenText(a.End) is "Peninsula" or "peninsula")
        {
            return null; // "the Korean Peninsula" is a place, not South Korea
        }

        return a;
    }

    private bool IsPartOfPersonName(AssemblyState s, Atom a)
    {
        var tokens = s.Tokens;
        bool NameLike(int i) => i >= 0 && i < tokens.Length && tokens[i].Kind == TokenKind.Word && tokens[i].Has(TokenFlags.Capitalized)
            && !tokens[i].Has(TokenFlags.AllCaps) && !_cues.NotNames.Contains(tokens[i]) && !s.Atoms.Exists(x => x.First <= i && i < x.End);
        return NameLike(a.End) || NameLike(a.First - 1);
    }

    private static bool IsUsState(AssemblyState s, Atom a)
    {
        var sentence = s.Sentence;
        var tokens = s.Tokens;
        if (a.End < tokens.Length && s_usStateFollowers.Contains(sentence.TokenText(a.End).ToString()))
        {
            return true;
        }

        if (a.First >= 2 && sentence.TokenText(a.First - 1) is "of" && sentence.TokenText(a.First - 2) is "state" or "State")
        {
            return true;
        }

        if (a.First >= 2 && sentence.TokenText(a.First - 1) is "," && s_usCities.Contains(sentence.TokenText(a.First - 2).ToString()))
        {
            return true;
        }

        bool locative = a.First > 0 && sentence.TokenText(a.First - 1) is "in" or "In";
        if (!locative)
        {
            return false;
        }

        bool american = false;
        for (int i = 0; i < tokens.Length; i++)
        {
            var word = sentence.TokenText(i).ToString();
            if (s_georgianCues.Contains(word))
            {
                return false;
            }

            american |= word is "US" or "U.S." or "American" or "Americans" or "United" || s_usCities.Contains(word);
        }

        return american;
    }

    private static bool MentionsBrazzaville(Sentence sentence)
    {
        string text = sentence.DocumentText;
        return text.Contains("Brazzaville", StringComparison.Ordinal) || text.Contains("Republic of Congo", StringComparison.Ordinal)
            && !text.Contains("Democratic Republic of Congo", StringComparison.Ordinal);
    }
}
