using Tightrope.Actors;
using Tightrope.Data;
using Tightrope.Text;

namespace Tightrope.Events;

/// <summary>A trigger found in a sentence.</summary>
/// <param name="Rule">The lexicon rule.</param>
/// <param name="First">First token.</param>
/// <param name="End">One past the last token.</param>
internal readonly record struct TriggerMatch(TriggerRule Rule, int First, int End);

/// <summary>
/// The trigger lexicon compiled to a trie over lemma ids, with gap edges for patterns such as "press * to".
/// Immutable after construction.
/// </summary>
internal sealed class TriggerLexicon
{
    private const int GapWord = -2;
    private const int MaxGap = 6;
    private static readonly string[] s_header = ["pattern", "type", "mode", "cameo", "contexts", "slots", "flags"];
    private readonly PhraseTrie _trie = new();
    private readonly List<TriggerRule> _rules = [];
    private readonly Vocabulary _vocabulary;

    private TriggerLexicon(Vocabulary vocabulary) => _vocabulary = vocabulary;

    /// <summary>True when some rule starting with this lemma can be read as a verb.</summary>
    public bool HasVerbReading(int lemmaId) => lemmaId >= 0 && _verbFirstWords.Contains(lemmaId);

    private readonly HashSet<int> _verbFirstWords = [];
    private readonly Dictionary<int, EventType> _eventNouns = [];

    /// <summary>The event type of a single-word noun trigger ("launch", "criticism"), if the lemma is one.</summary>
    public EventType? EventNoun(int lemmaId) => lemmaId >= 0 && _eventNouns.TryGetValue(lemmaId, out var t) ? t : null;

    /// <summary>All rules.</summary>
    public IReadOnlyList<TriggerRule> Rules => _rules;

    /// <summary>Loads the embedded lexicon.</summary>
    public static TriggerLexicon LoadEmbedded(Vocabulary vocabulary, CameoTable cameo, List<DataError> errors) =>
        Load("lexicon/triggers.tsv", EmbeddedData.Read("lexicon/triggers.tsv") ?? string.Empty, vocabulary, cameo, errors);

    /// <summary>Parses and validates a lexicon source.</summary>
    public static TriggerLexicon Load(string file, string content, Vocabulary vocabulary, CameoTable cameo, List<DataError> errors)
    {
        var lexicon = new TriggerLexicon(vocabulary);
        foreach (var row in TsvTable.Parse(file, content, s_header, errors))
        {
            var rule = lexicon.ParseRule(row, cameo, errors, out var words);
            if (rule is null)
            {
                continue;
            }

            lexicon._trie.Add(words, lexicon._rules.Count);
            if (!rule.Has(TriggerFlags.NounOnly))
            {
                lexicon._verbFirstWords.Add(words[0]);
            }
            else if (!rule.IsStop)
            {
                lexicon._eventNouns.TryAdd(words[^1], rule.Type);
            }

            lexicon._rules.Add(rule);
        }

        return lexicon;
    }

    private TriggerRule? ParseRule(TsvRow row, CameoTable cameo, List<DataError> errors, out int[] words)
    {
        words = [];
        bool stop = row[1] == "NONE";
        var type = EventType.Consult;
        if (!stop && !EventNames.TryParseType(row[1], out type))
        {
            errors.Add(new DataError(row.File, row.Line, $"unknown event type '{row[1]}'"));
            return null;
        }

        string? mode = row[2].Length == 0 ? null : row[2];
        if (mode is not null && !stop && !cameo.HasMode(type, mode))
        {
            errors.Add(new DataError(row.File, row.Line, $"'{mode}' is not a mode of {type.Name()}"));
            return null;
        }

        string code = row[3].Length == 0 ? cameo.DefaultCode(type, mode) : row[3];
        if (!cameo.Contains(code))
        {
            errors.Add(new DataError(row.File, row.Line, $"unknown CAMEO code '{code}'"));
            return null;
        }

        var ids = new List<int>();
        int literal = 0;
        foreach (var part in row[0].Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == "*")
            {
                if (ids.Count == 0)
                {
                    errors.Add(new DataError(row.File, row.Line, "a pattern cannot start with '*'"));
                    return null;
                }

                ids.Add(GapWord);
                continue;
            }

            var tokens = new List<Token>();
            Tokenizer.Tokenize(part, new TextSpan(0, part.Length), tokens);
            foreach (var t in tokens)
            {
                ids.Add(_vocabulary.Intern(part.Substring(t.Start, t.Length)));
                literal++;
            }
        }

