using Tightrope.Text;

namespace Tightrope.Actors;

/// <summary>
/// Finds actor and place mentions in a sentence: longest match against the catalog, then noun-phrase assembly
/// (demonym + title + name, agent + "in" + place), metonym-versus-place decisions and reference resolution.
/// Built once per pipeline; immutable and thread-safe.
/// </summary>
internal sealed partial class ActorMatcher
{
    private const int MaxPhraseTokens = 12;
    private readonly ActorCatalog _catalog;
    private readonly Vocabulary _vocabulary;
    private readonly PhraseTrie _trie = new();
    private readonly List<Phrase> _phrases = [];
    private readonly Dictionary<int, List<int>> _peopleByShortName = [];
    private readonly Dictionary<string, int> _personIndex = new(StringComparer.OrdinalIgnoreCase);
    private readonly Cues _cues;
    private readonly Func<ActorRef, string?> _surnameOf;

    public ActorMatcher(ActorCatalog catalog, Vocabulary vocabulary)
    {
        _catalog = catalog;
        _vocabulary = vocabulary;
        _cues = new Cues(vocabulary);
        _surnameOf = SurnameOf;
        for (int i = 0; i < catalog.Countries.Count; i++)
        {
            var c = catalog.Countries[i];
            AddPhrase(c.Name, PhraseKind.Country, i);
            if (!string.Equals(c.Formal, c.Name, StringComparison.Ordinal))
            {
                AddPhrase(c.Formal, PhraseKind.Country, i);
            }

            foreach (var a in c.Aliases)
            {
                AddPhrase(a, PhraseKind.Country, i);
            }

            foreach (var a in c.Adjectives)
            {
                AddPhrase(a, PhraseKind.Adjective, i);
            }

            if (c.Capital.Length > 0)
            {
                AddPhrase(c.Capital, PhraseKind.Capital, i);
            }

            foreach (var s in c.Seats)
            {
                AddPhrase(s, PhraseKind.Seat, i);
            }
        }

        for (int i = 0; i < catalog.People.Count; i++)
        {
            var p = catalog.People[i];
            _personIndex[p.Name] = i;
            AddPhrase(p.Name, PhraseKind.Person, i);
            foreach (var v in p.Variants)
            {
                AddPhrase(v, PhraseKind.Person, i);
            }

            int shortId = vocabulary.Intern(p.Short);
            if (!_peopleByShortName.TryGetValue(shortId, out var list))
            {
                _peopleByShortName[shortId] = list = [];
            }

            list.Add(i);
        }

        for (int i = 0; i < catalog.Organizations.Count; i++)
        {
            var o = catalog.Organizations[i];
            AddPhrase(o.Name, PhraseKind.Organization, i);
            foreach (var a in o.Aliases)
            {
                AddPhrase(a, PhraseKind.Organization, i);
            }

            if (o.Code.Length >= 2 && o.Code.All(char.IsAsciiLetterUpper))
            {
                AddPhrase(o.Code, PhraseKind.Organization, i);
            }
        }

        for (int i = 0; i < catalog.Agents.Count; i++)
        {
            var a = catalog.Agents[i];
            AddPhrase(a.Phrase, PhraseKind.Agent, i, caseSensitive: false);
            foreach (var v in a.Variants)
            {
                AddPhrase(v, PhraseKind.Agent, i, caseSensitive: false);
            }
        }

        for (int i = 0; i < catalog.Titles.Count; i++)
        {
            var t = catalog.Titles[i];
            AddPhrase(t.Title, PhraseKind.Title, i, caseSensitive: false);
            foreach (var v in t.Variants)
            {
                AddPhrase(v, PhraseKind.Title, i, caseSensitive: false);
            }
        }

        AddAmbiguousNames();
        for (int i = 0; i < catalog.Places.Count; i++)
        {
            var p = catalog.Places[i];
            AddPhrase(p.Name, PhraseKind.Place, i);
            foreach (var a in p.Aliases)
            {
                AddPhrase(a, PhraseKind.Place, i);
            }
        }
    }

    /// <summary>The catalog behind this matcher.</summary>
    public ActorCatalog Catalog => _catalog;

    private enum PhraseKind : byte
    {
        Person,
        Organization,
        Country,
        Capital,
        Seat,
        Adjective,
        Title,
        Agent,
        Place,
    }

    private void AddPhrase(string phrase, PhraseKind kind, int target, bool caseSensitive = true)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(phrase, new TextSpan(0, phrase.Length), tokens);
        if (tokens.Count == 0 || tokens.Count > MaxPhraseTokens)
        {
            return;
        }

        Span<int> ids = stackalloc int[tokens.Count];
        ulong mask = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            ids[i] = _vocabulary.Intern(phrase.Substring(t.Start, t.Length));
            if (caseSensitive)
            {
                ulong rule = t.Has(TokenFlags.AllCaps) && t.Length > 1 ? 2UL : t.Has(TokenFlags.Capitalized) ? 1UL : 0UL;
                mask |= rule << (2 * i);
            }
        }

        _trie.Add(ids, _phrases.Count);
        _phrases.Add(new Phrase(kind, target, mask, tokens.Count));
    }

    private readonly record struct Phrase(PhraseKind Kind, int Target, ulong CaseMask, int Length);

    private readonly record struct Atom(int First, int End, PhraseKind Kind, int Target);

    private static bool CaseFits(ulong mask, ReadOnlySpan<Token> tokens, int start, int length)
    {
        for (int i = 0; i < length; i++)
        {
            ulong rule = (mask >> (2 * i)) & 3UL;
            var flags = tokens[start + i].Flags;
            if (rule == 1 && (flags & (TokenFlags.Capitalized | TokenFlags.AllCaps | TokenFlags.HeadlineCapital)) == 0)
            {
                return false;
            }

            if (rule == 2 && (flags & TokenFlags.AllCaps) == 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Longest catalog phrase starting at token <paramref name="start"/>; returns its length (0 if none).</summary>
    private int LongestMatch(ReadOnlySpan<Token> tokens, int start, out Atom atom)
    {
        atom = default;
        Span<int> nodes = stackalloc int[MaxPhraseTokens];
        int node = 0;
        int depth = 0;
        for (int i = start; i < tokens.Length && depth < MaxPhraseTokens; i++)
        {
            node = _trie.Child(node, tokens[i].WordId);
            if (node < 0)
            {
                break;
            }

            nodes[depth++] = node;
        }

        for (int len = depth; len >= 1; len--)
        {
            var payloads = _trie.Payloads(nodes[len - 1]);
            if (payloads is null)
            {
                continue;
            }

            bool found = false;
            Phrase best = default;
            foreach (int p in payloads)
            {
                var phrase = _phrases[p];
                if (CaseFits(phrase.CaseMask, tokens, start, len) && (!found || phrase.Kind < best.Kind))
                {
                    best = phrase;
                    found = true;
                }
            }

            if (found)
            {
                atom = new Atom(start, start + len, best.Kind, best.Target);
                return len;
            }
        }

        return 0;
    }
}
