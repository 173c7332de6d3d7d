using Tightrope.Actors;
using Tightrope.Text;

namespace Tightrope.Events;

/// <summary>Whether a trigger reports an event of its own: content, commentary, standing states, conditions, warnings.</summary>
internal sealed partial class EventExtractor
{
    /// <summary>
    /// "Poland warned that Russia could attack …": a warning whose content has another subject forecasts what someone
    /// else may do; it threatens nobody. "China warned that it would retaliate" stays a threat.
    /// </summary>
    private bool WarnsAboutAnother(SentenceContext c, TriggerMatch tr, bool nominal, IReadOnlyList<Mention> actorMentions)
    {
        if (nominal || tr.Rule.Type != EventType.Threaten || tr.Rule.Pattern != "warn")
        {
            return false;
        }

        for (int k = tr.End; k < c.Tokens.Length && k <= tr.End + 4; k++)
        {
            if (c.MentionAt[k] >= 0)
            {
                return false; // "warned Japan that …": the warning has an addressee
            }

            if (_cues.That.Contains(c.Tokens[k]))
            {
                int m = k + 1 < c.Tokens.Length ? MentionAfter(c, k + 1, allowLocative: false) : -1;
                if (m < 0 || c.Mentions[m].FirstToken > k + 3)
                {
                    return false;
                }

                var keys = actorMentions.SelectMany(a => a.Actors).Select(a => a.Key).ToHashSet();
                return c.Mentions[m].Actors.All(a => a.Key is not null && !keys.Contains(a.Key));
            }
        }

        return false;
    }

    /// <summary>
    /// "issued a (joint) statement condemning …": the noun at <paramref name="noun"/> is a statement that the clause's
    /// subject made, so the participle after it is the subject's act.
    /// </summary>
    private bool IssuedStatement(SentenceContext c, int noun)
    {
        if (!_cues.StatementNouns.Contains(c.Tokens[noun]))
        {
            return false;
        }

        for (int k = noun - 1; k >= 0 && k >= noun - 4; k--)
        {
            if (_cues.IssueVerbs.Contains(c.Tokens[k]))
            {
                return true;
            }

            if (c.MentionAt[k] >= 0 || c.Tokens[k].Kind != TokenKind.Word)
            {
                return false; // "an EU statement", "blocked a statement": someone else's, or not issued
            }
        }

        return false;
    }

