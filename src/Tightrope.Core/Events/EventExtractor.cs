using Tightrope.Actors;
using Tightrope.Text;
using Tightrope.Time;

namespace Tightrope.Events;

/// <summary>
/// Codes the events of one sentence: finds triggers, assigns actor and recipient from each trigger's argument
/// frame over a shallow clause analysis, and decides modality, date and location. Immutable and thread-safe.
/// </summary>
internal sealed partial class EventExtractor
{
    // Events between two parties make no sense without the second party.
    private static readonly HashSet<EventType> s_dyadicTypes = [EventType.Consult, EventType.Cooperate, EventType.Support, EventType.Aid];

    private readonly TriggerLexicon _lexicon;
    private readonly CameoTable _cameo;
    private readonly EventCues _cues;
    private readonly Vocabulary _vocabulary;

    public EventExtractor(TriggerLexicon lexicon, CameoTable cameo, Vocabulary vocabulary)
    {
        _lexicon = lexicon;
        _cameo = cameo;
        _vocabulary = vocabulary;
        _cues = new EventCues(vocabulary);
    }

    /// <summary>Appends the events of <paramref name="sentence"/> to <paramref name="output"/>.</summary>
    public void Extract(Sentence sentence, IReadOnlyList<Mention> mentions, DateOnly? storyDate, List<CodedEvent> output)
    {
        var tokens = sentence.Tokens;
        if (tokens.Length == 0)
        {
            return;
        }

        var mentionAt = MentionIndex(tokens.Length, mentions);
        var triggers = FindTriggers(sentence, mentionAt, mentions);
        if (triggers.Count == 0)
        {
            return;
        }

        var verbalStarts = new bool[tokens.Length];
        foreach (var tr in triggers)
        {
            verbalStarts[tr.First] = !IsNominal(sentence, tr, mentionAt, mentions);
        }

        var clauses = ClauseMap.Build(sentence, mentions, _cues, i => IsVerbish(sentence, i, verbalStarts));
        var context = new SentenceContext(sentence, mentions, mentionAt, clauses, triggers, storyDate);
        foreach (var trigger in triggers)
        {
            CodeTrigger(context, trigger, output);
        }
    }

    private sealed record SentenceContext(Sentence Sentence, IReadOnlyList<Mention> Mentions, int[] MentionAt, ClauseMap Clauses,
        List<TriggerMatch> Triggers, DateOnly? StoryDate)
    {
        public Token[] Tokens => Sentence.Tokens;
    }

    private static int[] MentionIndex(int tokenCount, IReadOnlyList<Mention> mentions)
    {
        var index = new int[tokenCount];
        Array.Fill(index, -1);
        for (int m = 0; m < mentions.Count; m++)
        {
            for (int t = mentions[m].FirstToken; t < mentions[m].EndToken; t++)
            {
                index[t] = m;
            }
        }

        return index;
    }

    /// <summary>Non-overlapping triggers: more literal words first, then longer spans, then earlier.</summary>
    private List<TriggerMatch> FindTriggers(Sentence sentence, int[] mentionAt, IReadOnlyList<Mention> mentions)
    {
        var tokens = sentence.Tokens;
        var candidates = new List<TriggerMatch>();
        Func<int, bool> barrier = i => tokens[i].Kind == TokenKind.Punctuation && sentence.TokenText(i) is not "-";
        for (int i = 0; i < tokens.Length; i++)
        {
            if (tokens[i].Kind != TokenKind.Word || tokens[i].LemmaId < 0)
            {
                continue;
            }

            int m = mentionAt[i];
            if (m >= 0 && mentions[m].Role == MentionRole.Argument && mentions[m].Actor?.Kind != ActorKind.Agent)
            {
                continue; // inside a name ("Support Group", "Strike Force")
            }

            int before = candidates.Count;
            _lexicon.MatchAt(tokens, i, barrier, candidates);
            for (int c = candidates.Count - 1; c >= before; c--)
            {
                if (!UsageFits(sentence, candidates[c], mentionAt, mentions))
                {
                    candidates.RemoveAt(c);
                }
            }
        }

        candidates.Sort(static (a, b) =>
        {
            int byLiteral = b.Rule.LiteralCount.CompareTo(a.Rule.LiteralCount);
            if (byLiteral != 0)
            {
                return byLiteral;
            }

            int bySpan = (b.End - b.First).CompareTo(a.End - a.First);
            return bySpan != 0 ? bySpan : a.First.CompareTo(b.First);
        });

        var taken = new bool[tokens.Length];
        var chosen = new List<TriggerMatch>();
        foreach (var c in candidates)
        {
            if (taken[c.First] || taken[c.End - 1])
            {
                continue;
            }

            for (int t = c.First; t < c.End; t++)
            {
                taken[t] = true;
            }

            chosen.Add(c);
        }

        chosen.Sort(static (a, b) => a.First.CompareTo(b.First));
        return chosen;
    }

