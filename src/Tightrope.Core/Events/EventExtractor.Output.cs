using Tightrope.Actors;
using Tightrope.Text;
using Tightrope.Time;

namespace Tightrope.Events;

internal sealed partial class EventExtractor
{
    private static readonly HashSet<string> s_societalSectors = new(StringComparer.Ordinal)
    {
        "CVL", "OPP", "LAB", "EDU", "AGR", "REL", "REF", "NGO", "BUS", "MED", "HLH", "SOC",
    };

    private Modality DetectModality(SentenceContext c, TriggerMatch tr, bool nominal, IReadOnlyList<Mention> actors) =>
        DetectModality(c, tr, nominal, actors, out _);

    /// <summary>
    /// The modality of a trigger; <paramref name="reportedIntent"/> tells that it came from "said it would …",
    /// which for force is a threat.
    /// </summary>
    private Modality DetectModality(SentenceContext c, TriggerMatch tr, bool nominal, IReadOnlyList<Mention> actors, out bool reportedIntent)
    {
        reportedIntent = false;
        var tokens = c.Tokens;
        int clause = c.Clauses.ClauseOf(tr.First);
        int clauseStart = c.Clauses.FirstTokenOf(clause);
        int subjectEnd = actors.Count > 0 && actors[^1].EndToken <= tr.First && c.Clauses.ClauseOf(actors[^1].FirstToken) == clause
            ? actors[^1].EndToken
            : clauseStart;
        // A verb's modality sits between its subject and itself; a noun's can be anywhere earlier in its clause
        // ("potential military action in response to a Chinese attack").
        int from = nominal ? Math.Max(clauseStart, tr.First - 12) : Math.Max(Math.Max(subjectEnd, clauseStart), tr.First - 8);
        if (nominal && actors.Count > 0 && actors[^1].EndToken <= tr.First && actors[^1].EndToken > from && actors[0].IsPossessive)
        {
            from = actors[^1].EndToken; // "did not condemn Russia's invasion": the verb's negation is not the noun's
        }

        int denialFrom = Math.Max(0, tr.First - 8);
        if (!nominal)
        {
            // "he will not intervene … and urged calm": a coordinated verb does not inherit the first verb's modality,
            // nor its denial ("denied involvement … and offered to join an inquiry").
            from = CoordinatedVerbStart(c, tr, from, sameSubject: false);
            denialFrom = CoordinatedVerbStart(c, tr, denialFrom, sameSubject: true);
        }

        bool negated = false, hypothetical = false, expected = false, intended = false;
        for (int k = from; k < tr.First; k++)
        {
            int clauseOfK = c.Clauses.ClauseOf(k);
            if (clauseOfK != clause && c.Clauses.KindOf(clauseOfK) == ClauseKind.Relative)
            {
                continue; // "Portugal, where the summit will take place, deployed …": the relative clause's "will" is its own
            }

            var t = tokens[k];
            bool nextIsTo = k + 1 < tokens.Length && _cues.To.Contains(tokens[k + 1]);
            if (_cues.Negation.Contains(t) || (nominal && k == tr.First - 1 && _cues.NounNegation.Contains(t))
                || (_cues.NounNegation.Contains(t) && k + 1 < tr.First && _cues.Intended.Contains(tokens[k + 1])))
            {
                // "had no plans to meet", "has no intention of attacking"
                negated = true;
            }
            else if (_cues.Hypothetical.Contains(t) && !t.Has(TokenFlags.Capitalized))
            {
                if (c.Sentence.TokenText(k) is "would" && ReportedOrIntendedBefore(c, k))
                {
                    intended = true;
                    reportedIntent = true;
                }
                else
                {
                    hypothetical = true;
                }
            }
            else if (_cues.ExpectedNeedsTo.Contains(t) ? nextIsTo || (nominal && k >= tr.First - 2) : _cues.Expected.Contains(t))
            {
                expected = true;
            }
            else if (_cues.Intended.Contains(t) && (nextIsTo || IsFutureAuxiliary(c.Sentence, k) || (nominal && k >= tr.First - 2)))
            {
                intended = true;
            }
        }

        // "ruled out a ceasefire" denies it; "did not rule out strikes" leaves them possible.
        for (int k = from; k + 1 < tr.First; k++)
        {
            if (c.Sentence.TokenText(k) is "rule" or "ruled" or "rules" or "ruling" && c.Sentence.TokenText(k + 1) is "out")
            {
                hypothetical |= negated;
                negated = !negated;
                break;
            }
        }

        // "denied attacking", "denied (reports) that its forces had fired": a denied act is not reported as happening.
        for (int k = denialFrom; k < tr.First && !negated; k++)
        {
            if (_cues.Denial.Contains(tokens[k]) && (c.Clauses.ClauseOf(k) == clause
                || (c.Clauses.KindOf(clause) == ClauseKind.Complement && c.Clauses.FirstTokenOf(clause) > k)))
            {
                negated = true;
            }
        }

        // Headline future: "China to impose tariffs", "China to hold drills near Taiwan": a clause-initial subject
        // followed at once by "to", with the trigger (or the light verb before it) right after.
        if (actors.Count > 0 && actors[^1].EndToken < tr.First && tr.First - actors[^1].EndToken <= 4
            && _cues.To.Contains(tokens[actors[^1].EndToken]) && IsHeadlineSubject(c, actors[^1].EndToken - 1))
        {
            intended = true;
        }

        if (c.Clauses.KindOf(clause) == ClauseKind.Conditional)
        {
            hypothetical = true;
        }

        if (nominal && IndefiniteWithModalAfter(c, tr))
        {
            hypothetical = true; // "a Chinese invasion of Taiwan would devastate …": an imagined event
        }

        // "analysts doubt that the truce will hold", "fears of an Indian strike"
        for (int k = Math.Max(0, tr.First - 12); k < tr.First && !hypothetical; k++)
        {
            if (_cues.Epistemic.Contains(tokens[k]))
            {
                hypothetical = true;
            }
        }

        return negated ? Modality.Negated
            : hypothetical ? Modality.Hypothetical
            : expected ? Modality.Expected
            : intended ? Modality.Intended
            : Modality.Asserted;
    }

