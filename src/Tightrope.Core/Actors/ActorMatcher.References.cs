using Tightrope.Text;

namespace Tightrope.Actors;

internal sealed partial class ActorMatcher
{
    /// <summary>A person or agent as the state they belong to; states and international bodies stay as they are.</summary>
    private ActorRef AsItsState(ActorRef actor) =>
        actor.Kind is ActorKind.Person or ActorKind.Agent && actor.Country is { } code && _catalog.Country(code) is { } country
            ? actor with { Kind = ActorKind.State, Name = country.Name, Sector = null, Title = null, Org = null }
            : actor;

    /// <summary>
    /// Whether the word at <paramref name="i"/>, right after "it is/was/has", makes "it" an agent: a progressive or a
    /// perfect ("it was expelling", "it has expelled"), not "it was expected" or "it has been reported".
    /// </summary>
    private bool IsActiveVerbAfter(Sentence sentence, int i)
    {
        var tokens = sentence.Tokens;
        if (i >= tokens.Length || tokens[i].Kind != TokenKind.Word || tokens[i].Has(TokenFlags.Capitalized) || _cues.DummyParticiple.Contains(tokens[i]))
        {
            return false;
        }

        var word = sentence.TokenText(i);
        var auxiliary = sentence.TokenText(i - 1);
        bool perfect = auxiliary is "has" or "had";
        return word.EndsWith("ing", StringComparison.Ordinal) && word.Length > 4
            || perfect && (word.EndsWith("ed", StringComparison.Ordinal) && word.Length > 4 || _vocabulary.IsIrregularForm(word));
    }

    /// <summary>
    /// "Japan did not condemn China, but it summoned …": "it" opening a clause after "but" or "and" continues the
    /// sentence's subject (a state or organisation named first), not the state named last.
    /// </summary>
    private static ActorRef? CoordinatedSubject(AssemblyState s, int i)
    {
        if (i < 2 || s.Sentence.TokenText(i) is not "it" || s.Sentence.TokenText(i - 1) is not ("but" or "and") || s.Output.Count == 0)
        {
            return null;
        }

        var first = s.Output[0];
        bool opensSentence = first.FirstToken == 0 || (first.FirstToken == 1 && s.Sentence.TokenText(0) is "The");
        return opensSentence && !first.IsPossessive && first.Role == MentionRole.Argument
            && first.Actor is { Kind: ActorKind.State or ActorKind.Organization, Key: not null } actor ? actor : null;
    }