    private bool UsageFits(Sentence sentence, TriggerMatch match, int[] mentionAt, IReadOnlyList<Mention> mentions)
    {
        var rule = match.Rule;
        var tokens = sentence.Tokens;
        if (rule.Has(TriggerFlags.NotBeforeTo) && match.End < tokens.Length && _cues.To.Contains(tokens[match.End]))
        {
            return false;
        }

        if (rule.Has(TriggerFlags.NotBeforeOn) && match.End < tokens.Length && _cues.On.Contains(tokens[match.End]))
        {
            return false;
        }

        bool single = rule.LiteralCount == 1;
        if (single && rule.Has(TriggerFlags.NounOnly) && !IsNominal(sentence, match, mentionAt, mentions))
        {
            return false;
        }

        if (rule.Has(TriggerFlags.VerbOnly) && IsNominal(sentence, match, mentionAt, mentions))
        {
            return false;
        }

        return true;
    }

    /// <summary>Whether the trigger's first word is used as a noun here.</summary>
    private bool IsNominal(Sentence sentence, TriggerMatch match, int[] mentionAt, IReadOnlyList<Mention> mentions)
    {
        var tokens = sentence.Tokens;
        int i = match.First;
        var word = sentence.TokenText(i);
        if (word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && word.Length > 4)
        {
            return false;
        }

        if (i == 0)
        {
            return true; // news sentences rarely open with a verb: "Talks between …", "Attacks on …"
        }

        var prev = tokens[i - 1];
        if (prev.Kind == TokenKind.Number || prev.Has(TokenFlags.Possessive) || _cues.Determiners.Contains(prev))
        {
            return true;
        }

        int m = mentionAt[i - 1];
        if (m >= 0 && mentions[m].EndToken == i)
        {
            // "Chinese attack", "its launch", "US-China talks" are nouns; "Japan protested" is a verb.
            var mention = mentions[m];
            if (mention.Role == MentionRole.Modifier || mention.IsPossessive || tokens[i].Has(TokenFlags.HyphenBefore))
            {
                return true;
            }

            // "his Beijing visit", "the Seoul talks": a name used as a modifier inside a noun phrase.
            int before = mention.FirstToken - 1;
            if (before >= 0 && (_cues.Determiners.Contains(tokens[before]) || tokens[before].Has(TokenFlags.Possessive)
                || (mentionAt[before] >= 0 && mentions[mentionAt[before]].IsPossessive)))
            {
                return true;
            }

            // "US sanctions on Iran": a plural after a name and before a preposition.
            return word.EndsWith('s') && match.End < tokens.Length && _cues.Prepositions.Contains(tokens[match.End]);
        }

        return false;
    }

    private bool IsVerbish(Sentence sentence, int i, bool[] verbalTriggerStarts)
    {
        if (i >= sentence.Tokens.Length)
        {
            return false;
        }

        var t = sentence.Tokens[i];
        if (verbalTriggerStarts[i] || _cues.Auxiliaries.Contains(t) || _cues.Reporting.Contains(t))
        {
            return true;
        }

        var word = sentence.TokenText(i);
        return t.Kind == TokenKind.Word && !t.Has(TokenFlags.Capitalized) && word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal);
    }
}
