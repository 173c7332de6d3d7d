using Tightrope.Actors;
using Tightrope.Text;

namespace Tightrope.Events;

/// <summary>What kind of clause a token is in.</summary>
internal enum ClauseKind : byte
{
    Main,
    Relative,
    Subordinate,
    Conditional,
    Complement,
}

/// <summary>
/// A shallow clause segmentation of one sentence: each token gets a clause id. Boundaries are semicolons,
/// subordinators, relative pronouns, reporting verbs and "but"; a relative clause opened after a comma ends at the
/// next comma and hands back to the clause it interrupted.
/// </summary>
internal sealed class ClauseMap
{
    private readonly int[] _clauseOf;
    private readonly List<(ClauseKind Kind, int Antecedent, int FirstToken, bool SubjectGap)> _clauses = [];

    private ClauseMap(int tokenCount) => _clauseOf = new int[tokenCount];

    public int ClauseOf(int token) => _clauseOf[token];

    public ClauseKind KindOf(int clause) => _clauses[clause].Kind;

    /// <summary>Mention index of the antecedent of a relative clause, or -1.</summary>
    public int AntecedentOf(int clause) => _clauses[clause].Antecedent;

    /// <summary>True when a relative clause's subject is its antecedent ("which supports Taiwan").</summary>
    public bool HasSubjectGap(int clause) => _clauses[clause].SubjectGap;

    /// <summary>First token of a clause.</summary>
    public int FirstTokenOf(int clause) => _clauses[clause].FirstToken;

    public static ClauseMap Build(Sentence sentence, IReadOnlyList<Mention> mentions, EventCues cues, bool[] isVerbal)
    {
        var tokens = sentence.Tokens;
        var map = new ClauseMap(tokens.Length);
        map._clauses.Add((ClauseKind.Main, -1, 0, false));
        int current = 0;
        int resumeAfterComma = -1;
        bool subordinateOpen = false;
        bool reportedComplement = false;
        int reporter = -1;
        bool clauseHasVerb = false;
        int clauseOfVerb = 0;

        // "After a meeting in Manila that both sides described as frank, X and Y agreed …": an opening adverbial
        // ends at its first comma, whatever was nested inside it.
        bool openingAdverbial = tokens.Length > 0 && (cues.Subordinator.Contains(tokens[0]) || cues.Prepositions.Contains(tokens[0]));
        var mentionAt = new int[tokens.Length];
        Array.Fill(mentionAt, -1);
        for (int m = 0; m < mentions.Count; m++)
        {
            mentionAt[mentions[m].FirstToken] = m;
        }

        for (int i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            if (clauseOfVerb != current)
            {
                clauseHasVerb = false;
                clauseOfVerb = current;
            }

            if (isVerbal[i])
            {
                clauseHasVerb = true;
            }

            var text = sentence.TokenText(i);
            bool afterComma = i > 0 && sentence.TokenText(i - 1) is ",";
            if (text is ";" or ":" || (text is "-" && i > 0 && tokens[i - 1].End < t.Start))
            {
                current = map.Open(ClauseKind.Main, -1, i + 1, false);
                resumeAfterComma = -1;
                map._clauseOf[i] = current;
                continue;
            }

            if (text is ",")
            {
                map._clauseOf[i] = current;
                if (openingAdverbial)
                {
                    openingAdverbial = false;
                    resumeAfterComma = -1;
                    subordinateOpen = false;
                    current = map.Open(ClauseKind.Main, -1, i + 1, false);
                }
                else if (resumeAfterComma >= 0)
                {
                    current = resumeAfterComma; // end of ", which …," – back to the interrupted clause
                    resumeAfterComma = -1;
                }
                else if (subordinateOpen)
                {
                    current = map.Open(ClauseKind.Main, -1, i + 1, false);
                    subordinateOpen = false;
                }

                continue;
            }

            if ((cues.RelativePronoun.Contains(t) || (afterComma && text is "where" or "whose")) && i > 0)
            {
                int antecedent = LastMentionBefore(mentions, i);
                bool gap = i + 1 < tokens.Length && isVerbal[i + 1];
                int outer = current;
                current = map.Open(ClauseKind.Relative, antecedent, i + 1, gap);
                if (afterComma)
                {
                    resumeAfterComma = outer;
                }
            }
            else if (i == 0 && cues.InvertedConditional.Contains(t) && t.Has(TokenFlags.Capitalized) && tokens.Length > 2
                && (mentionAt[1] >= 0 || sentence.TokenText(1) is "the"))
            {
                current = map.Open(ClauseKind.Conditional, -1, 1, false); // "Should Serbia send troops, …": an inverted "if"
                subordinateOpen = true;
            }
            else if (text is "case" && i > 0 && sentence.TokenText(i - 1) is "in" or "In" && StartsClause(tokens, i, mentionAt, cues, sentence, isVerbal))
            {
                current = map.Open(ClauseKind.Conditional, -1, i + 1, false); // "in case Trump sought a meeting"
                subordinateOpen = true;
            }
            else if (cues.Subordinator.Contains(t) && StartsClause(tokens, i, mentionAt, cues, sentence, isVerbal))
            {
                var kind = cues.Conditional.Contains(t) ? ClauseKind.Conditional : ClauseKind.Subordinate;
                current = map.Open(kind, -1, i + 1, false);
                subordinateOpen = true;
            }
            else if (reportedComplement && reporter >= 0 && afterComma && cues.And.Contains(t) && i + 1 < tokens.Length
                && (cues.ReportingOrIntent.Contains(tokens[i + 1]) || cues.SpeechActs.Contains(tokens[i + 1])))
            {
                // "Pakistan said the strikes killed 26 civilians, and vowed to retaliate": the reporter speaks again.
                current = map.Open(ClauseKind.Main, reporter, i + 1, true);
                reportedComplement = false;
            }
            else if (cues.ClauseCoordinator.Contains(t))
            {
                current = map.Open(ClauseKind.Main, -1, i + 1, false);
                subordinateOpen = false;
            }
            else if (cues.Reporting.Contains(t))
            {
                map._clauseOf[i] = current;
                reporter = FirstActorFrom(mentions, map._clauses[current].FirstToken, i);
                reportedComplement = true;
                int next = i + 1;
                // "told reporters", "said in a statement": the complement starts after "that" or the next actor.
                current = map.Open(ClauseKind.Complement, -1, next, false);
                subordinateOpen = false;
                continue;
            }
            else if (cues.That.Contains(t) && i + 1 < tokens.Length && (mentionAt[i + 1] >= 0 || cues.The.Contains(tokens[i + 1])))
            {
                current = map.Open(ClauseKind.Complement, -1, i + 1, false);
            }
            else if (cues.And.Contains(t) && SubjectAt(tokens, i + 1, mentionAt, cues) is int subject and >= 0 && (i == 0 || mentionAt[i - 1] < 0))
            {
                // "Japan protested and China rejected the claim", "…, and the United States sanctioned a minister": a new
                // subject followed by a verb opens a clause.
                int after = mentions[subject].EndToken;
                while (after + 1 < tokens.Length && cues.And.Contains(tokens[after]) && mentionAt[after + 1] >= 0)
                {
                    after = mentions[mentionAt[after + 1]].EndToken; // ", and he and Motegi called on …"
                }

                if (clauseHasVerb && after < tokens.Length && isVerbal[after])
                {
                    current = map.Open(ClauseKind.Main, -1, i + 1, false);
                }
            }

            map._clauseOf[i] = current;
        }

        return map;
    }

