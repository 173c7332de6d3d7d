using Tightrope.Actors;
using Tightrope.Text;
using Tightrope.Time;

namespace Tightrope.Events;

internal sealed partial class EventExtractor
{
    private const int MaxObjectGap = 4;
    private const int MaxPrepositionDistance = 12;

    // Verbs whose object noun is their content, not a separate happening ("rejected a proposal for a summit").
    private static readonly HashSet<EventType> s_contentTakers = [EventType.Reject, EventType.Request, EventType.Agree, EventType.Threaten];

    // Types whose verbs take another event as their content ("urged X to withdraw", "warned it would strike").
    private static readonly HashSet<EventType> s_speechActs =
        [EventType.Threaten, EventType.Request, EventType.Accuse, EventType.Reject, EventType.Agree, EventType.Support];

    private void CodeTrigger(SentenceContext c, TriggerMatch tr, List<CodedEvent> output)
    {
        var tokens = c.Tokens;
        var rule = tr.Rule;
        if (rule.IsStop)
        {
            return;
        }

        bool nominal = rule.Has(TriggerFlags.NounOnly) || (!rule.Has(TriggerFlags.VerbOnly) && IsNominal(c.Sentence, tr, c.MentionAt, c.Mentions));
        if (c.Clauses.KindOf(c.Clauses.ClauseOf(tr.First)) == ClauseKind.Conditional)
        {
            return; // the condition of an "if" is not itself reported
        }

        if (!nominal && (IsEmbeddedVerb(c, tr) || IsAttributiveParticiple(c, tr)))
        {
            return;
        }

        if (IsContentOfEarlierTrigger(c, tr) || IsClaimContent(c, tr) || (nominal && IsContentNoun(c, tr)) || (!nominal && IsStandingState(c, tr)) || IsCommentary(c, tr))
        {
            return;
        }

        if (nominal && rule.Type == EventType.Threaten && rule.LiteralCount == 1 && c.Sentence.TokenText(tr.End - 1) is "threats")
        {
            return; // "aimed at North Korean threats": a plural threat noun names a standing danger, not an act
        }

        IReadOnlyList<Mention> actorMentions;
        IReadOnlyList<Mention> recipientMentions = [];
        bool passive = false;
        bool recipientFixed = false;
        if (nominal)
        {
            actorMentions = NominalActors(c, tr, out var premodRecipient, out bool between);
            if (premodRecipient is not null)
            {
                recipientMentions = [premodRecipient];
                recipientFixed = true;
            }

            if (between)
            {
                recipientFixed = true;
            }
        }
        else if (IsPassive(c, tr))
        {
            passive = true;
            actorMentions = ByAgent(c, tr.End);
            recipientMentions = Subject(c, tr.First);
            if (recipientMentions.Count == 0)
            {
                recipientMentions = FirstMentionBefore(c, tr.First); // "Restrictions on South Korean concerts were eased"
            }

            recipientFixed = recipientMentions.Count > 0;
        }
        else
        {
            actorMentions = Subject(c, tr.First);
            if (actorMentions.Count == 0 && rule.Type == EventType.Protest && CrowdBefore(c, tr.First) is { } crowd)
            {
                actorMentions = [crowd]; // "Thousands marched in Lima": a crowd of the place's people
            }
        }

        if (actorMentions.Count == 0 || WarnsAboutAnother(c, tr, nominal, actorMentions))
        {
            return;
        }

        if (!recipientFixed)
        {
            recipientMentions = FindRecipients(c, tr);
            if (recipientMentions.Count == 0 && s_speechActs.Contains(rule.Type) && ContentTrigger(c, tr) is { } inner)
            {
                // "threatened to impose tariffs on Chinese goods": the target of the threat is the target of its content;
                // "refused to let IAEA inspectors visit": or whoever stands between the two verbs.
                recipientMentions = FindRecipients(c, inner);
                if (recipientMentions.Count == 0)
                {
                    recipientMentions = ArgumentBetween(c, tr.End, inner.First, actorMentions);
                }

                if (recipientMentions.Count == 0 && rule.Type == EventType.Threaten)
                {
                    recipientMentions = ConditionTargets(c, inner.End, actorMentions); // "… would test more missiles if Seoul and Tokyo …"
                }
            }
        }

        if (recipientMentions.Count == 0 && !nominal && EarlierEventNamed(c, tr) is { } previous)
        {
            recipientMentions = [previous];
        }
        else if (recipientMentions.Count == 0 && nominal && tr.First > 0 && _cues.The.Contains(tokens[tr.First - 1])
            && !(rule.Has(TriggerFlags.Reciprocal) && actorMentions.SelectMany(m => m.Actors).Select(a => a.Key).Distinct().Count() >= 2)
            && EarlierEventOfType(c, tr) is { } sameKind)
        {
            recipientMentions = [sameKind]; // "Wang did not join the criticism": the criticism reported before
        }

        if (recipientMentions.Count == 0 && (rule.Type is EventType.Assault or EventType.Coerce or EventType.Retreat || rule.Mode == "investigate")
            && PlaceTargetAfter(c, tr) is { } target)
        {
            // "shelled Kherson", "hit a petrol station in Thailand's Sisaket province": the place's country is the target.
            recipientMentions = [target];
        }

        if (recipientMentions.Count == 0 && rule.Has(TriggerFlags.ActorOrder))
        {
            recipientMentions = OtherActorAfter(c, tr.End, actorMentions);
        }

        if (rule.Has(TriggerFlags.Inverse) && recipientMentions.Count > 0)
        {
            (actorMentions, recipientMentions) = (recipientMentions, actorMentions);
        }

        if (rule.Type == EventType.Agree && actorMentions.SelectMany(m => m.Actors).Select(a => a.Key).Distinct().Count() == 1
            && PromisedConcession(c, tr) is { } promised)
        {
            // "Russia agreed to withdraw", "pledged a ceasefire": one side's promise of a future concession is CONCEDE
            // (POLECAT); a mutual agreement ("X and Y agreed to swap prisoners") stays AGREE. A promise to ease something
            // at home ("agreed to relax the curfew") is made to the actor's own society, as the eased thing would be.
            tr = tr with { Rule = rule with { Type = EventType.Concede, Mode = null, Cameo = "080", Flags = rule.Flags | (promised.Rule.Flags & TriggerFlags.Domestic) } };
            rule = tr.Rule;
        }

        var modality = DetectModality(c, tr, nominal, actorMentions, out bool reportedIntent);
        bool pressure = rule.Type is EventType.Assault or EventType.Coerce or EventType.Sanction;
        if (pressure && ((modality == Modality.Intended && (reportedIntent || ConditionAttached(c, tr)))
            || (modality == Modality.Hypothetical && ConditionAttached(c, tr) && (WillBefore(c, tr) || SaidBySameActor(c, tr, actorMentions)))))
        {
            // "Taiwan said its forces would shoot down any Chinese drone", "China will impose sanctions if Tokyo
            // continues", "if Tokyo continues, China will impose sanctions", "Tokyo said it could impose export
            // controls if Beijing …": stated or conditional intent to use force or pressure is a threat.
            tr = tr with { Rule = rule with { Type = EventType.Threaten, Mode = null, Cameo = rule.Type switch { EventType.Sanction => "1312", EventType.Assault => "138", _ => "130" } } };
            modality = Modality.Asserted;
        }

        Emit(c, tr, actorMentions, recipientMentions, modality, nominal, passive, output);
    }