    /// <summary>
    /// Resolves a token that is not a catalog phrase: pronouns, "the two leaders", a surname seen before.
    /// Returns the next token index.
    /// </summary>
    private int ResolveReference(AssemblyState s, int i)
    {
        var tokens = s.Tokens;
        var t = tokens[i];
        if (_cues.PersonPronoun.Contains(t))
        {
            bool objectCase = s.Sentence.TokenText(i) is "him" || (s.Sentence.TokenText(i) is "her" && i > 0 && s.Tokens[i - 1].Kind == TokenKind.Word
                && (i + 1 >= s.Tokens.Length || s.Tokens[i + 1].Kind != TokenKind.Word));
            var person = objectCase ? s.Memory.PersonForObjectPronoun(s.Sentence.Index) : s.Memory.PersonForPronoun(s.Sentence.Index);
            return person is null ? i + 1 : Emit(s, Anaphor(s, i, i + 1, person));
        }

        if (_cues.CollectivePronoun.Contains(t))
        {
            if (i + 1 < tokens.Length && _cues.DummySubjectFollower.Contains(tokens[i + 1]) && !_cues.Its.Contains(t)
                && !IsActiveVerbAfter(s.Sentence, i + 2))
            {
                return i + 1; // "it is unclear", "it was expected": not a reference
            }

            var collective = CoordinatedSubject(s, i) ?? s.Memory.LatestCollective(s.Sentence.Index);
            return collective is null ? i + 1 : Emit(s, Anaphor(s, i, i + 1, collective));
        }

        if (_cues.PluralPronoun.Contains(t))
        {
            var members = s.Memory.ForPluralPronoun();
            if (members is null)
            {
                return i + 1;
            }

            var single = Anaphor(s, i, i + 1, members[0]);
            var mention = members.Count == 1 ? single : new Mention
            {
                FirstToken = single.FirstToken,
                EndToken = single.EndToken,
                Actor = single.Actor,
                Group = [.. members.Select(m => m with { Text = single.Actor!.Text, Start = single.Actor.Start, End = single.Actor.End })],
                Role = MentionRole.Argument,
                IsAnaphor = true,
                IsPossessive = single.IsPossessive,
            };
            s.Output.Add(mention);
            return i + 1;
        }

        if (_cues.PairDeterminer.Contains(t) && i + 1 < tokens.Length)
        {
            int nounAt = i + 1;
            int start = i > 0 && _cues.The.Contains(tokens[i - 1]) ? i - 1 : i;
            bool people = _cues.PairPeople.Contains(tokens[nounAt]) || _cues.PairPeople.ContainsLemma(tokens[nounAt]);
            bool sides = _cues.PairSides.Contains(tokens[nounAt]);
            if (people || sides)
            {
                int size = s.Sentence.TokenText(i) is "three" or "Three" ? 3 : 2;
                var pair = s.Memory.LatestDistinct(size, peopleOnly: people, s.Sentence.Index, ObjectOfSubject(s, start));
                if (pair is not null && sides)
                {
                    pair = [.. pair.Select(AsItsState)]; // "the two countries" after two presidents: their states
                }

                if (pair is not null)
                {
                    var mention = new Mention
                    {
                        FirstToken = start,
                        EndToken = nounAt + 1,
                        Actor = pair[0] with { Text = s.Sentence.TextOf(start, nounAt + 1), Start = tokens[start].Start, End = tokens[nounAt].End },
                        Group = [.. pair.Select(p => p with { Text = s.Sentence.TextOf(start, nounAt + 1), Start = tokens[start].Start, End = tokens[nounAt].End })],
                        Role = MentionRole.Argument,
                        IsAnaphor = true,
                    };
                    s.Output.Add(mention);
                    return nounAt + 1;
                }
            }
        }

        if (t.Kind == TokenKind.Word && t.Has(TokenFlags.Capitalized) && !_cues.NotNames.Contains(t))
        {
            var surname = s.Sentence.TokenText(i);
            var earlier = s.Memory.PersonBySurname(surname, _surnameOf);
            if (earlier is not null)
            {
                return Emit(s, Anaphor(s, i, i + 1, earlier));
            }

            if (t.WordId >= 0 && _peopleByShortName.ContainsKey(t.WordId) && (i + 1 >= tokens.Length || !tokens[i + 1].Has(TokenFlags.Capitalized)))
            {
                var unique = _catalog.FindByShortName(surname.ToString(), s.Date);
                if (unique is { } found)
                {
                    return Emit(s, PersonMention(s, found.Person, null, i, i + 1, owner: null, $"surname {surname} of the only such office holder"));
                }
            }
        }

        return i + 1;
    }

    /// <summary>
    /// The key of the sentence's subject when the phrase starting at <paramref name="start"/> is that subject's object
    /// ("the United States urged both sides"), not a new subject ("…, and the two leaders agreed").
    /// </summary>
    private string? ObjectOfSubject(AssemblyState s, int start)
    {
        if (start == 0 || s.Output.Count == 0 || s.Output[0].Role != MentionRole.Argument)
        {
            return null;
        }

        // Only right after the subject's verb ("urged both sides", "visited both capitals", "met the two leaders");
        // not after "said", "that" or a preposition ("talks between the two governments").
        var before = s.Sentence.TokenText(start - 1);
        var t = s.Tokens[start - 1];
        bool afterVerb = t.Kind == TokenKind.Word && !t.Has(TokenFlags.Capitalized) && !_cues.ReportingVerbs.Contains(t)
            && (before.EndsWith("ed", StringComparison.Ordinal) || _cues.ObjectTakers.Contains(t));
        return afterVerb ? s.Output[0].Actor?.Key : null;
    }

    private string? SurnameOf(ActorRef actor) =>
        _personIndex.TryGetValue(actor.Name, out int index) ? _catalog.People[index].Short : null;