    private static bool IsFutureAuxiliary(Sentence sentence, int k) => sentence.TokenText(k) is "will" or "'ll" or "shall" or "Will";

    private bool ReportedOrIntendedBefore(SentenceContext c, int k)
    {
        for (int i = 0; i < k; i++)
        {
            if (_cues.ReportingOrIntent.Contains(c.Tokens[i]))
            {
                return true;
            }
        }

        return false;
    }

    private void Emit(SentenceContext c, TriggerMatch tr, IReadOnlyList<Mention> actorMentions, IReadOnlyList<Mention> recipientMentions,
        Modality modality, bool nominal, bool passive, List<CodedEvent> output)
    {
        var rule = tr.Rule;
        var actors = Flatten(actorMentions).Select(a => a.Key is null && a.Kind == ActorKind.Agent ? WithLocalCountry(c, a) : a).ToList();
        if (rule.Mode == "visit" && actors.All(a => a.Kind == ActorKind.Agent && a.Sector == "MIL"))
        {
            return; // a warship "arriving in Busan" is a deployment, not a visit
        }

        var recipients = Flatten(recipientMentions).Select(r => r.Key is null && r.Kind == ActorKind.Agent ? WithLocalCountry(c, r, actorMentions) : r).ToList();
        bool anaphoricActor = actorMentions.Any(m => m.IsAnaphor);
        if (rule.Has(TriggerFlags.SocietalActor) && !actors.Any(a => a.Kind == ActorKind.Agent && a.Sector is { } s && s_societalSectors.Contains(s)))
        {
            return;
        }

        if (recipients.Count == 0 && rule.Has(TriggerFlags.Domestic))
        {
            // "police arrested three activists": the target is the actor's own society.
            recipients = [.. actors.Where(a => a.Country is not null).Select(a => a with { Kind = ActorKind.State, Name = _countryName(a.Country!) ?? a.Country!, Sector = null, Title = null, Org = null }).Take(1)];
        }

        var type = rule.Type;
        string cameoCode = rule.Cameo;
        string? mode = rule.Mode;
        bool reciprocalRule = rule.Has(TriggerFlags.Reciprocal);
        if (rule.Has(TriggerFlags.JointWhenShared) && recipients.Count == 0 && DistinctKeys(actors) >= 2)
        {
            // "US-South Korean drills", "China and Russia held naval drills": joint exercises are cooperation.
            (type, cameoCode, mode, reciprocalRule) = (EventType.Cooperate, "062", null, true);
        }

        var pairs = new List<(ActorRef Actor, ActorRef? Recipient, bool Reciprocal)>();
        if (recipients.Count == 0 && reciprocalRule && DistinctKeys(actors) >= 2)
        {
            foreach (var a in actors)
            {
                foreach (var b in actors)
                {
                    if (a.Key != b.Key)
                    {
                        pairs.Add((a, b, true));
                    }
                }
            }
        }
        else
        {
            foreach (var a in actors)
            {
                if (recipients.Count == 0)
                {
                    pairs.Add((a, null, false));
                    continue;
                }

                foreach (var r in recipients)
                {
                    pairs.Add((a, r, false));
                }
            }
        }

        var date = DateResolver.Resolve(c.Sentence, c.StoryDate, tr.First, modality is Modality.Intended or Modality.Expected);
        if (c.StoryDate is { } story && date.Date is { } when && date.Start >= 0 && EndOfPeriod(when, date.Precision) < story.AddYears(-2))
        {
            return; // "normalised relations in 1965": background history, not news
        }

        var location = FindLocation(c, tr, recipientMentions, rule);
        if (pairs.Count > 0 && recipientMentions.All(m => m.IsAnaphor)
            && pairs.All(p => p.Recipient is not null && p.Actor.SameEntity(p.Recipient) && !rule.Has(TriggerFlags.Domestic)))
        {
            // "Poland would deploy troops to its border": the only "recipient" is the actor itself.
            pairs = [.. pairs.Select(p => (p.Actor, (ActorRef?)null, false))];
        }

        if (!rule.Has(TriggerFlags.Domestic) && pairs.Any(p => p.Recipient is not null && p.Recipient.Key != p.Actor.Key))
        {
            // "China urged both countries", "the two leaders agreed … both countries share": a group recipient that
            // takes in the actor's own state is addressed to the others, not to itself.
            pairs.RemoveAll(p => p.Recipient is not null && p.Recipient.Key == p.Actor.Key && !p.Actor.SameEntity(p.Recipient));
        }

        var seen = new HashSet<(string?, string?)>();
        foreach (var (actor, recipient, reciprocal) in pairs)
        {
            bool domestic = rule.Has(TriggerFlags.Domestic) && recipient is not null && recipient.Key == actor.Key;
            if (actor.Key is null || (recipient is not null && !domestic && (actor.SameEntity(recipient) || recipient.Key is null)))
            {
                continue;
            }

            if (recipient is null && (s_dyadicTypes.Contains(type) || rule.Has(TriggerFlags.RecipientRequired)))
            {
                continue;
            }

            if (!seen.Add((actor.Key, recipient?.Key)))
            {
                continue;
            }

            double confidence = (nominal ? 0.8 : 0.85) + (recipient is not null ? 0.05 : 0) - (anaphoricActor ? 0.1 : 0) - (passive ? 0.05 : 0);
            output.Add(new CodedEvent
            {
                Type = type,
                Mode = mode,
                Contexts = rule.Contexts,
                Modality = modality,
                Reciprocal = reciprocal,
                Actor = actor,
                Recipient = recipient,
                Location = location,
                Trigger = c.Sentence.SpanOf(tr.First, tr.End),
                Date = date,
                Cameo = cameoCode,
                Goldstein = _cameo.Goldstein(cameoCode),
                QuadClass = CameoTable.QuadClass(cameoCode),
                Confidence = Math.Round(Math.Clamp(confidence, 0.3, 0.95), 2),
                RuleLine = rule.Line,
                TriggerTokens = (tr.First, tr.End),
                HeadLemma = c.Tokens[tr.End - 1].LemmaId,
                Nominal = nominal,
            });
        }
    }