    private IReadOnlyList<Mention> ConditionTargets(SentenceContext c, int from, IReadOnlyList<Mention> actors)
    {
        for (int m = 0; m < c.Mentions.Count; m++)
        {
            var mention = c.Mentions[m];
            if (mention.FirstToken >= from && c.Clauses.KindOf(c.Clauses.ClauseOf(mention.FirstToken)) == ClauseKind.Conditional
                && mention.Actor?.Key is { } key && mention.Role == MentionRole.Argument && !actors.Any(a => a.Actors.Any(x => x.Key == key)))
            {
                return GroupFrom(c, m);
            }
        }

        return [];
    }

    private IReadOnlyList<Mention> ArgumentBetween(SentenceContext c, int from, int to, IReadOnlyList<Mention> actors)
    {
        foreach (var m in c.Mentions)
        {
            if (m.FirstToken >= from && m.EndToken <= to && m.Actor?.Key is { } key && m.Role != MentionRole.Locative
                && !actors.Any(a => a.Actors.Any(x => x.Key == key)))
            {
                return [m];
            }
        }

        return [];
    }

    /// <summary>A place (city, region) right after a preposition, as its country.</summary>
    private Mention? PlaceAfter(SentenceContext c, int from)
    {
        for (int k = from; k < c.Tokens.Length && k <= from + 2; k++)
        {
            int m = c.MentionAt[k];
            if (m >= 0 && c.Mentions[m].FirstToken == k)
            {
                var mention = c.Mentions[m];
                return mention.Actor is null && mention.Place?.Country is { } country ? AsCountry(mention, country) : null;
            }
        }

        return null;
    }

