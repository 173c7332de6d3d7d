namespace Tightrope.Actors;

/// <summary>
/// What a document has mentioned so far, for resolving later references: surnames, pronouns, "the president",
/// "the two leaders". One instance per document; not shared between threads.
/// </summary>
public sealed class DocumentMemory
{
    private readonly List<(int Sentence, ActorRef Actor)> _mentions = [];
    private readonly List<(int Order, IReadOnlyList<ActorRef> Members)> _groups = [];

    /// <summary>Records a coordinated group ("Xi and Takaichi") for later "they" / "their".</summary>
    public void AddGroup(IReadOnlyList<ActorRef> members) => _groups.Add((_mentions.Count, members));

    /// <summary>What "they" most likely means: the latest group, or the latest plural agent if that came later.</summary>
    public IReadOnlyList<ActorRef>? ForPluralPronoun()
    {
        int agentAt = -1;
        for (int i = _mentions.Count - 1; i >= 0; i--)
        {
            if (_mentions[i].Actor.Kind == ActorKind.Agent && _mentions[i].Actor.Key is not null)
            {
                agentAt = i;
                break;
            }
        }

        var group = _groups.Count > 0 ? _groups[^1] : default;
        if (group.Members is not null && group.Order > agentAt)
        {
            return group.Members;
        }

        return agentAt >= 0 ? [_mentions[agentAt].Actor] : group.Members;
    }

    /// <summary>
    /// The country the document is mostly about so far (the most mentioned, the earliest on ties), or null: where
    /// "police" or "protesters" with no country of their own most likely are.
    /// </summary>
    public string? DominantCountry()
    {
        var counts = new Dictionary<string, (int Count, int First)>(StringComparer.Ordinal);
        for (int i = 0; i < _mentions.Count; i++)
        {
            if (_mentions[i].Actor.Country is { } country)
            {
                var c = counts.TryGetValue(country, out var seen) ? seen : (Count: 0, First: i);
                counts[country] = (c.Count + 1, c.First);
            }
        }

        string? best = null;
        (int Count, int First) top = (0, int.MaxValue);
        foreach (var (country, c) in counts)
        {
            if (c.Count > top.Count || (c.Count == top.Count && c.First < top.First))
            {
                best = country;
                top = c;
            }
        }

        return best;
    }

    /// <summary>
    /// The country of the latest agent of <paramref name="sector"/> named before sentence <paramref name="sentence"/>:
    /// who "the lawmakers" are after "a group of South Korean lawmakers".
    /// </summary>
    public string? CountryOfEarlierAgent(string sector, int sentence)
    {
        for (int i = _mentions.Count - 1; i >= 0; i--)
        {
            var (s, actor) = _mentions[i];
            if (s < sentence && actor.Kind == ActorKind.Agent && actor.Sector == sector && actor.Country is not null)
            {
                return actor.Country;
            }
        }

        return null;
    }

    /// <summary>Records an actor mentioned in sentence <paramref name="sentence"/>.</summary>
    public void Add(int sentence, ActorRef actor) => _mentions.Add((sentence, actor));

    /// <summary>
    /// The person a pronoun in sentence <paramref name="sentence"/> most likely means: the first person of that
    /// sentence so far, else the first person of the latest earlier sentence that had one (subjects first).
    /// </summary>
    public ActorRef? PersonForPronoun(int sentence)
    {
        int lastSentence = -1;
        for (int i = _mentions.Count - 1; i >= 0; i--)
        {
            var (s, actor) = _mentions[i];
            if (actor.Kind != ActorKind.Person || actor.Name.Length == 0)
            {
                continue;
            }

            if (lastSentence == -1)
            {
                lastSentence = s;
            }
            else if (s != lastSentence)
            {
                break;
            }
        }

        if (lastSentence == -1)
        {
            return null;
        }

        foreach (var (s, actor) in _mentions)
        {
            if (s == lastSentence && actor.Kind == ActorKind.Person)
            {
                return actor;
            }
        }

        return null;
    }

    /// <summary>
    /// The person an object pronoun ("him", "her") most likely means: the latest person who is not the first
    /// person (the subject) of the current sentence.
    /// </summary>
    public ActorRef? PersonForObjectPronoun(int sentence)
    {
        // "A French court convicted a Rwandan doctor … and sentenced him": a single agent of this sentence, after
        // its subject, is nearer than any person named before.
        bool first = true;
        ActorRef? local = null;
        foreach (var (s, actor) in _mentions)
        {
            if (s != sentence)
            {
                continue;
            }

            if (!first && actor.Kind == ActorKind.Agent && actor.Key is not null && IsSingular(actor.Text))
            {
                local = actor;
            }

            first = false;
        }

        if (local is not null)
        {
            return local;
        }

        ActorRef? subject = null;
        foreach (var (s, actor) in _mentions)
        {
            if (s == sentence && actor.Kind == ActorKind.Person)
            {
                subject = actor;
                break;
            }
        }

        for (int i = _mentions.Count - 1; i >= 0; i--)
        {
            var actor = _mentions[i].Actor;
            if (actor.Kind == ActorKind.Person && actor.Name.Length > 0 && (subject is null || !actor.SameEntity(subject)))
            {
                return actor;
            }
        }

        return subject;
    }