    /// <summary>
    /// Just after the latest "and"/"but" between <paramref name="floor"/> and the trigger that joins a second verb (not
    /// "and would", "but not"), else <paramref name="floor"/>. With <paramref name="sameSubject"/> the "and" must be in
    /// the trigger's clause with no new subject after it.
    /// </summary>
    private int CoordinatedVerbStart(SentenceContext c, TriggerMatch tr, int floor, bool sameSubject)
    {
        var tokens = c.Tokens;
        for (int k = tr.First - 1; k > floor; k--)
        {
            if (c.Sentence.TokenText(k) is "and" or "but" && !_cues.Auxiliaries.Contains(tokens[k + 1]) && !_cues.Negation.Contains(tokens[k + 1])
                && (!sameSubject || (c.Clauses.ClauseOf(k) == c.Clauses.ClauseOf(tr.First) && c.MentionAt[k + 1] < 0)))
            {
                return k + 1;
            }
        }

        return floor;
    }

    private bool IndefiniteWithModalAfter(SentenceContext c, TriggerMatch tr)
    {
        bool indefinite = false;
        for (int k = tr.First - 1; k >= 0 && k >= tr.First - 4; k--)
        {
            var w = c.Sentence.TokenText(k);
            if (w is "a" or "an" or "A" or "An")
            {
                indefinite = true;
                break;
            }

            if (c.Tokens[k].Kind == TokenKind.Punctuation || _cues.Articles.Contains(c.Tokens[k]) || _cues.Prepositions.Contains(c.Tokens[k]))
            {
                break;
            }
        }

        if (!indefinite)
        {
            return false;
        }

        for (int k = tr.End; k < c.Tokens.Length && k <= tr.End + 6; k++)
        {
            if (c.Tokens[k].Kind == TokenKind.Punctuation)
            {
                return false;
            }

            if (c.Sentence.TokenText(k) is "would" or "could" or "might")
            {
                return true;
            }
        }

        return false;
    }