        if (literal == 0)
        {
            errors.Add(new DataError(row.File, row.Line, "empty pattern"));
            return null;
        }

        var slots = new List<RecipientSlot>();
        foreach (var s in row.List(5))
        {
            slots.Add(s switch
            {
                "obj" => new RecipientSlot(SlotKind.Object, s, -1),
                "none" => new RecipientSlot(SlotKind.None, s, -1),
                _ => new RecipientSlot(SlotKind.Preposition, s, _vocabulary.Intern(s)),
            });
        }

        var flags = TriggerFlags.None;
        foreach (var f in row[6].Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var flag = f switch
            {
                "V" => TriggerFlags.VerbOnly,
                "N" => TriggerFlags.NounOnly,
                "R" => TriggerFlags.Reciprocal,
                "!to" => TriggerFlags.NotBeforeTo,
                "!on" => TriggerFlags.NotBeforeOn,
                "S" => TriggerFlags.SocietalActor,
                "Q" => TriggerFlags.RecipientRequired,
                "D" => TriggerFlags.Domestic,
                "I" => TriggerFlags.Inverse,
                "J" => TriggerFlags.JointWhenShared,
                _ => (TriggerFlags)(-1),
            };
            if (flag == (TriggerFlags)(-1))
            {
                errors.Add(new DataError(row.File, row.Line, $"unknown flag '{f}'"));
                return null;
            }

            flags |= flag;
        }

        words = [.. ids];
        return new TriggerRule
        {
            Pattern = row[0],
            Type = type,
            IsStop = stop,
            Mode = mode,
            Cameo = code,
            Contexts = row.List(4),
            Slots = slots,
            Flags = flags,
            LiteralCount = literal,
            Line = row.Line,
        };
    }

    /// <summary>
    /// Every rule matching at token <paramref name="start"/>, with its end; gaps never cross punctuation other than quotation marks.
    /// </summary>
    public void MatchAt(Token[] tokens, int start, List<TriggerMatch> output)
    {
        Walk(tokens, 0, start, start, output, depth: 0);
    }

    private void Walk(Token[] tokens, int node, int pos, int start, List<TriggerMatch> output, int depth)
    {
        if (depth > 0 && _trie.Payloads(node) is { } payloads)
        {
            foreach (int p in payloads)
            {
                output.Add(new TriggerMatch(_rules[p], start, pos));
            }
        }

        if (depth > 8)
        {
            return;
        }

        if (pos < tokens.Length)
        {
            var t = tokens[pos];
            int byLemma = _trie.Child(node, t.LemmaId);
            if (byLemma >= 0)
            {
                Walk(tokens, byLemma, pos + 1, start, output, depth + 1);
            }

            int bySurface = t.WordId != t.LemmaId ? _trie.Child(node, t.WordId) : -1;
            if (bySurface >= 0)
            {
                Walk(tokens, bySurface, pos + 1, start, output, depth + 1);
            }
        }

        int gap = depth > 0 ? _trie.Child(node, GapWord) : -1;
        if (gap < 0)
        {
            return;
        }

        for (int skip = 0; skip <= MaxGap && pos + skip < tokens.Length; skip++)
        {
            if (skip > 0 && tokens[pos + skip - 1].Kind == TokenKind.Punctuation && !tokens[pos + skip - 1].Has(TokenFlags.Quote))
            {
                break; // gaps never cross punctuation, except quotation marks ("called the action "regrettable"")
            }

            int at = pos + skip;
            var t = tokens[at];
            int next = _trie.Child(gap, t.LemmaId);
            if (next < 0 && t.WordId != t.LemmaId)
            {
                next = _trie.Child(gap, t.WordId);
            }

            if (next >= 0)
            {
                Walk(tokens, next, at + 1, start, output, depth + 1);
            }
        }
    }
}