    /// <summary>A conditional clause ("if …", "unless …") in the trigger's sentence that the trigger is not in.</summary>
    private static bool ConditionAttached(SentenceContext c, TriggerMatch tr)
    {
        int clause = c.Clauses.ClauseOf(tr.First);
        if (c.Clauses.KindOf(clause) == ClauseKind.Conditional)
        {
            return false;
        }

        for (int k = 0; k < c.Tokens.Length; k++)
        {
            int other = c.Clauses.ClauseOf(k);
            if (other != clause && c.Clauses.KindOf(other) == ClauseKind.Conditional)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A reporting verb before the trigger whose subject is the event's actor ("Tokyo said it could impose …"): the
    /// actor states the possibility itself, so with a condition attached it is a threat, not speculation.
    /// </summary>
    private bool SaidBySameActor(SentenceContext c, TriggerMatch tr, IReadOnlyList<Mention> actorMentions)
    {
        for (int k = 1; k < tr.First; k++)
        {
            if (!_cues.Reporting.Contains(c.Tokens[k]))
            {
                continue;
            }

            for (int m = c.Mentions.Count - 1; m >= 0; m--)
            {
                var mention = c.Mentions[m];
                if (mention.EndToken <= k && mention.Actor?.Key is { } key && mention.Role != MentionRole.Locative)
                {
                    return actorMentions.Any(a => a.Actors.Any(x => x.Key == key || (x.Country is not null && x.Country == mention.Actor.Country)));
                }
            }
        }

        return false;
    }

    /// <summary>A future auxiliary in the trigger's clause before it: the consequent of a fronted condition.</summary>
    private static bool WillBefore(SentenceContext c, TriggerMatch tr)
    {
        int clause = c.Clauses.ClauseOf(tr.First);
        for (int k = c.Clauses.FirstTokenOf(clause); k < tr.First; k++)
        {
            if (IsFutureAuxiliary(c.Sentence, k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Gerunds after prepositions and unlicensed infinitives are not events of their own.</summary>
    private bool IsEmbeddedVerb(SentenceContext c, TriggerMatch tr)
    {
        var tokens = c.Tokens;
        if (tr.First == 0)
        {
            return false;
        }

        var word = c.Sentence.TokenText(tr.First);
        var prev = tokens[tr.First - 1];
        if (c.Sentence.TokenText(tr.First - 1) is "by" && tr.First >= 2 && _cues.Retaliation.Contains(tokens[tr.First - 2])
            && word.EndsWith("ing", StringComparison.OrdinalIgnoreCase))
        {
            return false; // "Pakistan responded by expelling Indian diplomats": the response is the event
        }

        if (word.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && !_cues.Be.Contains(prev) && !_cues.Auxiliaries.Contains(prev)
            && !_cues.InfinitiveLicensors.Contains(prev) && !_cues.Comma.Contains(prev) && !IssuedStatement(c, tr.First - 1))
        {
            return true; // "in encouraging", "before traveling", "after meeting", "a signing ceremony"
        }

        if (_cues.To.Contains(prev))
        {
            int licensor = tr.First - 2;
            return licensor < 0 || (!_cues.InfinitiveLicensors.Contains(tokens[licensor]) && !IsHeadlineSubject(c, licensor));
        }

        return false;
    }

    /// <summary>
    /// "Japan to expel Russian diplomats": the token at <paramref name="end"/> closes an actor that opens its clause,
    /// so the "to" after it is a headline's future, not a purpose or an earlier verb's content.
    /// </summary>
    private static bool IsHeadlineSubject(SentenceContext c, int end)
    {
        int m = c.MentionAt[end];
        if (m < 0)
        {
            return false;
        }

        var mention = c.Mentions[m];
        return mention.EndToken == end + 1 && OpensClause(c, mention.FirstToken);
    }

    /// <summary>True when the token at <paramref name="token"/> is the first of its clause.</summary>
    private static bool OpensClause(SentenceContext c, int token) => c.Clauses.FirstTokenOf(c.Clauses.ClauseOf(token)) == token;

    /// <summary>"the country's seized mining sites", "its detained nationals": a participle before a noun describes it.</summary>
    private bool IsAttributiveParticiple(SentenceContext c, TriggerMatch tr)
    {
        if (tr.End - tr.First != 1 || tr.First == 0 || tr.End >= c.Tokens.Length)
        {
            return false;
        }

        var word = c.Sentence.TokenText(tr.First);
        bool participle = (word.EndsWith("ed", StringComparison.Ordinal) && word.Length > 4) || _vocabulary.IsIrregularForm(word);
        // Not the shared determiner set: "that" there is mostly a complementiser ("said that detained activists …").
        var before = c.Sentence.TokenText(tr.First - 1);
        bool determiner = before is "the" or "The" or "a" or "an" or "its" or "their" or "his" or "her" or "our" or "these" or "those" or "'s";
        var next = c.Tokens[tr.End];
        return participle && determiner && next.Kind == TokenKind.Word && !next.Has(TokenFlags.Capitalized) && char.IsLetter(c.Sentence.TokenText(tr.End)[0])
            && c.MentionAt[tr.End] < 0 && c.Sentence.TokenText(tr.End) is not ("by" or "to" or "in" or "on" or "at" or "from" or "with" or "for" or "and" or "or");
    }

    /// <summary>The retreat or concession an AGREE trigger promises (withdrawal, release, ceasefire, easing), if any.</summary>
    private TriggerMatch? PromisedConcession(SentenceContext c, TriggerMatch tr)
    {
        foreach (var inner in c.Triggers)
        {
            if (inner.First < tr.End || inner.First > tr.End + 6 || c.Clauses.ClauseOf(inner.First) != c.Clauses.ClauseOf(tr.First))
            {
                continue;
            }

            if (inner.Rule.Type is EventType.Retreat or EventType.Concede)
            {
                return inner;
            }
        }

        return null;
    }

    /// <summary>"have fought several wars since 1947", "has been under sanctions since 2006": a state, not an event.</summary>
    private bool IsStandingState(SentenceContext c, TriggerMatch tr)
    {
        bool perfect = false;
        for (int k = tr.First - 1; k >= 0 && k >= tr.First - 3; k--)
        {
            if (_cues.Negation.Contains(c.Tokens[k]))
            {
                return false; // "has not tested a missile since 2017" is news: a negated event
            }

            if (c.Sentence.TokenText(k) is "have" or "has" or "'ve")
            {
                perfect = true;
                break;
            }
        }

        if (!perfect)
        {
            return false;
        }

        if (tr.First > 0 && c.Sentence.TokenText(tr.First - 1) is "long" or "always" or "traditionally")
        {
            return true; // "India has long opposed the initiative": a standing position, not an act
        }

        for (int k = tr.End; k < c.Tokens.Length && k < tr.End + 10 && c.Tokens[k].Kind != TokenKind.Punctuation; k++)
        {
            if (c.Sentence.TokenText(k) is "since")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Speculation by others ("diplomats doubt that the truce will hold", "fears of a strike").</summary>
    private bool IsCommentary(SentenceContext c, TriggerMatch tr)
    {
        for (int k = Math.Max(0, tr.First - 12); k < tr.First; k++)
        {
            if (_cues.Commentary.Contains(c.Tokens[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A noun that is what an earlier verb asks for, offers, rejects or threatens ("urged talks with Seoul",
    /// "turned down a proposal for a summit"), or background introduced by "since".
    /// </summary>
    private bool IsContentNoun(SentenceContext c, TriggerMatch tr)
    {
        if (tr.First > 0 && c.Sentence.TokenText(tr.First - 1) is "since" or "Since")
        {
            return true;
        }

        for (int k = tr.First - 1; k >= 0 && k >= tr.First - 4; k--)
        {
            if (c.Sentence.TokenText(k) is "since")
            {
                return true;
            }

            if (k + 1 < tr.First && _cues.StoppageNouns.Contains(c.Tokens[k]) && _cues.StoppagePrepositions.Contains(c.Tokens[k + 1]))
            {
                return true; // "ordered the suspension of air strikes", "an end to attacks": what stops is not reported as done
            }

            if (_cues.CountingOrFleeing.Contains(c.Tokens[k]))
            {
                return true; // "a UN report tallied 14 air strikes", "Syrians fleeing renewed shelling": not the subject's act
            }

            if (_cues.Alleged.Contains(c.Tokens[k]))
            {
                return true; // "the site of the alleged chemical attack": a claim, and not the subject's act
            }

            if (IsPastYear(c, k))
            {
                return true; // "a film about the 1989 student protests": history named by its year
            }
        }

        int clause = c.Clauses.ClauseOf(tr.First);
        foreach (var earlier in c.Triggers)
        {
            if (earlier.End > tr.First)
            {
                break;
            }

            if (s_contentTakers.Contains(earlier.Rule.Type) && !earlier.Rule.IsStop && c.Clauses.ClauseOf(earlier.First) == clause
                && !IsNominal(c.Sentence, earlier, c.MentionAt, c.Mentions))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A four-digit year more than two years before the story, as a noun's modifier ("the 1989 protests").</summary>
    private static bool IsPastYear(SentenceContext c, int k)
    {
        var text = c.Sentence.TokenText(k);
        return c.StoryDate is { } story && c.Tokens[k].Kind == TokenKind.Number && text.Length == 4
            && int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int year)
            && year >= 1800 && year < story.Year - 2;
    }

    /// <summary>
    /// Inside the "that" clause of a claim noun before the trigger ("rejected Washington's allegation that it had supplied
    /// weapons"): someone else's claim, which the sentence does not report as fact.
    /// </summary>
    private bool IsClaimContent(SentenceContext c, TriggerMatch tr)
    {
        for (int k = tr.First - 1; k >= 1 && k >= tr.First - 10; k--)
        {
            if (_cues.That.Contains(c.Tokens[k]) && _cues.ClaimNouns.Contains(c.Tokens[k - 1])
                && (c.Sentence.TokenText(k - 1) is not ("claim" or "claims") || (k >= 2 && (_cues.Articles.Contains(c.Tokens[k - 2]) || c.Tokens[k - 2].Has(TokenFlags.Possessive)))))
            {
                return true; // "claims" is a noun only after a determiner: "the US military claims that …" reports
            }

            if (c.Tokens[k].Kind == TokenKind.Punctuation)
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>"urged Japan to withdraw", "warned it would strike": the second verb is what was urged or threatened.</summary>
    private bool IsContentOfEarlierTrigger(SentenceContext c, TriggerMatch tr)
    {
        var tokens = c.Tokens;
        int clause = c.Clauses.ClauseOf(tr.First);
        foreach (var earlier in c.Triggers)
        {
            if (earlier.First >= tr.First)
            {
                break;
            }

            if (!s_speechActs.Contains(earlier.Rule.Type) || IsNominal(c.Sentence, earlier, c.MentionAt, c.Mentions))
            {
                continue;
            }

            bool sameOrComplement = c.Clauses.ClauseOf(earlier.First) == clause
                || (c.Clauses.KindOf(clause) == ClauseKind.Complement && c.Clauses.FirstTokenOf(clause) > earlier.End
                    && c.Clauses.FirstTokenOf(clause) <= earlier.End + 12);
            if (!sameOrComplement)
            {
                continue;
            }

            for (int k = earlier.End; k < tr.First; k++)
            {
                var t = tokens[k];
                if (_cues.Comma.Contains(t) || _cues.Reporting.Contains(t))
                {
                    break; // ", accusing them of …": a participle clause of its own; "condemned … and said it would": said's content
                }

                if (_cues.To.Contains(t) || _cues.That.Contains(t) || _cues.Hypothetical.Contains(t) || _cues.Intended.Contains(t))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