    private static DateOnly EndOfPeriod(DateOnly date, DatePrecision precision) => precision switch
    {
        DatePrecision.Year => new DateOnly(date.Year, 12, 31),
        DatePrecision.Month => date.AddMonths(1).AddDays(-1),
        DatePrecision.Week => date.AddDays(6),
        _ => date,
    };

    private static readonly HashSet<string> s_localSectors = new(StringComparer.Ordinal) { "COP", "CVL", "OPP", "EDU", "LAB", "JUD", "AGR", "REL", "REB", "CRM", "UAF", "LEG" };

    /// <summary>"police fired tear gas … in Jakarta": a domestic agent without a country belongs where the sentence is.</summary>
    private ActorRef WithLocalCountry(SentenceContext c, ActorRef agent, IReadOnlyList<Mention>? actorMentions = null)
    {
        if (agent.Sector is not { } sector || !s_localSectors.Contains(sector))
        {
            return agent;
        }

        foreach (var m in c.Mentions)
        {
            if (m.Role == MentionRole.Locative && m.Place?.Country is { } country)
            {
                return agent with { Country = country };
            }
        }

        // "Police arrested protesters", "Castro urged the opposition to stay calm": the society acted on is the actor's;
        // failing that, that of another domestic agent of the sentence ("police in Nairobi fired at protesters
        // demanding …"); failing that, the country the document is about.
        var actorCountry = actorMentions?.SelectMany(m => m.Actors).Select(a => a.Country).FirstOrDefault(k => k is not null)
            ?? LocalAgentCountry(c)
            ?? c.Memory?.DominantCountry();
        return actorCountry is null ? agent : agent with { Country = actorCountry };
    }

    private static string? LocalAgentCountry(SentenceContext c)
    {
        foreach (var m in c.Mentions)
        {
            if (m.Actor is { Kind: ActorKind.Agent, Country: { } country, Sector: { } sector } && s_localSectors.Contains(sector))
            {
                return country;
            }
        }

        return null;
    }

    private static List<ActorRef> Flatten(IReadOnlyList<Mention> mentions)
    {
        var result = new List<ActorRef>();
        foreach (var m in mentions)
        {
            result.AddRange(m.Actors);
        }

        return result;
    }

    private static int DistinctKeys(List<ActorRef> actors) => actors.Select(a => a.Key).Where(k => k is not null).Distinct().Count();

    private PlaceRef? FindLocation(SentenceContext c, TriggerMatch tr, IReadOnlyList<Mention> recipientMentions, TriggerRule rule)
    {
        PlaceRef? best = null;
        int bestDistance = int.MaxValue;
        foreach (var m in c.Mentions)
        {
            if (m.Role != MentionRole.Locative || m.Place is null)
            {
                continue;
            }

            // "before traveling to Shanghai": a destination is where the actor goes next, not where this happened.
            if (rule.Mode != "visit" && m.FirstToken > 0 && _cues.Destination.Contains(c.Tokens[m.FirstToken - 1]))
            {
                continue;
            }

            int distance = Math.Abs(m.FirstToken - tr.First) + (m.FirstToken < tr.First ? 2 : 0);
            if (distance < bestDistance)
            {
                best = m.Place;
                bestDistance = distance;
            }
        }

        if (best is null && rule.Mode == "visit")
        {
            best = recipientMentions.FirstOrDefault(m => m.Place is not null)?.Place;
        }

        return best;
    }
}