    private int Open(ClauseKind kind, int antecedent, int firstToken, bool subjectGap)
    {
        _clauses.Add((kind, antecedent, firstToken, subjectGap));
        return _clauses.Count - 1;
    }

    private static bool StartsClause(Token[] tokens, int i, int[] mentionAt, EventCues cues, Sentence sentence, bool[] isVerbal)
    {
        // "as Seoul seeks", "after Japan protested": a subordinator followed by an actor (or "the"/pronoun).
        if (i + 1 >= tokens.Length)
        {
            return false;
        }

        if (mentionAt[i + 1] >= 0 || cues.StrongSubordinator.Contains(tokens[i]))
        {
            return true;
        }

        var next = sentence.TokenText(i + 1);
        return next is "the" or "The" or "he" or "she" or "it" or "they" or "we" or "i" or "He" or "She" or "It" or "They"
            || (cues.Conditional.Contains(tokens[i]) && !cues.Prepositions.Contains(tokens[i + 1]))
            || (sentence.TokenText(i) is not ("as" or "As") && NounPhraseThenVerb(tokens, i + 1, cues, sentence, isVerbal));
    }

    /// <summary>
    /// "after a Chinese ship entered", "after balloons from the neighbouring country violated": a short noun phrase
    /// and then a verb make the subordinator open a clause with its own subject, even when no actor starts it.
    /// </summary>
    private static bool NounPhraseThenVerb(Token[] tokens, int from, EventCues cues, Sentence sentence, bool[] isVerbal)
    {
        const int MaxSubjectTokens = 7;
        if (from >= tokens.Length || cues.Prepositions.Contains(tokens[from])
            || (isVerbal[from] && !sentence.TokenText(from).EndsWith("ed", StringComparison.Ordinal)))
        {
            return false; // "after meeting Xi" has the main subject; "after armed men stormed …" is read on
        }

        for (int j = from + 1; j < tokens.Length && j <= from + MaxSubjectTokens; j++)
        {
            if (tokens[j].Kind == TokenKind.Punctuation)
            {
                return false;
            }

            if (cues.And.Contains(tokens[j]) || sentence.TokenText(j) is "or" or "but")
            {
                return false; // "… for invasion and warned": a second verb of the main clause
            }

            if (isVerbal[j] && !(sentence.TokenText(j - 1) is "a" or "an" or "the" or "its" or "their" or "his" or "her"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The mention starting at <paramref name="i"/>, or right after a "the" there; else -1.</summary>
    private static int SubjectAt(Token[] tokens, int i, int[] mentionAt, EventCues cues)
    {
        if (i < tokens.Length && mentionAt[i] >= 0)
        {
            return mentionAt[i];
        }

        return i + 1 < tokens.Length && cues.The.Contains(tokens[i]) && mentionAt[i + 1] >= 0 ? mentionAt[i + 1] : -1;
    }

    private static int FirstActorFrom(IReadOnlyList<Mention> mentions, int from, int to)
    {
        for (int m = 0; m < mentions.Count; m++)
        {
            if (mentions[m].FirstToken >= from && mentions[m].FirstToken < to && mentions[m].Role != MentionRole.Locative && mentions[m].Actor is not null)
            {
                return m;
            }
        }

        return -1;
    }

    private static int LastMentionBefore(IReadOnlyList<Mention> mentions, int token)
    {
        int found = -1;
        for (int m = 0; m < mentions.Count; m++)
        {
            if (mentions[m].EndToken <= token && mentions[m].Role != MentionRole.Locative && mentions[m].Actor is not null)
            {
                found = m;
            }
        }

        return found;
    }
}
