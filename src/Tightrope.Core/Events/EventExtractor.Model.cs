using Tightrope.Actors;
using Tightrope.Text;

namespace Tightrope.Events;

internal sealed partial class EventExtractor
{
    /// <summary>
    /// Codes one event of <paramref name="type"/> that a sentence classifier found where the lexicon coded nothing.
    /// Roles come from the argument frame of the first verbal lexicon trigger after the first actor whose quad class
    /// matches the model's type (its type replaced), or failing that from a past-tense predicate right after the first
    /// actor; the sentence is analysed as in the lexicon pass, with every other trigger in place, so every check the
    /// lexicon makes (conditionals, commentary, standing states, content of an earlier verb, missing recipients)
    /// still applies. Returns true when an event was appended.
    /// </summary>
    public bool ExtractAs(Sentence sentence, IReadOnlyList<Mention> mentions, DateOnly? storyDate, EventType type, List<CodedEvent> output,
        IReadOnlyList<CodedEvent>? history = null, DocumentMemory? memory = null)
    {
        var tokens = sentence.Tokens;
        int firstActor = FirstActorMention(mentions);
        if (tokens.Length == 0 || firstActor < 0)
        {
            return false;
        }

        var mentionAt = MentionIndex(tokens.Length, mentions);
        var triggers = FindTriggers(sentence, mentionAt, mentions);
        int after = mentions[firstActor].EndToken;
        int quad = CameoTable.QuadClass(_cameo.DefaultCode(type, null));
        int frame = -1;
        for (int t = 0; t < triggers.Count; t++)
        {
            var rule = triggers[t].Rule;

            // A frame is borrowed only from a trigger of the same quad class: "approved a sale" cannot carry a deployment.
            if (!rule.IsStop && !rule.Has(TriggerFlags.NounOnly) && triggers[t].First >= after && CameoTable.QuadClass(rule.Cameo) == quad)
            {
                frame = t;
                break;
            }
        }

        TriggerMatch chosen;
        if (frame >= 0)
        {
            chosen = triggers[frame] with { Rule = AsModelRule(triggers[frame].Rule, type) };
            triggers[frame] = chosen;
        }
        else if (!mentions[firstActor].IsAnaphor && !HyphenatedAfter(sentence, after)
            && PredicateAfter(sentence, mentionAt, after) is int p && !CoveredByStop(triggers, p))
        {
            chosen = new TriggerMatch(ModelRule(type, [new RecipientSlot(SlotKind.Object, string.Empty, -1)], TriggerFlags.VerbOnly | TriggerFlags.ActorOrder), p, p + 1);
            triggers.Add(chosen);
            triggers.Sort(static (a, b) => a.First.CompareTo(b.First));
        }
        else
        {
            return false; // no frame to hang the event on ("declined to comment" is no rejection, whatever the model thinks)
        }

        // The same sentence analysis as the lexicon pass, with every trigger in place, so the checks that look at other
        // triggers (content of an earlier verb, embedded verbs) hold for the model's event too.
        var verbalStarts = new bool[tokens.Length];
        foreach (var tr in triggers)
        {
            verbalStarts[tr.First] = tr.First == chosen.First || !IsNominal(sentence, tr, mentionAt, mentions);
        }

        var verbish = new bool[tokens.Length];
        for (int i = 0; i < tokens.Length; i++)
        {
            verbish[i] = IsVerbish(sentence, i, verbalStarts);
        }

        var clauses = ClauseMap.Build(sentence, mentions, _cues, verbish);
        var context = new SentenceContext(sentence, mentions, mentionAt, clauses, triggers, storyDate, history ?? [], memory);
        int before = output.Count;
        CodeTrigger(context, chosen, output);
        return output.Count > before;
    }

    private TriggerRule AsModelRule(TriggerRule rule, EventType type) =>
        rule.Type == type ? rule with { Flags = rule.Flags | TriggerFlags.ActorOrder }
        : ModelRule(type, rule.Slots, (rule.Flags & (TriggerFlags.VerbOnly | TriggerFlags.NounOnly | TriggerFlags.Inverse)) | TriggerFlags.ActorOrder) with
        {
            Pattern = rule.Pattern,
            LiteralCount = rule.LiteralCount,
            Line = rule.Line,
        };

    private TriggerRule ModelRule(EventType type, IReadOnlyList<RecipientSlot> slots, TriggerFlags flags) => new()
    {
        Pattern = "(model)",
        Type = type,
        Cameo = _cameo.DefaultCode(type, null),
        Slots = slots,
        Flags = flags | (type is EventType.Coerce or EventType.Protest ? TriggerFlags.Domestic : TriggerFlags.None),
        LiteralCount = 1,
    };

