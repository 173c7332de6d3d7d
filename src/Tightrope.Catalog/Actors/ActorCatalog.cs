namespace Tightrope.Actors;

/// <summary>
/// The validated actor catalog: states, people with tenures, organisations, agents, titles and places. Immutable
/// and thread-safe once built; see <see cref="CatalogLoader"/> for how it is read from the <c>data/actors</c> sources.
/// </summary>
public sealed class ActorCatalog
{
    private readonly Dictionary<string, CountryInfo> _countries;
    private readonly Dictionary<string, OrganizationInfo> _organizations;
    private readonly Dictionary<string, TitleInfo> _titlesByForm;
    private readonly Dictionary<string, (PersonInfo Person, Tenure Tenure)[]> _offices;
    private readonly Dictionary<string, PersonInfo[]> _byShortName;

    internal ActorCatalog(
        IReadOnlyList<CountryInfo> countries,
        IReadOnlyList<PersonInfo> people,
        IReadOnlyList<OrganizationInfo> organizations,
        IReadOnlyList<AgentInfo> agents,
        IReadOnlyList<TitleInfo> titles,
        IReadOnlyList<PlaceInfo> places)
    {
        Countries = countries;
        People = people;
        Organizations = organizations;
        Agents = agents;
        Titles = titles;
        Places = places;
        _countries = countries.ToDictionary(c => c.Code, StringComparer.Ordinal);
        _organizations = organizations.ToDictionary(o => o.Code, StringComparer.Ordinal);

        var titleForms = new Dictionary<string, TitleInfo>(StringComparer.OrdinalIgnoreCase);
        foreach (var title in titles)
        {
            titleForms.TryAdd(title.Title, title);
            foreach (var v in title.Variants)
            {
                titleForms.TryAdd(v, title);
            }
        }

        _titlesByForm = titleForms;
        _offices = people
            .SelectMany(p => p.Tenures.Select(t => (Person: p, Tenure: t)))
            .GroupBy(x => OfficeKey(x.Tenure.Country ?? x.Tenure.Org ?? string.Empty, x.Tenure.Title), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.OrdinalIgnoreCase);
        _byShortName = people
            .GroupBy(p => p.Short, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>States and territories.</summary>
    public IReadOnlyList<CountryInfo> Countries { get; }

    /// <summary>People with their offices.</summary>
    public IReadOnlyList<PersonInfo> People { get; }

    /// <summary>Named organisations.</summary>
    public IReadOnlyList<OrganizationInfo> Organizations { get; }

    /// <summary>Generic agents.</summary>
    public IReadOnlyList<AgentInfo> Agents { get; }

    /// <summary>Titles.</summary>
    public IReadOnlyList<TitleInfo> Titles { get; }

    /// <summary>Places (cities and sites), capitals excluded.</summary>
    public IReadOnlyList<PlaceInfo> Places { get; }

    /// <summary>The state with ISO code <paramref name="code"/>, or null.</summary>
    public CountryInfo? Country(string code) => _countries.GetValueOrDefault(code);

    /// <summary>The organisation with short code <paramref name="code"/>, or null.</summary>
    public OrganizationInfo? Organization(string code) => _organizations.GetValueOrDefault(code);

    /// <summary>The canonical title for a surface form ("Defence Minister" → "Defense Minister"), or null.</summary>
    public TitleInfo? Title(string form) => _titlesByForm.GetValueOrDefault(form);

    /// <summary>Who held <paramref name="title"/> for <paramref name="countryOrOrg"/> on <paramref name="date"/>.</summary>
    public (PersonInfo Person, Tenure Tenure)? OfficeHolder(string countryOrOrg, string title, DateOnly? date)
    {
        if (!_offices.TryGetValue(OfficeKey(countryOrOrg, title), out var holders))
        {
            return null;
        }

        (PersonInfo, Tenure)? best = null;
        foreach (var (person, tenure) in holders)
        {
            if (date is null ? tenure.End is null : tenure.Covers(date.Value))
            {
                best = (person, tenure);
            }
        }

        return best;
    }

    /// <summary>
    /// The single person with surname <paramref name="shortName"/> in office on <paramref name="date"/> (and holding
    /// <paramref name="title"/> when given); null when none or several match.
    /// </summary>
    public (PersonInfo Person, Tenure Tenure)? FindByShortName(string shortName, DateOnly? date, string? title = null)
    {
        if (!_byShortName.TryGetValue(shortName, out var people))
        {
            return null;
        }

        (PersonInfo, Tenure)? found = null;
        foreach (var person in people)
        {
            var tenure = person.TenureAt(date);
            if (tenure is null || (date is null && tenure.End is not null))
            {
                continue;
            }

            if (title is not null && !string.Equals(tenure.Title, title, StringComparison.OrdinalIgnoreCase))
            {
                tenure = person.Tenures.LastOrDefault(t => string.Equals(t.Title, title, StringComparison.OrdinalIgnoreCase)
                    && (date is null ? t.End is null : t.Covers(date.Value)));
                if (tenure is null)
                {
                    continue;
                }
            }

            if (found is not null)
            {
                return null; // ambiguous
            }

            found = (person, tenure);
        }

        return found;
    }

    private static string OfficeKey(string countryOrOrg, string title) => countryOrOrg + "|" + title;
}