    private static Mention Anaphor(AssemblyState s, int first, int end, ActorRef antecedent)
    {
        string reason = $"refers back to {antecedent.Name} ({antecedent.Key})";
        var tokens = s.Tokens;
        bool possessive = end < tokens.Length && tokens[end].Has(TokenFlags.Possessive);
        return new Mention
        {
            FirstToken = first,
            EndToken = end,
            Actor = antecedent with { Text = s.Sentence.TextOf(first, end), Start = tokens[first].Start, End = tokens[end - 1].End },
            Role = MentionRole.Argument,
            IsAnaphor = true,
            IsPossessive = possessive || s.Sentence.TokenText(first) is "his" or "her" or "its" or "their" or "His" or "Her" or "Its" or "Their",
            Reason = reason,
        };
    }

    /// <summary>Cue words of the actor stage, as vocabulary ids.</summary>
    private sealed class Cues(Vocabulary v)
    {
        public WordSet The { get; } = new(v, "the");
        public WordSet And { get; } = new(v, "and");
        public WordSet Its { get; } = new(v, "its");
        public WordSet StancePrefix { get; } = new(v, "pro", "anti", "non", "ex", "post", "pre");
        public WordSet CountryLocative { get; } = new(v, "in", "at", "near", "inside", "within", "across", "throughout", "around", "off", "outside", "into");
        public WordSet PlaceLocative { get; } = new(v, "in", "at", "near", "inside", "within", "across", "throughout", "around", "off",
            "outside", "into", "to", "from", "via", "toward", "towards", "through", "for", "reached", "arrived", "left");
        public WordSet AgentOrigin { get; } = new(v, "in", "from", "of");
        public WordSet GapStoppers { get; } = new(v, "and", "or", "but", "to", "of", "in", "on", "at", "with", "by", "for", "from",
            "said", "says", "is", "was", "are", "were", "has", "have", "had", "will", "would", "the", "a", "an", "that", "which", "who",
            // function words never sit between an owner and its head ("Niger after soldiers" is two phrases)
            "after", "before", "as", "while", "when", "since", "until", "once", "if", "because", "than", "over", "against", "amid",
            "despite", "into", "about", "through", "under", "near", "between", "among", "during", "without", "within", "where",
            "whose", "whom", "not", "could", "can", "may", "might", "must", "should", "be", "been", "do", "does", "did", "it",
            "its", "they", "their", "he", "his", "she", "her", "we", "this", "these", "those", "then", "also", "up", "off", "out",
            "toward", "towards", "via", "upon", "across", "along", "around", "behind");
        public WordSet ReportingVerbs { get; } = new(v, "added", "noted", "stated", "claimed", "argued", "reported", "confirmed", "stressed",
            "insisted", "explained", "declared", "asserted", "warned", "announced");
        public WordSet ObjectTakers { get; } = new(v, "met", "told", "on", "upon", "sent", "hosted");
        public WordSet TitlePrefixes { get; } = new(v, "vice", "deputy", "acting", "assistant", "under", "senior", "first");
        public WordSet PersonPronoun { get; } = new(v, "he", "she", "him", "his", "her");
        public WordSet CollectivePronoun { get; } = new(v, "it", "its");
        public WordSet PluralPronoun { get; } = new(v, "they", "them", "their");
        public WordSet DummyParticiple { get; } = new(v, "been", "being", "become", "emerged", "seemed", "appeared", "happened", "occurred",
            "come", "turned", "gone", "going", "taken");
        public WordSet DummySubjectFollower { get; } = new(v, "is", "was", "'s", "remains", "remained", "seems", "seemed", "appears", "appeared", "has", "had");
        public WordSet PairDeterminer { get; } = new(v, "two", "both", "three");
        public WordSet PairPeople { get; } = new(v, "leaders", "leader", "presidents", "ministers", "heads", "men", "women", "premiers", "diplomats");
        public WordSet PairSides { get; } = new(v, "sides", "countries", "nations", "governments", "neighbors", "neighbours", "states", "capitals", "allies", "rivals", "militaries");
        public WordSet NotNames { get; } = new(v, "The", "A", "An", "In", "On", "At", "But", "And", "He", "She", "It", "They", "This", "That",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May",
            "June", "July", "August", "September", "October", "November", "December", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
            "Mr.", "Mrs.", "Ms.", "Dr.", "After", "Before", "When", "While", "As", "If", "Meanwhile", "However", "Last", "Earlier", "Later",
            "Also", "Still", "Both", "Such", "Some", "Many", "Officials", "Analysts", "Security", "Trade", "Talks");
    }
}
