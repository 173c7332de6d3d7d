using Tightrope.Text;

namespace Tightrope.Actors;

internal sealed partial class ActorMatcher
{
    private const int MaxModifierGap = 2;

    /// <summary>
    /// Appends the mentions of <paramref name="sentence"/> to <paramref name="output"/> in token order and records
    /// them in <paramref name="memory"/> for later references.
    /// </summary>
    public void FindMentions(Sentence sentence, DocumentMemory memory, DateOnly? date, List<Mention> output)
    {
        var tokens = sentence.Tokens;
        var atoms = new List<Atom>();
        for (int i = 0; i < tokens.Length;)
        {
            int len = LongestMatch(tokens, i, out var atom);
            if (len > 0)
            {
                atoms.Add(atom);
                i += len;
            }
            else
            {
                i++;
            }
        }

        var state = new AssemblyState(sentence, memory, date, atoms, output);
        int ai = 0;
        for (int i = 0; i < tokens.Length;)
        {
            if (ai < atoms.Count && atoms[ai].First == i)
            {
                i = AssembleAt(state, ref ai);
                continue;
            }

            i = ResolveReference(state, i);
        }

        InheritOwnerFromPossessives(output);
    }

    /// <summary>"asked their government": an agent owned by a possessive pronoun belongs to that owner's country.</summary>
    private static void InheritOwnerFromPossessives(List<Mention> output)
    {
        for (int m = 1; m < output.Count; m++)
        {
            var owner = output[m - 1];
            var agent = output[m];
            if (owner.IsAnaphor && owner.IsPossessive && owner.EndToken == agent.FirstToken && agent.Actor is { Kind: ActorKind.Agent, Country: null, Org: null } a
                && owner.Actor?.Country is { } country)
            {
                output[m] = new Mention
                {
                    FirstToken = agent.FirstToken,
                    EndToken = agent.EndToken,
                    Actor = a with { Country = country },
                    Role = agent.Role,
                    IsPossessive = agent.IsPossessive,
                };
            }
        }
    }

    private sealed record AssemblyState(Sentence Sentence, DocumentMemory Memory, DateOnly? Date, List<Atom> Atoms, List<Mention> Output)
    {
        public Token[] Tokens => Sentence.Tokens;
    }

    private int AssembleAt(AssemblyState s, ref int ai)
    {
        var tokens = s.Tokens;
        var a = s.Atoms[ai];
        if (a.First > 0 && tokens[a.First].Has(TokenFlags.HyphenBefore) && _cues.StancePrefix.Contains(tokens[a.First - 1]))
        {
            ai++;
            return a.End; // "pro-Beijing", "anti-Japanese": a stance, not an actor
        }

        if (Disambiguate(s, a, out var replacement) is not { } reading)
        {
            ai++;
            if (replacement is not null)
            {
                s.Output.Add(replacement);
            }

            return a.End;
        }

        if (reading != a)
        {
            a = reading;
            s.Atoms[ai] = a;
        }

        bool isOwnerKind = a.Kind is PhraseKind.Adjective or PhraseKind.Country or PhraseKind.Capital or PhraseKind.Seat or PhraseKind.Organization;
        bool locative = IsLocative(tokens, a.First, a.Kind);
        if (a.Kind is PhraseKind.Adjective or PhraseKind.Country && !locative && TryCompoundOwners(s, ref ai, out int compoundEnd))
        {
            return compoundEnd;
        }

        if (isOwnerKind && !locative)
        {
            bool possessive = a.End < tokens.Length && tokens[a.End].Has(TokenFlags.Possessive);
            int headFrom = a.End + (possessive ? 1 : 0);
            if (ai + 1 < s.Atoms.Count && IsHead(s.Atoms[ai + 1].Kind) && GapIsModifiers(s.Sentence, headFrom, s.Atoms[ai + 1].First))
            {
                int headIndex = ai + 1;
                var head = AssembleHead(s, ref headIndex, a);
                if (head is not null)
                {
                    ai = headIndex;
                    return Emit(s, head);
                }
            }
        }

        if (IsHead(a.Kind))
        {
            var head = AssembleHead(s, ref ai, owner: null);
            if (head is not null)
            {
                return Emit(s, head);
            }

            return s.Atoms[ai - 1].End;
        }

        ai++;
        var mention = Simple(s, a, locative);
        return mention is null ? a.End : Emit(s, mention);
    }

