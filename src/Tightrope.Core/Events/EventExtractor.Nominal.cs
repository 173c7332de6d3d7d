using Tightrope.Actors;
using Tightrope.Text;

namespace Tightrope.Events;

/// <summary>Who did what an event noun names: pre-modifiers, "by" agents, support verbs, events reported before.</summary>
internal sealed partial class EventExtractor
{
    private IReadOnlyList<Mention> NominalActors(SentenceContext c, TriggerMatch tr, out Mention? premodRecipient, out bool between)
    {
        premodRecipient = null;
        between = false;
        var tokens = c.Tokens;

        // "talks between X and Y"
        if (tr.End < tokens.Length && _cues.Between.Contains(tokens[tr.End]))
        {
            int m = MentionAfter(c, tr.End + 1, allowLocative: false);
            if (m >= 0)
            {
                var group = GroupFrom(c, m);
                if (group.Sum(g => g.Actors.Count) >= 2)
                {
                    between = true;
                    return group;
                }
            }
        }

        // "missile launches by North Korea": "by" right after the noun; "sanctions were imposed … by the US"
        var byAgent = tr.End < tokens.Length && _cues.By.Contains(tokens[tr.End]) ? ByAgent(c, tr.End) : [];
        if (byAgent.Count == 0 && tr.End + 1 < tokens.Length && _cues.Be.Contains(tokens[tr.End]) && _cues.SupportVerbs.Contains(tokens[tr.End + 1]))
        {
            byAgent = ByAgent(c, tr.End + 2);
        }
        if (byAgent.Count > 0)
        {
            return byAgent;
        }

        // Pre-modifiers: "North Korea's launch", "Chinese attack", "his Beijing visit", "US-China talks".
        var premods = new List<Mention>();
        int k = tr.First - 1;
        int skipped = 0;
        bool crossedReporting = false;
        while (k >= 0 && skipped <= 5)
        {
            int m = c.MentionAt[k];
            if (m >= 0 && c.Mentions[m].Actor is not null && c.Mentions[m].Role != MentionRole.Locative)
            {
                premods.Insert(0, c.Mentions[m]);
                k = c.Mentions[m].FirstToken - 1;
                continue;
            }

            var t = tokens[k];
            if (t.Has(TokenFlags.Possessive) && k > 0)
            {
                k--;
                continue;
            }

            if (InCompound(tokens, k))
            {
                skipped++;
                k--;
                continue; // "face-to-face talks", "large-scale drills"
            }

            var w = c.Sentence.TokenText(k);
            if (w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !_cues.Determiners.Contains(t))
            {
                break; // "the treaty covers armed attacks": modifiers rarely end in -s, verbs and plural nouns do
            }

            if ((t.Kind != TokenKind.Word && t.Kind != TokenKind.Number) || _cues.Prepositions.Contains(t) || _cues.Auxiliaries.Contains(t)
                || _cues.SupportVerbs.Contains(t) || premods.Count > 0)
            {
                break;
            }

            crossedReporting |= _cues.Reporting.Contains(t);
            if (_cues.Articles.Contains(t) && k > 0 && !_cues.Reporting.Contains(tokens[k - 1]) && IsPastVerb(c.Sentence, k - 1))
            {
                break; // "Petro called the attack murder": the attack is the object of his verb, not his
            }

            skipped++;
            k--;
        }

        if (premods.Count > 0 && crossedReporting && EarlierActorOfType(c, tr, premods[^1]) is { } earlier)
        {
            // "Pakistan said the strikes killed 26 civilians" after "India launched missile strikes": the strikes
            // reported before are India's, not the speaker's.
            return [earlier];
        }

        if (premods.Count > 0)
        {
            var possessive = premods.FindLast(p => p.IsPossessive);
            if (possessive is not null)
            {
                var other = premods.Find(p => !ReferenceEquals(p, possessive) && p.FirstToken > possessive.FirstToken);
                premodRecipient = other;
                return [possessive];
            }

            if (premods.Count >= 2 && c.Tokens[premods[1].FirstToken].Has(TokenFlags.HyphenBefore))
            {
                between = true; // "US-China talks"
                return premods;
            }

            return [premods[^1]];
        }

        // Object of a support verb: "North Korea conducted a missile test", "the EU imposed sanctions".
        k = tr.First - 1;
        for (int steps = 0; k >= 0 && steps <= 7; steps++, k--)
        {
            var t = tokens[k];
            if (_cues.SupportVerbs.Contains(t))
            {
                return Subject(c, k);
            }

            if (InCompound(tokens, k))
            {
                continue;
            }

            if (t.Kind == TokenKind.Punctuation || c.MentionAt[k] >= 0 || (_cues.Prepositions.Contains(t) && !_cues.Determiners.Contains(t)))
            {
                break;
            }
        }

        return [];
    }

