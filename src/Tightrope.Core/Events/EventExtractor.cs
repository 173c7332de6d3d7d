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

    private readonly Func<string, string?> _countryName;

    public EventExtractor(TriggerLexicon lexicon, CameoTable cameo, Vocabulary vocabulary, EventCues cues, Func<string, string?> countryName)
    {
        _countryName = countryName;
        _lexicon = lexicon;
        _cameo = cameo;
        _vocabulary = vocabulary;
        _cues = cues;
    }

    /// <summary>Appends the events of <paramref name="sentence"/> to <paramref name="output"/>.</summary>
    public void Extract(Sentence sentence, IReadOnlyList<Mention> mentions, DateOnly? storyDate, List<CodedEvent> output,
        IReadOnlyList<CodedEvent>? history = null, DocumentMemory? memory = null)
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

        var verbish = new bool[tokens.Length];
        for (int i = 0; i < tokens.Length; i++)
        {
            verbish[i] = IsVerbish(sentence, i, verbalStarts);
        }

        var clauses = ClauseMap.Build(sentence, mentions, _cues, verbish);
        var context = new SentenceContext(sentence, mentions, mentionAt, clauses, triggers, storyDate, history ?? [], memory);
        int start = output.Count;
        for (int t = 0; t < triggers.Count; t++)
        {
            var trigger = triggers[t];
            if (t > 0 && triggers[t - 1].First == trigger.First && triggers[t - 1].End == trigger.End)
            {
                continue; // alternatives are handled with their first reading
            }

            if (HasStopReading(triggers, t))
            {
                continue; // "gas drilling" is not a military drill, whatever other reading the words have
            }

            int before = output.Count;
            CodeTrigger(context, trigger, output);
            for (int alt = t + 1; output.Count == before && alt < triggers.Count && triggers[alt].First == trigger.First && triggers[alt].End == trigger.End; alt++)
            {
                CodeTrigger(context, triggers[alt], output);
            }
        }

        DropUnaddressedDuplicates(output, start);
    }

    private static bool HasStopReading(List<TriggerMatch> triggers, int t)
    {
        for (int k = t; k < triggers.Count && triggers[k].First == triggers[t].First && triggers[k].End == triggers[t].End; k++)
        {
            if (triggers[k].Rule.IsStop)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Israeli airstrikes killed dozens of Palestinians" yields ISR→∅ from the noun and ISR→PSE from the verb:
    /// one happening. An event without a recipient is dropped when the sentence has the same type and actor with one.
    /// </summary>
    private static void DropUnaddressedDuplicates(List<CodedEvent> events, int start)
    {
        // Two triggers for one happening ("sent emergency relief supplies"): keep the first.
        for (int i = events.Count - 1; i > start; i--)
        {
            for (int j = start; j < i; j++)
            {
                if (events[j].Type == events[i].Type && events[j].Actor.Key == events[i].Actor.Key
                    && events[j].Recipient?.Key == events[i].Recipient?.Key && events[j].Modality == events[i].Modality)
                {
                    events.RemoveAt(i);
                    break;
                }
            }
        }

        // "Beijing lifted its sanctions": the noun in the object of the actor's own verb is not a second event.
        for (int i = events.Count - 1; i >= start; i--)
        {
            var n = events[i];
            if (!n.Nominal)
            {
                continue;
            }

            for (int j = start; j < events.Count; j++)
            {
                var v = events[j];
                if (!v.Nominal && v.Actor.Key == n.Actor.Key && n.TriggerTokens.First >= v.TriggerTokens.End
                    && n.TriggerTokens.First <= v.TriggerTokens.End + 4)
                {
                    events.RemoveAt(i);
                    break;
                }
            }
        }

        for (int i = events.Count - 1; i >= start; i--)
        {
            var e = events[i];
            if (e.Recipient is not null)
            {
                continue;
            }

            for (int j = start; j < events.Count; j++)
            {
                var o = events[j];
                if (j != i && o.Recipient is not null && o.Type == e.Type && o.Actor.Key == e.Actor.Key)
                {
                    events.RemoveAt(i);
                    break;
                }
            }
        }
    }

    private sealed record SentenceContext(Sentence Sentence, IReadOnlyList<Mention> Mentions, int[] MentionAt, ClauseMap Clauses,
        List<TriggerMatch> Triggers, DateOnly? StoryDate, IReadOnlyList<CodedEvent> History, DocumentMemory? Memory)
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
            _lexicon.MatchAt(tokens, i, candidates);
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

            int byStart = a.First.CompareTo(b.First);
            if (byStart != 0)
            {
                return byStart;
            }

            int byGap = (a.End - a.First - a.Rule.LiteralCount).CompareTo(b.End - b.First - b.Rule.LiteralCount);
            return byGap != 0 ? byGap : a.Rule.Line.CompareTo(b.Rule.Line);
        });

        var taken = new bool[tokens.Length];
        var chosen = new List<TriggerMatch>();
        foreach (var c in candidates)
        {
            if (chosen.Count > 0 && chosen.Exists(x => x.First == c.First && x.End == c.End && x.Rule.LiteralCount == c.Rule.LiteralCount))
            {
                chosen.Add(c); // an alternative reading of the same words, tried if the first yields nothing
                continue;
            }

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
        if (single && rule.Has(TriggerFlags.NounOnly) && _lexicon.HasVerbReading(tokens[match.First].LemmaId)
            && !LooksNominal(sentence, match, mentionAt, mentions))
        {
            return false;
        }

        if (rule.Has(TriggerFlags.VerbOnly) && LooksNominal(sentence, match, mentionAt, mentions))
        {
            return false;
        }

        if (rule.Has(TriggerFlags.VerbOnly) && match.End - match.First > rule.LiteralCount && _cues.NounPrepositions.Contains(tokens[match.First + 1]))
        {
            return false; // "its newest curbs on rare earth exports": a verb's object follows it, a noun's preposition does not
        }

        var head = sentence.TokenText(match.End - 1);
        if (!single && rule.Has(TriggerFlags.NounOnly) && (_vocabulary.IsIrregularForm(head) || head.EndsWith("ed", StringComparison.OrdinalIgnoreCase)))
        {
            return false; // "drones struck" is not a "drone strike"
        }

        var first = sentence.TokenText(match.First);
        if (single && tokens[match.First].Has(TokenFlags.HyphenBefore)
            && (_vocabulary.IsIrregularForm(first) || first.EndsWith("ed", StringComparison.OrdinalIgnoreCase)))
        {
            return false; // "drought-stricken", "war-torn", "Russian-backed": a participle inside a compound modifier
        }

        if (match.First > 0 && first.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && _cues.Articles.Contains(tokens[match.First - 1]))
        {
            return false; // "the proposed deal", "the agreed line": an adjective
        }

        return true;
    }

    /// <summary>Whether the trigger is used as a noun here (rules marked N or V decide for themselves).</summary>
    private bool IsNominal(Sentence sentence, TriggerMatch match, int[] mentionAt, IReadOnlyList<Mention> mentions)
    {
        if (match.Rule.Has(TriggerFlags.NounOnly) && match.Rule.LiteralCount > 1)
        {
            return true;
        }

        return LooksNominal(sentence, match, mentionAt, mentions);
    }

    /// <summary>"Moon Jae In met", "Moon Jae-in met": a name's last word is not a preposition or a modifier.</summary>
    private static bool EndsPersonName(IReadOnlyList<Mention> mentions, int token)
    {
        foreach (var m in mentions)
        {
            if (m.EndToken == token && m.Actor?.Kind == ActorKind.Person && !m.IsPossessive)
            {
                return true;
            }
        }

        return false;
    }

    private bool LooksNominal(Sentence sentence, TriggerMatch match, int[] mentionAt, IReadOnlyList<Mention> mentions)
    {
        var tokens = sentence.Tokens;
        int i = match.First;
        var word = sentence.TokenText(i);
        if (word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && word.Length > 4)
        {
            return false;
        }

        if (i == 0 || tokens[i].Has(TokenFlags.HyphenBefore))
        {
            return true; // sentences rarely open with a verb ("Talks between …"); "visa-free" is a modifier
        }

        var prev = tokens[i - 1];
        if (i >= 2 && sentence.TokenText(i - 1) is "by" && _cues.Retaliation.Contains(tokens[i - 2]))
        {
            return false; // "responded by expelling": a gerund that reports the response
        }

        var previousWord = sentence.TokenText(i - 1);
        if (prev.Kind == TokenKind.Word && previousWord.Length > 5 && previousWord.EndsWith("ing", StringComparison.Ordinal)
            && !prev.Has(TokenFlags.Capitalized) && !_cues.Be.Contains(prev) && !_cues.Prepositions.Contains(prev))
        {
            return true; // "sparking protests", "amid growing protests": no finite verb follows a participle
        }

        bool afterPersonName = EndsPersonName(mentions, i);
        if (prev.Kind == TokenKind.Number || prev.Has(TokenFlags.Possessive)
            || (!afterPersonName && (_cues.Determiners.Contains(prev) || prev.Has(TokenFlags.HyphenBefore)
                || (_cues.Prepositions.Contains(prev) && !_cues.To.Contains(prev))))
            || (_cues.SupportVerbs.Contains(prev) && !word.EndsWith("ing", StringComparison.OrdinalIgnoreCase)))
        {
            return true; // "a summit", "large-scale drills", "under attack", "announced sanctions"
        }

        if (match.End < tokens.Length && sentence.TokenText(match.End) is "of")
        {
            return true; // "the board of governors", "the launch of a missile"
        }

        if (match.End == i + 1 && match.End < tokens.Length && mentionAt[match.End] < 0 && !tokens[match.End].Has(TokenFlags.Capitalized)
            && !word.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && IsPastVerb(sentence, match.End))
        {
            // "its executive board approved", "the strike ended": a noun followed by its own verb ("deploying upgraded
            // missiles" is a verb and an adjective).
            return true;
        }

        var prevText = sentence.TokenText(i - 1);
        if (prev.Kind == TokenKind.Word && mentionAt[i - 1] < 0 && i - 1 > 0 && prev.Has(TokenFlags.Capitalized))
        {
            return true; // "the Han Kuang exercises", "the Freedom Shield drills"
        }

        if (prev.Kind == TokenKind.Word && mentionAt[i - 1] < 0 && prevText.Length > 4 && prevText.EndsWith("ed", StringComparison.Ordinal)
            && !_cues.Be.Contains(prev))
        {
            return true; // a verb's object: "imposed sanctions", "condemned attacks"
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

            // "his Beijing visit", "a Seoul meeting": a name used as a modifier inside a noun phrase ("the" is left
            // out: "the United States struck" is a subject and its verb).
            int before = mention.FirstToken - 1;
            if (before >= 0 && ((_cues.Determiners.Contains(tokens[before]) && !_cues.The.Contains(tokens[before])) || tokens[before].Has(TokenFlags.Possessive)
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

        return IsPastVerb(sentence, i);
    }

    /// <summary>A lower-case "-ed" word or irregular past ("began", "oversaw"): most likely a finite verb.</summary>
    private bool IsPastVerb(Sentence sentence, int i)
    {
        var t = sentence.Tokens[i];
        var word = sentence.TokenText(i);
        return t.Kind == TokenKind.Word && !t.Has(TokenFlags.Capitalized)
            && ((word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal)) || _vocabulary.IsIrregularPast(t.WordId));
    }
}