    /// <summary>
    /// "South Korean and US troops", "Chinese and Russian officials": two owners sharing one head become a group
    /// mention with one actor per country.
    /// </summary>
    private bool TryCompoundOwners(AssemblyState s, ref int ai, out int end)
    {
        end = 0;
        var tokens = s.Tokens;
        var first = s.Atoms[ai];
        if (ai + 2 >= s.Atoms.Count || first.End >= tokens.Length || !_cues.And.Contains(tokens[first.End]))
        {
            return false;
        }

        var second = s.Atoms[ai + 1];
        if (second.First != first.End + 1 || second.Kind is not (PhraseKind.Adjective or PhraseKind.Country)
            || !IsHead(s.Atoms[ai + 2].Kind) || s.Atoms[ai + 2].Kind == PhraseKind.Person
            || !GapIsModifiers(s.Sentence, second.End, s.Atoms[ai + 2].First))
        {
            return false;
        }

        int headIndex = ai + 2;
        var head = AssembleHead(s, ref headIndex, second);
        if (head?.Actor is null)
        {
            return false;
        }

        var firstActor = head.Actor with { Country = _catalog.Countries[first.Target].Code, Text = s.Sentence.TextOf(first.First, head.EndToken), Start = tokens[first.First].Start };
        var secondActor = head.Actor with { Text = firstActor.Text, Start = firstActor.Start };
        var group = new Mention
        {
            FirstToken = first.First,
            EndToken = head.EndToken,
            Actor = firstActor,
            Group = [firstActor, secondActor],
            Role = MentionRole.Argument,
        };
        ai = headIndex;
        s.Output.Add(group);
        s.Memory.Add(s.Sentence.Index, firstActor);
        s.Memory.Add(s.Sentence.Index, secondActor);
        s.Memory.AddGroup([firstActor, secondActor]);
        end = group.EndToken;
        return true;
    }

    private static bool IsDemonymNoun(AssemblyState s, Atom a)
    {
        var last = s.Sentence.TokenText(a.End - 1);
        if (last.Length < 4 || !last.EndsWith('s') || last.EndsWith("ss") || last.EndsWith("ese"))
        {
            return false;
        }

        // A plural demonym followed by a noun is still an adjective ("Philippines" is a name, not caught here).
        return a.End >= s.Tokens.Length || s.Tokens[a.End].Kind != TokenKind.Word || !char.IsLower(s.Sentence.TokenText(a.End)[0])
            || s_nonNounFollowers.Contains(s.Sentence.TokenText(a.End).ToString());
    }

    private static readonly HashSet<string> s_nonNounFollowers = new(StringComparer.Ordinal)
    {
        "and", "or", "in", "on", "at", "from", "to", "with", "who", "that", "were", "are", "have", "had", "has", "will", "would",
        "said", "say", "protested", "rallied", "gathered", "marched", "demonstrated", "took", "held", "staged", "living", "of", "for",
    };

    private static bool IsHead(PhraseKind kind) => kind is PhraseKind.Person or PhraseKind.Title or PhraseKind.Agent;

    private bool GapIsModifiers(Sentence sentence, int from, int to)
    {
        var tokens = sentence.Tokens;
        if (to - from > MaxModifierGap || to < from)
        {
            return false;
        }

        for (int i = from; i < to; i++)
        {
            var t = tokens[i];
            if (_cues.TitlePrefixes.Contains(t))
            {
                continue; // "Chinese Vice Foreign Minister Sun Weidong", "the US Deputy Secretary of State"
            }

            if (t.Kind != TokenKind.Word || t.Has(TokenFlags.Capitalized) || t.Has(TokenFlags.Possessive) || _cues.GapStoppers.Contains(t))
            {
                return false;
            }

            // Owner and head join across adjectives ("parliamentary leader"), not across verbs or plural nouns
            // ("the State Department voiced firm support").
            var word = sentence.TokenText(i);
            if (word.Length > 3 && (word.EndsWith("ed", StringComparison.Ordinal) || (word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal))))
            {
                return false;
            }

            if (_vocabulary.IsIrregularPast(word))
            {
                return false; // "Japan met Xi Jinping": a verb, not a modifier
            }
        }