    private Mention AsCountry(Mention m, string country)
    {
        var actor = new ActorRef { Text = m.Place!.Text, Name = _countryName(country) ?? country, Kind = ActorKind.State, Country = country, Start = m.Place.Start, End = m.Place.End };
        return new Mention { FirstToken = m.FirstToken, EndToken = m.EndToken, Actor = actor, Place = m.Place, Role = MentionRole.Argument };
    }

    /// <summary>The first place (with a country) named after the trigger in its clause, as a target.</summary>
    private Mention? PlaceTargetAfter(SentenceContext c, TriggerMatch tr)
    {
        int clause = c.Clauses.ClauseOf(tr.First);
        foreach (var m in c.Mentions)
        {
            if (m.FirstToken < tr.End || m.FirstToken > tr.End + 10 || c.Clauses.ClauseOf(m.FirstToken) != clause)
            {
                continue;
            }

            if (m.Role == MentionRole.Locative && m.Place?.Country is { } country)
            {
                return AsCountry(m, country);
            }

            // "struck targets in southern Lebanon": a country after "in" and an adjective is still a place.
            if (m.Actor is { Kind: ActorKind.State } && m.FirstToken >= 2 && c.Sentence.TokenText(m.FirstToken - 2) is "in"
                && c.Tokens[m.FirstToken - 1].Kind == TokenKind.Word && !c.Tokens[m.FirstToken - 1].Has(TokenFlags.Capitalized))
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>The trigger that is the content of <paramref name="tr"/> ("threatened to impose …"), if any.</summary>
    private TriggerMatch? ContentTrigger(SentenceContext c, TriggerMatch tr)
    {
        foreach (var inner in c.Triggers)
        {
            if (inner.First >= tr.End && inner.First - tr.End <= 8 && IsContentOfEarlierTrigger(c, inner))
            {
                return inner;
            }
        }

        return null;
    }

    private bool IsPassive(SentenceContext c, TriggerMatch tr)
    {
        var word = c.Sentence.TokenText(tr.First);
        bool participle = word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || word.EndsWith("en", StringComparison.OrdinalIgnoreCase)
            || (_vocabulary.IsIrregularForm(word) && !word.EndsWith('s') && !word.EndsWith("ing", StringComparison.OrdinalIgnoreCase));
        if (!participle)
        {
            return false;
        }

        for (int k = tr.First - 1; k >= 0 && k >= tr.First - 4; k--)
        {
            var t = c.Tokens[k];
            if (_cues.Be.Contains(t))
            {
                return true;
            }

            if (!_cues.Auxiliaries.Contains(t) && !c.Sentence.TokenText(k).EndsWith("ly", StringComparison.Ordinal))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>The subject of the verb at <paramref name="verbAt"/>: the first free actor of its clause.</summary>
    private IReadOnlyList<Mention> Subject(SentenceContext c, int verbAt)
    {
        int clause = c.Clauses.ClauseOf(verbAt);
        var kind = c.Clauses.KindOf(clause);
        if (kind is ClauseKind.Relative or ClauseKind.Main && c.Clauses.HasSubjectGap(clause) && c.Clauses.AntecedentOf(clause) is int a and >= 0)
        {
            return GroupFrom(c, a); // "which supports Taiwan"; "…, and vowed to retaliate" after a reported clause
        }

        int modifier = -1;
        for (int m = 0; m < c.Mentions.Count; m++)
        {
            var mention = c.Mentions[m];
            if (mention.FirstToken >= verbAt)
            {
                break;
            }

            if (c.Clauses.ClauseOf(mention.FirstToken) != clause || mention.Actor is null || mention.Role == MentionRole.Locative
                || PrecededByPreposition(c, mention.FirstToken))
            {
                continue;
            }

            if (mention.Role == MentionRole.Modifier)
            {
                modifier = modifier < 0 ? m : modifier; // "Israeli airstrikes killed …": the modifier of the subject
                continue;
            }

            return GroupFrom(c, m);
        }

        if (modifier >= 0)
        {
            return GroupFrom(c, modifier);
        }

        if (kind == ClauseKind.Relative && c.Clauses.AntecedentOf(clause) is int b and >= 0)
        {
            return GroupFrom(c, b);
        }

        return [];
    }

    /// <summary>The first actor or placed country in the clause before <paramref name="verbAt"/>, whatever governs it.</summary>
    private IReadOnlyList<Mention> FirstMentionBefore(SentenceContext c, int verbAt)
    {
        int clause = c.Clauses.ClauseOf(verbAt);
        for (int m = 0; m < c.Mentions.Count && c.Mentions[m].FirstToken < verbAt; m++)
        {
            var mention = c.Mentions[m];
            if (c.Clauses.ClauseOf(mention.FirstToken) != clause)
            {
                continue;
            }

            if (mention.Actor?.Key is not null)
            {
                return [mention];
            }

            if (mention.Place?.Country is { } country)
            {
                return [AsCountry(mention, country)]; // "access to the Gaza Strip was restricted"
            }
        }

        return [];
    }

    private bool PrecededByPreposition(SentenceContext c, int first)
    {
        if (OpensClause(c, first))
        {
            return false; // "after Ukraine's military was accused": the subordinator opened the clause
        }

        int p = first - 1;
        while (p >= 0 && (_cues.The.Contains(c.Tokens[p]) || c.Tokens[p].Kind == TokenKind.Number))
        {
            p--;
        }

        if (p < 0 || !_cues.Prepositions.Contains(c.Tokens[p]))
        {
            return false;
        }

        if (c.Clauses.FirstTokenOf(c.Clauses.ClauseOf(first)) == p + 1)
        {
            return false; // "as the U.S. secretary of state held talks": the word opened the clause as a subordinator
        }

        // "thousands of South Koreans", "some of the protesters": the quantity is the head, not a preposition phrase.
        return !(p > 0 && c.Sentence.TokenText(p) is "of" && _cues.Quantity.Contains(c.Tokens[p - 1]));
    }

    /// <summary>A mention plus the mentions coordinated with it ("Japan, South Korea and the US").</summary>
    private List<Mention> GroupFrom(SentenceContext c, int m)
    {
        var group = new List<Mention> { c.Mentions[m] };
        int clause = c.Clauses.ClauseOf(c.Mentions[m].FirstToken);
        for (int next = m + 1; next < c.Mentions.Count; next++)
        {
            var prev = group[^1];
            var candidate = c.Mentions[next];
            if (candidate.Role == MentionRole.Locative || candidate.Actor is null || c.Clauses.ClauseOf(candidate.FirstToken) != clause
                && c.Clauses.KindOf(c.Clauses.ClauseOf(candidate.FirstToken)) != ClauseKind.Main)
            {
                break;
            }

            int candidateClause = c.Clauses.ClauseOf(candidate.FirstToken);
            if (candidateClause != clause && c.Clauses.FirstTokenOf(candidateClause) >= prev.EndToken)
            {
                break; // "supporting Manila, and Washington reaffirmed …": a new clause begins between them
            }

            if (candidate.FirstToken == prev.EndToken && c.Tokens[candidate.FirstToken].Has(TokenFlags.HyphenBefore))
            {
                group.Add(candidate); // "US-South Korean drills"
                continue;
            }

            bool joined = candidate.FirstToken > prev.EndToken;
            bool sawAnd = false;
            for (int k = prev.EndToken; k < candidate.FirstToken && joined; k++)
            {
                var t = c.Tokens[k];
                if (_cues.And.Contains(t))
                {
                    sawAnd = true;
                }
                else if (!_cues.Comma.Contains(t) && !_cues.The.Contains(t))
                {
                    joined = false;
                }
            }

            // a comma alone joins only inside a list that ends with "and", or a headline's opening subjects
            // ("Seoul, Tokyo Agree to Resume Talks")
            if (!joined || (!sawAnd && !ListContinuesWithAnd(c, candidate) && !HeadlineSubjects(c, group, candidate)))
            {
                break;
            }

            group.Add(candidate);
        }

        return group;
    }

    /// <summary>
    /// In a title-case headline a comma stands for "and" between the actors that open it, when a verb, not another
    /// name, follows them.
    /// </summary>
    private bool HeadlineSubjects(SentenceContext c, List<Mention> group, Mention candidate)
    {
        if (group[0].FirstToken != 0 || !HeadlineCase.IsHeadline(c.Tokens))
        {
            return false;
        }

        int k = candidate.EndToken;
        while (k < c.Tokens.Length && _cues.Comma.Contains(c.Tokens[k]))
        {
            k++;
        }

        return k < c.Tokens.Length && c.Tokens[k].Kind == TokenKind.Word && c.MentionAt[k] < 0;
    }

    private bool ListContinuesWithAnd(SentenceContext c, Mention mention)
    {
        int k = mention.EndToken;
        while (k < c.Tokens.Length && _cues.Comma.Contains(c.Tokens[k]))
        {
            k++;
        }

        return k < c.Tokens.Length && _cues.And.Contains(c.Tokens[k]);
    }

    private IReadOnlyList<Mention> ByAgent(SentenceContext c, int from)
    {
        int clause = c.Clauses.ClauseOf(Math.Min(from, c.Tokens.Length - 1));
        for (int k = from; k < c.Tokens.Length && k < from + MaxPrepositionDistance; k++)
        {
            if (c.Clauses.ClauseOf(k) != clause && k > from)
            {
                break;
            }

            if (_cues.By.Contains(c.Tokens[k]))
            {
                int m = MentionAfter(c, k + 1, allowLocative: false);
                return m >= 0 ? GroupFrom(c, m) : [];
            }
        }

        return [];
    }

    /// <summary>The mention starting within a few determiner/adjective tokens of <paramref name="from"/>, or -1.</summary>
    private int MentionAfter(SentenceContext c, int from, bool allowLocative)
    {
        for (int k = from; k < c.Tokens.Length && k <= from + 6; k++)
        {
            int m = c.MentionAt[k];
            if (m >= 0 && c.Mentions[m].FirstToken == k)
            {
                var mention = c.Mentions[m];
                if (mention.IsPossessive && NextMentionSoon(c, mention) is int head and >= 0)
                {
                    return head; // "his South Korean counterpart", "its suspension of Japanese imports"
                }

                if (mention.Actor is null || (mention.Role == MentionRole.Locative && !allowLocative))
                {
                    return mention.Role == MentionRole.Locative && mention.Actor is null ? -1 : allowLocative ? m : -1;
                }

                if (mention.Actor.Key is null && !IsLocalAgent(mention))
                {
                    k = mention.EndToken - 1;
                    continue;
                }

                return m;
            }

            var t = c.Tokens[k];
            if (t.Kind == TokenKind.Punctuation || _cues.Auxiliaries.Contains(t)
                || (_cues.Prepositions.Contains(t) && k > from && !_cues.ThroughPrepositions.Contains(t)))
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>The next mention within two tokens after a possessive one, or -1.</summary>
    private static int NextMentionSoon(SentenceContext c, Mention possessive)
    {
        for (int k = possessive.EndToken; k < c.Tokens.Length && k <= possessive.EndToken + 3; k++)
        {
            int m = c.MentionAt[k];
            if (m >= 0 && c.Mentions[m].FirstToken == k && c.Mentions[m].Actor?.Key is not null && !c.Mentions[m].IsAnaphor)
            {
                return m;
            }

            if (c.Tokens[k].Kind == TokenKind.Punctuation || c.Sentence.TokenText(k) is "that" or "which" or "who")
            {
                return -1; // "Washington's claims that it …": a pronoun in the next clause is not the possessive's head
            }
        }

        return -1;
    }

    /// <summary>A society's own agent (police, protesters, opposition) whose country the event will supply.</summary>
    private static bool IsLocalAgent(Mention m) =>
        m.Actor is { Kind: ActorKind.Agent, Sector: { } sector } && s_localSectors.Contains(sector) && !m.IsPossessive;

    private static bool InCompound(Token[] tokens, int k) =>
        tokens[k].Has(TokenFlags.HyphenBefore) || (k + 1 < tokens.Length && tokens[k + 1].Has(TokenFlags.HyphenBefore));

    /// <summary>
    /// "Thousands", "hundreds", "tens of thousands" right before a protest verb, opening its clause: a crowd of
    /// civilians, whose country the place supplies. Only here, not as an agent word: "thousands of troops" are troops.
    /// </summary>
    private Mention? CrowdBefore(SentenceContext c, int verbAt)
    {
        int k = verbAt - 1;
        if (k < 0 || !_cues.Crowd.Contains(c.Tokens[k]))
        {
            return null;
        }

        int first = k >= 2 && c.Sentence.TokenText(k - 1) is "of" && _cues.Quantity.Contains(c.Tokens[k - 2]) ? k - 2 : k;
        if (first > 0 && c.Tokens[first - 1].Kind == TokenKind.Word && !_cues.And.Contains(c.Tokens[first - 1]) && !_cues.Subordinator.Contains(c.Tokens[first - 1]))
        {
            return null; // "killed thousands", "the hundreds": not a subject of its own
        }

        var tokens = c.Tokens;
        return new Mention
        {
            FirstToken = first,
            EndToken = verbAt,
            Actor = new ActorRef
            {
                Text = c.Sentence.DocumentText[tokens[first].Start..tokens[k].End],
                Name = "people",
                Kind = ActorKind.Agent,
                Sector = "CVL",
                Start = tokens[first].Start,
                End = tokens[k].End,
            },
            Role = MentionRole.Argument,
        };
    }

    private IReadOnlyList<Mention> FindRecipients(SentenceContext c, TriggerMatch tr)
    {
        int clause = c.Clauses.ClauseOf(tr.First);
        int searchFrom = tr.Rule.LiteralCount < tr.End - tr.First ? tr.First + 1 : tr.End;
        foreach (var slot in tr.Rule.Slots)
        {
            switch (slot.Kind)
            {
                case SlotKind.None:
                    return [];
                case SlotKind.Object:
                {
                    // "brushed off Washington's allegation": after a particle a capital is the object, not a place.
                    bool afterParticle = searchFrom == tr.End && tr.Rule.LiteralCount > 1 && _cues.Prepositions.Contains(c.Tokens[tr.End - 1]);
                    int m = ObjectAfter(c, searchFrom, clause, afterParticle);
                    if (m >= 0)
                    {
                        return GroupFrom(c, m);
                    }

                    break;
                }

                case SlotKind.Preposition:
                {
                    for (int k = tr.End - (tr.Rule.Pattern.EndsWith(" " + slot.Word, StringComparison.Ordinal) ? 1 : 0);
                         k < c.Tokens.Length && k < tr.End + MaxPrepositionDistance; k++)
                    {
                        if (c.Clauses.ClauseOf(k) != clause && k > tr.End)
                        {
                            break;
                        }

                        if (c.Tokens[k].WordId == slot.WordId)
                        {
                            if (c.MentionAt[k] is int inside and >= 0 && c.Mentions[inside].FirstToken < k && c.Mentions[inside].Actor?.Key is not null)
                            {
                                return [c.Mentions[inside]]; // "recalled its ambassador from Israel": one mention, named by its "from"
                            }

                            int m = MentionAfter(c, k + 1, allowLocative: true);
                            if (m >= 0)
                            {
                                return GroupFrom(c, m);
                            }

                            if (PlaceAfter(c, k + 1) is { } place)
                            {
                                return [place]; // "airdropped into Gaza": the place's country
                            }
                        }
                    }

                    break;
                }
            }
        }

        return [];
    }

    private int ObjectAfter(SentenceContext c, int from, int clause, bool afterParticle = false)
    {
        for (int k = from; k < c.Tokens.Length && k <= from + MaxObjectGap + 2; k++)
        {
            if (c.Clauses.ClauseOf(k) != clause)
            {
                return -1;
            }

            int m = c.MentionAt[k];
            if (m >= 0)
            {
                var mention = c.Mentions[m];
                if (mention.IsPossessive && NextMentionSoon(c, mention) is int head and >= 0)
                {
                    return head;
                }

                if ((mention.Actor?.Key is null && !IsLocalAgent(mention)) || (mention.IsPossessive && mention.IsAnaphor))
                {
                    k = mention.EndToken - 1; // "fighter jets", "its curbs on …": look further
                    continue;
                }

                return mention.Role != MentionRole.Locative || (afterParticle && k == from && mention.Actor?.Kind == ActorKind.State) ? m : -1;
            }

            var t = c.Tokens[k];
            bool throughOf = c.Sentence.TokenText(k) is "of" or "than" && k > from;
            if (t.Kind == TokenKind.Punctuation || (_cues.Prepositions.Contains(t) && !throughOf) || _cues.Auxiliaries.Contains(t) || _cues.That.Contains(t))
            {
                return -1;
            }
        }

        return -1;
    }
}
