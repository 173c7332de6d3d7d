using Tightrope.Actors;
using Tightrope.Text;

namespace Tightrope.Events;

internal sealed partial class EventExtractor
{
    /// <summary>
    /// Codes one event of <paramref name="type"/> that a sentence classifier found where the lexicon coded nothing.
    /// Roles come from the argument frame of the first verbal lexicon trigger after the first actor (its type
    /// replaced), or failing that from a past-tense predicate right after the first actor; every check the lexicon
    /// path makes (conditionals, commentary, standing states, missing recipients) still applies. Returns true when an
    /// event was appended.
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
        TriggerMatch? frame = null;
        foreach (var t in triggers)
        {
            if (!t.Rule.IsStop && !t.Rule.Has(TriggerFlags.NounOnly) && t.First >= after)
            {
                frame = t;
                break;
            }
        }

        var match = frame is { } f
            ? f with { Rule = AsModelRule(f.Rule, type) }
            : PredicateAfter(sentence, mentionAt, after) is int p
                ? new TriggerMatch(ModelRule(type, [new RecipientSlot(SlotKind.Object, string.Empty, -1)], TriggerFlags.VerbOnly), p, p + 1)
                : (TriggerMatch?)null;
        if (match is not { } chosen || CoveredByStop(triggers, chosen.First))
        {
            return false; // "declined to comment" is no rejection, whatever the model thinks of the sentence
        }

        var verbish = new bool[tokens.Length];
        var verbalStarts = new bool[tokens.Length];
        verbalStarts[chosen.First] = true;
        for (int i = 0; i < tokens.Length; i++)
        {
            verbish[i] = i == chosen.First || IsVerbish(sentence, i, verbalStarts);
        }

        var clauses = ClauseMap.Build(sentence, mentions, _cues, verbish);
        var context = new SentenceContext(sentence, mentions, mentionAt, clauses, [chosen], storyDate, history ?? [], memory);
        int before = output.Count;
        CodeTrigger(context, chosen, output);
        return output.Count > before;
    }

    private TriggerRule AsModelRule(TriggerRule rule, EventType type) =>
        rule.Type == type ? rule : ModelRule(type, rule.Slots, rule.Flags & (TriggerFlags.VerbOnly | TriggerFlags.NounOnly | TriggerFlags.Inverse)) with
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
    /// The predicate right after the actor, read shallowly: the first word within three tokens (auxiliaries, negation,
    /// modals and adverbs skipped) when it is a lower-case past-tense form ("Rebels shelled …", "has expelled").
    /// Anything else (nouns, possessives, conjunctions) is too weak a frame to hang an event on.
    /// </summary>
    private int? PredicateAfter(Sentence sentence, int[] mentionAt, int start)
    {
        var tokens = sentence.Tokens;
        int skipped = 0;
        for (int i = start; i < tokens.Length && skipped <= 3; i++, skipped++)
        {
            var t = tokens[i];
            if (t.Kind != TokenKind.Word || mentionAt[i] >= 0 || t.Has(TokenFlags.Capitalized))
            {
                return null;
            }

            var word = sentence.TokenText(i);
            if (_cues.Auxiliaries.Contains(t) || _cues.Negation.Contains(t) || _cues.Hypothetical.Contains(t) || _cues.Intended.Contains(t)
                || (word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal)))
            {
                continue;
            }

            return word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal) && !_cues.Reporting.Contains(t) ? i : null;
        }

        return null;
    }
}