        return true;
    }

    private Mention? AssembleHead(AssemblyState s, ref int ai, Atom? owner)
    {
        var tokens = s.Tokens;
        var h = s.Atoms[ai];
        int first = owner?.First ?? h.First;
        if (owner is null && first > 0 && _cues.The.Contains(tokens[first - 1]) && h.Kind == PhraseKind.Title)
        {
            first--; // "the president"
        }

        switch (h.Kind)
        {
            case PhraseKind.Person:
            {
                ai++;
                var person = _catalog.People[h.Target];
                return PersonMention(s, person, null, first, h.End, owner, "name in the catalog");
            }

            case PhraseKind.Title:
            {
                ai++;
                var title = _catalog.Titles[h.Target];
                if (ai < s.Atoms.Count && s.Atoms[ai].Kind == PhraseKind.Person && s.Atoms[ai].First == h.End)
                {
                    var personAtom = s.Atoms[ai++];
                    return PersonMention(s, _catalog.People[personAtom.Target], title.Title, first, personAtom.End, owner, "title and name in the catalog");
                }

                int nameEnd = CapitalizedRun(tokens, h.End, ai < s.Atoms.Count ? s.Atoms[ai].First : tokens.Length);
                if (owner is null && nameEnd == h.End && OwnerAfterOf(s, ai, h.End) is { } ofOwner)
                {
                    // "the president of France", "the secretary-general of the United Nations", "the mayor of Havana"
                    ai++;

                    // A capital names a city's office ("the mayor of Kinshasa"), not the state's: no national holder.
                    return OwnedTitle(s, title, first, ofOwner.End, ofOwner, nationalOffice: ofOwner.Kind != PhraseKind.Capital);
                }

                string? ownerKey = OwnerCountry(owner) ?? OwnerOrg(owner);
                if (nameEnd == h.End && h.End + 2 < tokens.Length && s.Sentence.TokenText(h.End) is ","
                    && ai < s.Atoms.Count && s.Atoms[ai] is { Kind: PhraseKind.Person } listed && listed.First == h.End + 1
                    && listed.End < tokens.Length && s.Sentence.TokenText(listed.End) is ",")
                {
                    ai++;
                    return PersonMention(s, _catalog.People[listed.Target], title.Title, first, listed.End, owner, "title with the name in apposition");
                }

                if (nameEnd == h.End && h.End + 2 < tokens.Length && s.Sentence.TokenText(h.End) is ",")
                {
                    // "Former Cuban vice-president, Raúl Castro, said …": the name in apposition after a comma.
                    int apposition = CapitalizedRun(tokens, h.End + 1, ai < s.Atoms.Count ? s.Atoms[ai].First : tokens.Length);
                    if (apposition > h.End + 1 && apposition < tokens.Length && s.Sentence.TokenText(apposition) is "," && apposition - h.End >= 3)
                    {
                        var named = ResolveTitledName(sentenceWord(s.Sentence, apposition - 1), title.Title, ownerKey, s.Date);
                        if (named is not null)
                        {
                            return PersonMention(s, named, title.Title, first, apposition, owner, "title with the name in apposition");
                        }

                        return Make(s, first, apposition, reason: "title with an unlisted name in apposition", actor: new ActorRef
                        {
                            Text = s.Sentence.TextOf(first, apposition),
                            Name = s.Sentence.TextOf(h.End + 1, apposition),
                            Kind = ActorKind.Person,
                            Country = OwnerCountry(owner),
                            Org = OwnerOrg(owner),
                            Sector = title.Sector,
                            Title = title.Title,
                        });
                    }
                }

                if (nameEnd > h.End)
                {
                    string surname = sentenceWord(s.Sentence, nameEnd - 1);
                    var resolved = ResolveTitledName(surname, title.Title, ownerKey, s.Date);
                    if (resolved is { } r)
                    {
                        return PersonMention(s, r, title.Title, first, nameEnd, owner, $"title {title.Title} + surname {surname}");
                    }

                    return Make(s, first, nameEnd, new ActorRef
                    {
                        Text = s.Sentence.TextOf(first, nameEnd),
                        Name = s.Sentence.TextOf(h.End, nameEnd),
                        Kind = ActorKind.Person,
                        Country = OwnerCountry(owner),
                        Org = OwnerOrg(owner),
                        Sector = title.Sector,
                        Title = title.Title,
                    });
                }

                if (owner is { } titleOwner && ownerKey is not null)
                {
                    return OwnedTitle(s, title, first, h.End, titleOwner, nationalOffice: true);
                }

                if (first < h.First)
                {
                    var previous = s.Memory.PersonByTitle(title.Title);
                    if (previous is not null)
                    {
                        return Make(s, first, h.End, previous with { Text = s.Sentence.TextOf(first, h.End), Start = tokens[first].Start, End = tokens[h.End - 1].End }, anaphor: true);
                    }
                }

                return null;
            }

            case PhraseKind.Agent:
            {
                ai++;
                var agent = _catalog.Agents[h.Target];
                int end = h.End;
                while (ai < s.Atoms.Count && s.Atoms[ai].Kind == PhraseKind.Agent && s.Atoms[ai].First == end)
                {
                    end = s.Atoms[ai++].End; // "government officials", "coast guard vessels"
                }

                string? country = OwnerCountry(owner);
                string? org = OwnerOrg(owner);
                if (country is null && org is null && end + 1 < tokens.Length && _cues.AgentOrigin.Contains(tokens[end])
                    && ai < s.Atoms.Count
                    && (s.Atoms[ai].First == end + 1 || (s.Atoms[ai].First == end + 2 && _cues.The.Contains(tokens[end + 1])))
                    && s.Atoms[ai].Kind is PhraseKind.Country or PhraseKind.Capital or PhraseKind.Place or PhraseKind.Seat)
                {
                    var place = s.Atoms[ai++];
                    country = CountryOfPlaceAtom(place);
                    end = place.End; // "police in Hong Kong", "the government of the Philippines"
                }
                else if (country is null && org is null && end + 2 < tokens.Length && _cues.AgentOrigin.Contains(tokens[end])
                    && ai < s.Atoms.Count && s.Atoms[ai].Kind == PhraseKind.Organization
                    && (s.Atoms[ai].First == end + 1 || (s.Atoms[ai].First == end + 2 && _cues.The.Contains(tokens[end + 1]))))
                {
                    var body = s.Atoms[ai++];
                    country = _catalog.Organizations[body.Target].Country;
                    org = country is null ? _catalog.Organizations[body.Target].Code : null;
                    end = body.End; // "leaders of the European Union"
                }

                int nameEnd = CapitalizedRun(tokens, end, ai < s.Atoms.Count ? s.Atoms[ai].First : tokens.Length);
                if (nameEnd > end && nameEnd - end >= 2 && (country is not null || org is not null))
                {
                    // "spokesperson Lin Jian", "envoy Steve Witkoff": a named person described by role
                    return Make(s, first, nameEnd, new ActorRef
                    {
                        Text = s.Sentence.TextOf(first, nameEnd),
                        Name = s.Sentence.TextOf(end, nameEnd),
                        Kind = ActorKind.Person,
                        Country = country,
                        Org = org,
                        Sector = agent.Sector,
                        Title = agent.Phrase,
                    });
                }

                return Make(s, first, end, reason: $"agent '{agent.Phrase}' ({agent.Sector})" + (country is null ? string.Empty : $", country {country}"), actor: new ActorRef
                {
                    Text = s.Sentence.TextOf(first, end),
                    Name = agent.Phrase,
                    Kind = ActorKind.Agent,
                    Country = country,
                    Org = org,
                    Sector = agent.Sector,
                });
            }

            default:
                ai++;
                return null;
        }

        static string sentenceWord(Sentence sentence, int index) => sentence.TokenText(index).ToString();
    }

    private (PersonInfo Person, Tenure Tenure)? ResolveTitledNameTenure(string surname, string title, string? ownerKey, DateOnly? date)
    {
        var byTitle = _catalog.FindByShortName(surname, date, title) ?? _catalog.FindByShortName(surname, date);
        if (byTitle is not null)
        {
            return byTitle;
        }

        if (ownerKey is not null && _catalog.OfficeHolder(ownerKey, title, date) is { } holder
            && string.Equals(holder.Person.Short, surname, StringComparison.OrdinalIgnoreCase))
        {
            return holder;
        }

        return null;
    }

    private PersonInfo? ResolveTitledName(string surname, string title, string? ownerKey, DateOnly? date) =>
        ResolveTitledNameTenure(surname, title, ownerKey, date)?.Person;

    private Mention PersonMention(AssemblyState s, PersonInfo person, string? titleInText, int first, int end, Atom? owner, string? how = null)
    {
        var held = person.TenureAt(s.Date);
        var tenure = held ?? Nearest(person, s.Date);
        string when = tenure is null ? "no office on record"
            : $"{tenure.Title} of {tenure.Country ?? tenure.Org} {tenure.Start:yyyy-MM-dd}–{tenure.End?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)}"
              + (held is null ? " (not in office on the story date: nearest tenure)" : string.Empty);
        string reason = $"{how ?? "person in the catalog"}; {when}";
        return Make(s, first, end, reason: reason, actor: new ActorRef
        {
            Text = s.Sentence.TextOf(first, end),
            Name = person.Name,
            Kind = ActorKind.Person,
            Country = tenure?.Country ?? OwnerCountry(owner),
            Org = tenure?.Org ?? OwnerOrg(owner),
            Sector = tenure?.Sector ?? "GOV",
            Title = tenure?.Title ?? titleInText,
        });
    }

    private static string DateText(DateOnly? date) =>
        date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "no story date (current holder)";

    private static Tenure? Nearest(PersonInfo person, DateOnly? date)
    {
        if (person.Tenures.Count == 0)
        {
            return null;
        }

        if (date is null)
        {
            return person.Tenures[^1];
        }

        Tenure best = person.Tenures[0];
        int bestDistance = int.MaxValue;
        foreach (var t in person.Tenures)
        {
            int distance = date.Value < t.Start ? t.Start.DayNumber - date.Value.DayNumber
                : t.End is { } e && date.Value > e ? date.Value.DayNumber - e.DayNumber : 0;
            if (distance < bestDistance)
            {
                best = t;
                bestDistance = distance;
            }
        }

        return best;
    }

    private Mention? Simple(AssemblyState s, Atom a, bool locative)
    {
        var tokens = s.Tokens;
        bool possessive = a.End < tokens.Length && tokens[a.End].Has(TokenFlags.Possessive);
        switch (a.Kind)
        {
            case PhraseKind.Country or PhraseKind.Capital or PhraseKind.Seat or PhraseKind.Adjective:
            {
                var country = _catalog.Countries[a.Target];
                string text = s.Sentence.TextOf(a.First, a.End);
                PlaceRef? place = a.Kind is PhraseKind.Capital or PhraseKind.Country
                    ? new PlaceRef
                    {
                        Text = text,
                        Name = a.Kind == PhraseKind.Capital ? country.Capital : country.Name,
                        Country = country.Code,
                        Lat = a.Kind == PhraseKind.Capital ? country.Lat : null,
                        Lon = a.Kind == PhraseKind.Capital ? country.Lon : null,
                        Start = tokens[a.First].Start,
                        End = tokens[a.End - 1].End,
                    }
                    : null;
                var actor = new ActorRef
                {
                    Text = text,
                    Name = country.Name,
                    Kind = ActorKind.State,
                    Country = country.Code,
                    Sector = a.Kind is PhraseKind.Capital or PhraseKind.Seat ? "GOV" : null,
                    Start = tokens[a.First].Start,
                    End = tokens[a.End - 1].End,
                };
                if (a.Kind == PhraseKind.Adjective && IsDemonymNoun(s, a))
                {
                    // "South Koreans", "Filipinos", "Israelis": the people, as a group.
                    return Make(s, a.First, a.End, actor with { Kind = ActorKind.Agent, Name = text, Sector = "CVL" });
                }

                var role = locative ? MentionRole.Locative : a.Kind == PhraseKind.Adjective ? MentionRole.Modifier : MentionRole.Argument;
                string reason = (a.Kind, locative) switch
                {
                    (PhraseKind.Capital, true) => $"capital of {country.Code} named as a place",
                    (PhraseKind.Capital, false) => $"capital of {country.Code} used for its government",
                    (PhraseKind.Seat, _) => $"seat of power of {country.Code}",
                    (PhraseKind.Adjective, _) => $"demonym of {country.Code}",
                    (_, true) => $"state {country.Code} named as a place",
                    _ => $"name of {country.Code}",
                };
                return new Mention { FirstToken = a.First, EndToken = a.End, Actor = actor, Place = place, Role = role, IsPossessive = possessive, Reason = reason };
            }

            case PhraseKind.Organization:
            {
                var org = _catalog.Organizations[a.Target];
                return Make(s, a.First, a.End, reason: $"organisation {org.Code}", actor: new ActorRef
                {
                    Text = s.Sentence.TextOf(a.First, a.End),
                    Name = org.Name,
                    Kind = ActorKind.Organization,
                    Country = org.Country,
                    Org = org.Code,
                    Sector = org.Sector,
                });
            }

            case PhraseKind.Place:
            {
                var p = _catalog.Places[a.Target];
                return new Mention
                {
                    FirstToken = a.First,
                    EndToken = a.End,
                    Role = MentionRole.Locative,
                    Reason = $"place in {p.Country}",
                    Place = new PlaceRef
                    {
                        Text = s.Sentence.TextOf(a.First, a.End),
                        Name = p.Name,
                        Country = p.Country,
                        Lat = p.Lat,
                        Lon = p.Lon,
                        Start = tokens[a.First].Start,
                        End = tokens[a.End - 1].End,
                    },
                };
            }

            default:
                return null;
        }
    }

    private static Mention Make(AssemblyState s, int first, int end, ActorRef actor, bool anaphor = false, string? reason = null)
    {
        var tokens = s.Tokens;
        bool possessive = end < tokens.Length && tokens[end].Has(TokenFlags.Possessive);
        return new Mention
        {
            FirstToken = first,
            EndToken = end,
            Actor = actor with { Start = tokens[first].Start, End = tokens[end - 1].End },
            Role = MentionRole.Argument,
            IsAnaphor = anaphor,
            IsPossessive = possessive,
            Reason = reason,
        };
    }

    private int Emit(AssemblyState s, Mention mention)
    {
        mention = WithEarlierCountry(s, mention);
        var previous = s.Output.Count > 0 ? s.Output[^1] : null;
        s.Output.Add(mention);
        if (mention.Role == MentionRole.Argument && mention.Actor is { } actor)
        {
            s.Memory.Add(s.Sentence.Index, actor);
            if (previous?.Actor is not null && previous.Role == MentionRole.Argument && _cues.And.Contains(s.Tokens[previous.EndToken])
                && (previous.EndToken + 1 == mention.FirstToken
                    || (previous.EndToken + 2 == mention.FirstToken && _cues.The.Contains(s.Tokens[previous.EndToken + 1]))))
            {
                // "Xi and Takaichi … their", "the United States and the Philippines began their exercises"
                s.Memory.AddGroup([.. previous.Actors, actor]);
            }
        }
        else if (mention.Role == MentionRole.Modifier && mention.Actor is { } modifier)
        {
            // "Three Filipino sailors … their boat": the group the demonym describes.
            s.Memory.Add(s.Sentence.Index, modifier with { Kind = ActorKind.Agent, Sector = "CVL" });
        }

        return mention.EndToken;
    }

    // "the government" or "the armed forces" is most often the story's own state, not the last one named: only groups
    // of a society are carried over.
    private static readonly HashSet<string> s_societySectors = new(StringComparer.Ordinal) { "LEG", "OPP", "CVL", "EDU", "LAB", "REL", "COP", "JUD", "MED", "REB" };

    /// <summary>"the lawmakers", "the protesters": a definite agent with no country of its own is the one named before.</summary>
    private Mention WithEarlierCountry(AssemblyState s, Mention mention)
    {
        if (mention.Role != MentionRole.Argument || mention.Actor is not { Kind: ActorKind.Agent, Country: null, Org: null, Sector: { } sector } actor
            || mention.Group is not null || !s_societySectors.Contains(sector))
        {
            return mention;
        }

        int first = mention.FirstToken;
        if (s.Sentence.TokenText(mention.EndToken - 1) is "people")
        {
            return mention; // "the people" is a nation's own, not the last group named
        }

        bool definite = _cues.The.Contains(s.Tokens[first]) || (first > 0 && _cues.The.Contains(s.Tokens[first - 1]));
        if (!definite || s.Memory.CountryOfEarlierAgent(sector, s.Sentence.Index) is not { } country)
        {
            return mention;
        }

        return new Mention
        {
            FirstToken = mention.FirstToken,
            EndToken = mention.EndToken,
            Actor = actor with { Country = country },
            Place = mention.Place,
            Role = mention.Role,
            IsAnaphor = true,
            IsPossessive = mention.IsPossessive,
            Reason = $"the {sector} agents named before ({country})",
        };
    }

    private bool IsLocative(Token[] tokens, int first, PhraseKind kind)
    {
        if (kind is not (PhraseKind.Country or PhraseKind.Capital or PhraseKind.Place or PhraseKind.Seat))
        {
            return false;
        }

        int p = first - 1;
        if (p >= 0 && _cues.The.Contains(tokens[p]))
        {
            p--;
        }

        if (p < 0)
        {
            return kind == PhraseKind.Place;
        }

        return kind switch
        {
            PhraseKind.Country => _cues.CountryLocative.Contains(tokens[p]),
            PhraseKind.Place => true,
            _ => _cues.PlaceLocative.Contains(tokens[p]),
        };
    }

    private int CapitalizedRun(Token[] tokens, int from, int limit)
    {
        int end = from;
        while (end < limit && end - from < 3 && tokens[end].Kind == TokenKind.Word && tokens[end].Has(TokenFlags.Capitalized)
            && !tokens[end].Has(TokenFlags.Possessive) && !_cues.NotNames.Contains(tokens[end]))
        {
            end++;
        }

        return end;
    }

    /// <summary>
    /// A title owned by a state or organisation: the holder of that office on the story date when there is one
    /// (<paramref name="nationalOffice"/>), else a person known only by title and owner.
    /// </summary>
    private Mention OwnedTitle(AssemblyState s, TitleInfo title, int first, int end, Atom owner, bool nationalOffice)
    {
        string key = (OwnerCountry(owner) ?? OwnerOrg(owner))!;
        if (nationalOffice && _catalog.OfficeHolder(key, title.Title, s.Date) is { } holder)
        {
            return PersonMention(s, holder.Person, title.Title, first, end, owner, $"holder of {key} {title.Title} on {DateText(s.Date)}");
        }

        return Make(s, first, end, new ActorRef
        {
            Text = s.Sentence.TextOf(first, end),
            Name = title.Title,
            Kind = ActorKind.Person,
            Country = OwnerCountry(owner),
            Org = OwnerOrg(owner),
            Sector = title.Sector,
            Title = title.Title,
        });
    }

    /// <summary>A state or organisation right after a head as "of [the] X", which then owns the head.</summary>
    private Atom? OwnerAfterOf(AssemblyState s, int ai, int end)
    {
        var tokens = s.Tokens;
        if (ai >= s.Atoms.Count || end + 1 >= tokens.Length || !s.Sentence.TokenText(end).Equals("of", StringComparison.Ordinal))
        {
            return null;
        }

        var next = s.Atoms[ai];
        bool adjacent = next.First == end + 1 || (next.First == end + 2 && _cues.The.Contains(tokens[end + 1]));
        return adjacent && next.Kind is PhraseKind.Country or PhraseKind.Organization or PhraseKind.Capital ? next : null;
    }

    private string? OwnerCountry(Atom? owner) => owner switch
    {
        null => null,
        { Kind: PhraseKind.Organization } o => _catalog.Organizations[o.Target].Country,
        { } o => _catalog.Countries[o.Target].Code,
    };

    private string? OwnerOrg(Atom? owner) =>
        owner is { Kind: PhraseKind.Organization } o && _catalog.Organizations[o.Target].Country is null
            ? _catalog.Organizations[o.Target].Code
            : null;

    private string? CountryOfPlaceAtom(Atom atom) => atom.Kind == PhraseKind.Place
        ? _catalog.Places[atom.Target].Country
        : _catalog.Countries[atom.Target].Code;
}