    /// <summary>
    /// What "it" or "its" in sentence <paramref name="sentence"/> most likely means: the latest state or organisation,
    /// unless an agent of this sentence came later ("Israel's army said it had …" after a sentence about Iran).
    /// </summary>
    public ActorRef? LatestCollective(int sentence)
    {
        ActorRef? agent = null;
        for (int i = _mentions.Count - 1; i >= 0; i--)
        {
            var (s, actor) = _mentions[i];
            if (s != sentence && agent is not null && _mentions[i + 1].Sentence == sentence)
            {
                return agent;
            }

            if (actor.Kind is ActorKind.State or ActorKind.Organization && actor.Key is not null)
            {
                return actor;
            }

            agent ??= actor.Kind == ActorKind.Agent && actor.Key is not null ? actor : null;
        }

        return agent; // "Taiwan's military kicked off its exercises"
    }

    private static bool IsSingular(string text)
    {
        var last = text.AsSpan().TrimEnd();
        int space = last.LastIndexOf(' ');
        var word = space < 0 ? last : last[(space + 1)..];
        return !(word.Length > 3 && word.EndsWith("s", StringComparison.Ordinal) && !word.EndsWith("ss", StringComparison.Ordinal));
    }

    /// <summary>
    /// The latest person whose surname is <paramref name="shortName"/>; for people outside the catalog, the first
    /// or last word of the name ("Lin" for "Lin Jian", "Albanese" for "Anthony Albanese").
    /// </summary>
    public ActorRef? PersonBySurname(ReadOnlySpan<char> shortName, Func<ActorRef, string?> surnameOf)
    {
        for (int i = _mentions.Count - 1; i >= 0; i--)
        {
            var actor = _mentions[i].Actor;
            if (actor.Kind != ActorKind.Person || actor.Name.Length == 0)
            {
                continue;
            }

            if (surnameOf(actor) is { } surname)
            {
                if (shortName.Equals(surname, StringComparison.OrdinalIgnoreCase))
                {
                    return actor;
                }

                continue;
            }

            var name = actor.Name.AsSpan();
            int firstSpace = name.IndexOf(' ');
            int lastSpace = name.LastIndexOf(' ');
            if (firstSpace > 0 && (shortName.Equals(name[..firstSpace], StringComparison.OrdinalIgnoreCase)
                || shortName.Equals(name[(lastSpace + 1)..], StringComparison.OrdinalIgnoreCase)))
            {
                return actor;
            }
        }

        return null;
    }

    /// <summary>The latest person with title <paramref name="title"/> ("the president").</summary>
    public ActorRef? PersonByTitle(string title)
    {
        for (int i = _mentions.Count - 1; i >= 0; i--)
        {
            var actor = _mentions[i].Actor;
            if (actor.Kind == ActorKind.Person && string.Equals(actor.Title, title, StringComparison.OrdinalIgnoreCase))
            {
                return actor;
            }
        }

        return null;
    }

    /// <summary>
    /// The <paramref name="count"/> actors with different keys that "the two countries", "both sides" or "the three
    /// ministers" most likely mean, oldest first, or null when fewer are known: among the actors of the last few
    /// sentences, the most mentioned in the document (a mediator named last is not one of "the two countries"),
    /// the latest on ties. <paramref name="excludeKey"/> is the sentence's own subject when the phrase is its object
    /// ("the United States urged both sides").
    /// </summary>
    public IReadOnlyList<ActorRef>? LatestDistinct(int count, bool peopleOnly, int sentence, string? excludeKey = null)
    {
        const int WindowSentences = 4;
        var candidates = new List<(ActorRef Actor, int Latest)>();
        for (int i = _mentions.Count - 1; i >= 0; i--)
        {
            var (s, actor) = _mentions[i];
            if (s < sentence - WindowSentences && candidates.Count >= count)
            {
                break;
            }

            if ((peopleOnly && actor.Kind != ActorKind.Person) || actor.Key is null || actor.Key == excludeKey
                || candidates.Exists(f => f.Actor.Key == actor.Key))
            {
                continue;
            }

            candidates.Add((actor, i));
        }

        if (candidates.Count < count)
        {
            return null;
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (_, actor) in _mentions)
        {
            if (actor.Key is { } key)
            {
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        return [.. candidates
            .OrderByDescending(c => counts[c.Actor.Key!])
            .ThenByDescending(c => c.Latest)
            .Take(count)
            .OrderBy(c => c.Latest)
            .Select(c => c.Actor)];
    }

}