    /// <summary>
    /// "Cho condemned the launch" after a sentence reporting North Korea's launch: the launch's actor is the
    /// target; "Wang did not join the criticism": a reaction of the same kind shares the earlier event's target.
    /// </summary>
    private Mention? EarlierEventNamed(SentenceContext c, TriggerMatch tr)
    {
        int k = tr.End;
        while (k < c.Tokens.Length && (_cues.Articles.Contains(c.Tokens[k]) || c.Tokens[k].Has(TokenFlags.Possessive)))
        {
            k++;
        }

        if (k == tr.End || k >= c.Tokens.Length || c.MentionAt[k] >= 0 || _lexicon.EventNoun(c.Tokens[k].LemmaId) is not { } nounType)
        {
            return null;
        }

        for (int i = c.History.Count - 1; i >= 0; i--)
        {
            var e = c.History[i];
            if (e.HeadLemma != c.Tokens[k].LemmaId && e.Type != nounType)
            {
                continue;
            }

            var target = e.Type == tr.Rule.Type ? e.Recipient : e.Actor;
            if (target is null)
            {
                return null;
            }

            return AnaphorOver(c, k, k + 1, target);
        }

        return null;
    }

    /// <summary>
    /// The actor of the latest earlier event of the trigger's type and head noun ("strikes" after "launched missile
    /// strikes"), as a mention over the trigger; null when the reporter itself did such a thing before.
    /// </summary>
    private static Mention? EarlierActorOfType(SentenceContext c, TriggerMatch tr, Mention reporter)
    {
        int head = c.Tokens[tr.End - 1].LemmaId;
        if (head < 0 || c.History.Any(e => e.Type == tr.Rule.Type && e.HeadLemma == head && reporter.Actors.Any(a => a.Key == e.Actor.Key)))
        {
            return null; // "U.S. Forces Korea said the drills …" after US drills: the reporter's own drills
        }

        for (int i = c.History.Count - 1; i >= 0; i--)
        {
            var e = c.History[i];
            if (e.Type == tr.Rule.Type && e.HeadLemma == head)
            {
                return AnaphorOver(c, tr.First, tr.End, e.Actor);
            }
        }

        return null;
    }

    private Mention? EarlierEventOfType(SentenceContext c, TriggerMatch tr)
    {
        for (int i = c.History.Count - 1; i >= 0; i--)
        {
            var e = c.History[i];
            if (e.Type == tr.Rule.Type && e.Recipient is { } target)
            {
                return AnaphorOver(c, tr.First, tr.End, target);
            }
        }

        return null;
    }

    /// <summary>An actor of an earlier event, as an anaphoric mention over tokens <paramref name="first"/>..<paramref name="end"/>.</summary>
    private static Mention AnaphorOver(SentenceContext c, int first, int end, ActorRef actor)
    {
        var span = c.Sentence.SpanOf(first, end);
        var over = actor with { Text = c.Sentence.TextOf(first, end), Start = span.Start, End = span.End };
        return new Mention { FirstToken = first, EndToken = end, Actor = over, Role = MentionRole.Argument, IsAnaphor = true };
    }
}