    private static bool CoveredByStop(List<TriggerMatch> triggers, int token)
    {
        foreach (var t in triggers)
        {
            if (t.Rule.IsStop && t.First <= token && token < t.End)
            {
                return true;
            }
        }

        return false;
    }

    private static int FirstActorMention(IReadOnlyList<Mention> mentions)
    {
        for (int m = 0; m < mentions.Count; m++)
        {
            if (mentions[m].Actor?.Key is not null && mentions[m].Role != MentionRole.Locative)
            {
                return m;
            }
        }

        return -1;
    }

    /// <summary>
    /// Roles by actor order, for the model's events only: the first named actor after <paramref name="from"/> that is
    /// neither a place, a pronoun nor the actor itself or its state ("praised the friendship between China and North
    /// Korea": North Korea).
    /// </summary>
    private static IReadOnlyList<Mention> OtherActorAfter(SentenceContext c, int from, IReadOnlyList<Mention> actorMentions)
    {
        for (int k = from; k < c.Tokens.Length; k++)
        {
            int m = c.MentionAt[k];
            if (m < 0 || c.Mentions[m].FirstToken != k)
            {
                continue;
            }

            var mention = c.Mentions[m];
            if (mention.Role == MentionRole.Locative || mention.IsAnaphor || mention.Actor?.Key is not { } key)
            {
                continue;
            }

            bool own = false;
            foreach (var a in actorMentions)
            {
                foreach (var actor in a.Actors)
                {
                    own |= actor.Key == key || (actor.Country is not null && actor.Country == mention.Actor.Country);
                }
            }

            if (!own)
            {
                return [mention];
            }
        }

        return [];
    }

    /// <summary>
    /// Past an apposition between commas right after the actor ("Kim Yo Jong, the sister of North Korea's leader,
    /// dismissed …"): the token after its closing comma, else <paramref name="start"/>.
    /// </summary>
    private static int AfterApposition(Sentence sentence, int start)
    {
        var tokens = sentence.Tokens;
        if (start >= tokens.Length || sentence.TokenText(start) is not ",")
        {
            return start;
        }

        for (int k = start + 1; k < tokens.Length && k <= start + MaxApposition; k++)
        {
            if (sentence.TokenText(k) is ",")
            {
                return k + 1;
            }
        }

        return start;
    }

    private const int MaxApposition = 12;

    /// <summary>"UN-backed", "UAE-based": the actor is a modifier of what follows, not the subject of a verb.</summary>
    private static bool HyphenatedAfter(Sentence sentence, int end) =>
        end > 0 && end < sentence.Tokens.Length && sentence.DocumentText[sentence.Tokens[end - 1].End] is '-';

    /// <summary>
    /// The predicate right after the actor, read shallowly: the first word within three tokens (auxiliaries, negation,
    /// modals and adverbs skipped) when it is a lower-case past-tense form ("Rebels shelled …", "has expelled",
    /// "threw its weight behind"), not a light or mental verb ("made", "went", "thought"), and not after a form of
    /// "be" (a passive or a description). The actor must be named, not a pronoun.
    /// Anything else (nouns, possessives, conjunctions) is too weak a frame to hang an event on.
    /// </summary>
    private int? PredicateAfter(Sentence sentence, int[] mentionAt, int start)
    {
        var tokens = sentence.Tokens;
        start = AfterApposition(sentence, start);
        int skipped = 0;
        for (int i = start; i < tokens.Length && skipped <= 3; i++, skipped++)
        {
            var t = tokens[i];
            if (t.Kind != TokenKind.Word || mentionAt[i] >= 0 || t.Has(TokenFlags.Capitalized))
            {
                return null;
            }

            var word = sentence.TokenText(i);
            if (_cues.Be.Contains(t))
            {
                return null; // "were hit by", "will be accompanied by": the actor is the one acted on, or only described
            }

            if (_cues.Auxiliaries.Contains(t) || _cues.Negation.Contains(t) || _cues.Hypothetical.Contains(t) || _cues.Intended.Contains(t)
                || (word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal)))
            {
                continue;
            }

            bool past = (word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal))
                || (_vocabulary.IsIrregularPast(word) && !_cues.LightOrMentalPast.Contains(t));
            return past && !_cues.Reporting.Contains(t) && !_cues.ReportingOrIntent.Contains(t) ? i : null;
        }

        return null;
    }
}
