using System.Globalization;
using Tightrope.Data;

namespace Tightrope.Actors;

/// <summary>The outcome of reading catalog sources: the catalog (when usable) and every problem found.</summary>
/// <param name="Catalog">The catalog, built even when some rows were rejected.</param>
/// <param name="Errors">Problems, each naming file and line.</param>
public sealed record CatalogLoadResult(ActorCatalog Catalog, IReadOnlyList<DataError> Errors);

/// <summary>
/// Reads and validates the actor sources: unknown country codes, malformed dates, overlapping tenures of a
/// single-holder office and aliases with conflicting meanings are reported with file and line.
/// </summary>
public static class CatalogLoader
{
    internal static readonly string[] CountryHeader = ["code", "name", "formal", "aliases", "adjectives", "capital", "lat", "lon", "seats"];
    internal static readonly string[] PeopleHeader = ["name", "variants", "short", "country", "org", "sector", "title", "start", "end"];
    internal static readonly string[] OrganizationHeader = ["code", "name", "aliases", "country", "sector"];
    internal static readonly string[] AgentHeader = ["phrase", "sector", "variants"];
    internal static readonly string[] TitleHeader = ["title", "variants", "sector"];
    internal static readonly string[] CityHeader = ["name", "country", "lat", "lon", "aliases"];

    private static readonly HashSet<string> s_sectors = new(StringComparer.Ordinal)
    {
        "GOV", "MIL", "COP", "JUD", "LEG", "OPP", "PTY", "REB", "CVL", "MED", "BUS", "EDU", "REL", "LAB", "AGR", "REF",
        "CRM", "SPY", "ELI", "UAF", "IGO", "NGO", "HLH", "ENV", "SOC",
    };

    // Offices that several people hold at once: tenures may overlap.
    private static readonly HashSet<string> s_multiHolderTitles = new(StringComparer.OrdinalIgnoreCase)
    {
        "General", "Admiral", "Governor", "Senator", "Ambassador", "Minister", "Vice Premier", "Deputy Prime Minister",
        "Lawmaker", "Envoy", "Marshal", "Lieutenant General", "Commissioner", "Crown Prince",
    };

    /// <summary>The kind of a catalog source from its header line, or null when it matches none.</summary>
    public static string? KindFromHeader(string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        foreach (var line in content.Split('\n'))
        {
            string trimmed = line.TrimEnd('\r');
            if (trimmed.Length == 0 || trimmed.StartsWith('#'))
            {
                continue;
            }

            var cells = trimmed.Split('\t').Select(c => c.Trim()).ToArray();
            (string Kind, string[] Header)[] known =
            [
                ("countries", CountryHeader), ("people", PeopleHeader), ("organizations", OrganizationHeader),
                ("agents", AgentHeader), ("titles", TitleHeader), ("cities", CityHeader),
            ];
            return known.FirstOrDefault(k => k.Header.SequenceEqual(cells, StringComparer.Ordinal)).Kind;
        }

        return null;
    }

    /// <summary>
    /// The kind of a catalog file from its name: the part before the first '-' or '.', so that
    /// <c>people-east-asia.tsv</c> is a people file.
    /// </summary>
    public static string KindOf(string file)
    {
        string name = Path.GetFileNameWithoutExtension(file).ToLowerInvariant();
        int dash = name.IndexOf('-');
        return dash > 0 ? name[..dash] : name;
    }

    /// <summary>
    /// Builds a catalog from sources named like the files under <c>data/actors</c> (the file name says the kind).
    /// Several sources of one kind are merged in order.
    /// </summary>
    public static CatalogLoadResult Load(IEnumerable<(string File, string Content)> sources) => Load(sources, []);

    /// <summary>
    /// Builds a catalog from <paramref name="sources"/> with <paramref name="overrides"/> (users' files) merged
    /// over them: an override's state, organisation or person replaces the built-in entry with the same code or
    /// name; everything else is added. Every file gets the same validation; an alias may mean two things only
    /// across the two layers (that is what overriding is). An override's kind comes from its header.
    /// </summary>
    public static CatalogLoadResult Load(IEnumerable<(string File, string Content)> sources, IEnumerable<(string File, string Content)> overrides)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(overrides);
        var errors = new List<DataError>();
        var overrideFiles = new HashSet<string>(StringComparer.Ordinal);
        var all = sources.Select(s => (s.File, s.Content, Kind: KindOf(s.File))).ToList();
        foreach (var (file, content) in overrides)
        {
            overrideFiles.Add(file);
            all.Add((file, content, KindFromHeader(content) ?? KindOf(file)));
        }

        var countryRows = new List<TsvRow>();
        var peopleRows = new List<TsvRow>();
        var orgRows = new List<TsvRow>();
        var agentRows = new List<TsvRow>();
        var titleRows = new List<TsvRow>();
        var cityRows = new List<TsvRow>();
        foreach (var (file, content, kind) in all)
        {
            switch (kind)
            {
                case "countries": countryRows.AddRange(TsvTable.Parse(file, content, CountryHeader, errors)); break;
                case "people": peopleRows.AddRange(TsvTable.Parse(file, content, PeopleHeader, errors)); break;
                case "organizations": orgRows.AddRange(TsvTable.Parse(file, content, OrganizationHeader, errors)); break;
                case "agents": agentRows.AddRange(TsvTable.Parse(file, content, AgentHeader, errors)); break;
                case "titles": titleRows.AddRange(TsvTable.Parse(file, content, TitleHeader, errors)); break;
                case "cities": cityRows.AddRange(TsvTable.Parse(file, content, CityHeader, errors)); break;
                default: errors.Add(new DataError(file, 0, "unknown catalog file: name it countries, cities, people, organizations, agents or titles (.tsv), or give it one of their headers")); break;
            }
        }

        var countries = ReadCountries(countryRows, errors);
        var codes = new HashSet<string>(countries.Select(c => c.Code), StringComparer.Ordinal);
        var organizations = ReadOrganizations(orgRows, codes, errors);
        var orgCodes = new HashSet<string>(organizations.Select(o => o.Code), StringComparer.Ordinal);
        var titles = ReadTitles(titleRows, errors);
        if (overrideFiles.Count > 0)
        {
            // A person redefined by the user replaces the built-in one: drop the built-in rows of that name.
            var redefined = new HashSet<string>(peopleRows.Where(r => overrideFiles.Contains(r.File)).Select(r => r[0]), StringComparer.Ordinal);
            peopleRows.RemoveAll(r => !overrideFiles.Contains(r.File) && redefined.Contains(r[0]));
        }

        var people = ReadPeople(peopleRows, codes, orgCodes, errors);
        var agents = ReadAgents(agentRows, errors);
        var places = ReadPlaces(cityRows, codes, errors);
        CheckConflictingAliases(countryRows, orgRows, peopleRows, errors, overrideFiles);
        var catalog = new ActorCatalog(countries, people, organizations, agents, titles, places);
        return new CatalogLoadResult(catalog, errors);
    }

    private static List<CountryInfo> ReadCountries(List<TsvRow> rows, List<DataError> errors)
    {
        var byCode = new Dictionary<string, CountryInfo>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            string code = row[0];
            if (!IsCountryCode(code))
            {
                errors.Add(Error(row, $"'{code}' is not an ISO 3166-1 alpha-3 code (three capital letters)"));
                continue;
            }

            if (row[1].Length == 0)
            {
                errors.Add(Error(row, "name is empty"));
                continue;
            }

            var lat = ParseCoordinate(row, 6, 90, errors);
            var lon = ParseCoordinate(row, 7, 180, errors);
            var info = new CountryInfo(code, row[1], row[2].Length > 0 ? row[2] : row[1], row[5], lat, lon)
            {
                Aliases = row.List(3),
                Adjectives = row.List(4),
                Seats = row.List(8),
            };
            byCode[code] = info; // a later source overrides an earlier one
        }

        return [.. byCode.Values.OrderBy(c => c.Code, StringComparer.Ordinal)];
    }

    private static List<OrganizationInfo> ReadOrganizations(List<TsvRow> rows, HashSet<string> codes, List<DataError> errors)
    {
        var byCode = new Dictionary<string, OrganizationInfo>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            if (row[0].Length == 0 || row[1].Length == 0)
            {
                errors.Add(Error(row, "code and name are required"));
                continue;
            }

            string? country = row[3].Length == 0 ? null : row[3];
            if (country is not null && !codes.Contains(country))
            {
                errors.Add(Error(row, $"unknown country code '{country}'"));
                continue;
            }

            if (!CheckSector(row, row[4], errors))
            {
                continue;
            }

            byCode[row[0]] = new OrganizationInfo(row[0], row[1], country, row[4]) { Aliases = row.List(2) };
        }

        return [.. byCode.Values];
    }

    private static List<TitleInfo> ReadTitles(List<TsvRow> rows, List<DataError> errors)
    {
        var result = new List<TitleInfo>();
        foreach (var row in rows)
        {
            if (row[0].Length == 0 || !CheckSector(row, row[2], errors))
            {
                continue;
            }

            result.Add(new TitleInfo(row[0], row[2]) { Variants = row.List(1) });
        }

        return result;
    }

    private static List<AgentInfo> ReadAgents(List<TsvRow> rows, List<DataError> errors)
    {
        var result = new List<AgentInfo>();
        foreach (var row in rows)
        {
            if (row[0].Length == 0 || !CheckSector(row, row[1], errors))
            {
                continue;
            }

            result.Add(new AgentInfo(row[0], row[1]) { Variants = row.List(2) });
        }

        return result;
    }

    private static List<PlaceInfo> ReadPlaces(List<TsvRow> rows, HashSet<string> codes, List<DataError> errors)
    {
        var result = new List<PlaceInfo>();
        foreach (var row in rows)
        {
            if (!codes.Contains(row[1]))
            {
                errors.Add(Error(row, $"unknown country code '{row[1]}'"));
                continue;
            }

            var lat = ParseCoordinate(row, 2, 90, errors);
            var lon = ParseCoordinate(row, 3, 180, errors);
            if (lat is null || lon is null || row[0].Length == 0)
            {
                errors.Add(Error(row, "a place needs a name, lat and lon"));
                continue;
            }

            result.Add(new PlaceInfo(row[0], row[1], lat.Value, lon.Value) { Aliases = row.List(4) });
        }

        return result;
    }

    private static List<PersonInfo> ReadPeople(List<TsvRow> rows, HashSet<string> codes, HashSet<string> orgCodes, List<DataError> errors)
    {
        var byName = new Dictionary<string, (string Short, HashSet<string> Variants, List<(Tenure Tenure, TsvRow Row)> Tenures)>(StringComparer.Ordinal);
        var all = new List<(string Name, Tenure Tenure, TsvRow Row)>();
        foreach (var row in rows)
        {
            string name = row[0];
            string? country = row[3].Length == 0 ? null : row[3];
            string? org = row[4].Length == 0 ? null : row[4];
            if (name.Length == 0 || row[6].Length == 0)
            {
                errors.Add(Error(row, "name and title are required"));
                continue;
            }

            if (country is null && org is null)
            {
                errors.Add(Error(row, "a person needs a country or an org"));
                continue;
            }

            if (country is not null && !codes.Contains(country))
            {
                errors.Add(Error(row, $"unknown country code '{country}'"));
                continue;
            }

            if (org is not null && !orgCodes.Contains(org))
            {
                errors.Add(Error(row, $"unknown organization code '{org}'"));
                continue;
            }

            if (!CheckSector(row, row[5], errors) || !TryDate(row, 7, required: true, errors, out var start)
                || !TryDate(row, 8, required: false, errors, out var end))
            {
                continue;
            }

            if (end is not null && end.Value < start!.Value)
            {
                errors.Add(Error(row, $"end {end:yyyy-MM-dd} is before start {start:yyyy-MM-dd}"));
                continue;
            }

            string shortName = row[2].Length > 0 ? row[2] : name.Split(' ')[^1];
            if (!byName.TryGetValue(name, out var entry))
            {
                entry = (shortName, new HashSet<string>(StringComparer.Ordinal), []);
                byName[name] = entry;
            }

            foreach (var v in row.List(1))
            {
                entry.Variants.Add(v);
            }

            var tenure = new Tenure(country, org, row[5], row[6], start!.Value, end);
            entry.Tenures.Add((tenure, row));
            all.Add((name, tenure, row));
        }

        CheckOverlappingOffices(all, errors);
        return [.. byName.Select(kv => new PersonInfo(kv.Key, kv.Value.Short)
        {
            Variants = [.. kv.Value.Variants],
            Tenures = [.. kv.Value.Tenures.Select(t => t.Tenure).OrderBy(t => t.Start)],
        })];
    }

    private static void CheckOverlappingOffices(IEnumerable<(string Name, Tenure Tenure, TsvRow Row)> tenures, List<DataError> errors)
    {
        var groups = tenures
            .Where(t => !s_multiHolderTitles.Contains(t.Tenure.Title))
            .GroupBy(t => (t.Tenure.Country ?? t.Tenure.Org) + "|" + t.Tenure.Title, StringComparer.OrdinalIgnoreCase);
        foreach (var group in groups)
        {
            var ordered = group.OrderBy(t => t.Tenure.Start).ToList();
            for (int i = 1; i < ordered.Count; i++)
            {
                var prev = ordered[i - 1];
                var cur = ordered[i];
                if (prev.Name == cur.Name)
                {
                    continue;
                }

                // Handover days are shared in the sources (one leaves, the other takes office the same day).
                if (prev.Tenure.End is null || prev.Tenure.End.Value > cur.Tenure.Start)
                {
                    errors.Add(Error(cur.Row, $"tenure of {cur.Name} as {cur.Tenure.Title} ({cur.Tenure.Country ?? cur.Tenure.Org}) from {cur.Tenure.Start:yyyy-MM-dd} overlaps {prev.Name} (line {prev.Row.Line})"));
                }
            }
        }
    }

    private static void CheckConflictingAliases(List<TsvRow> countries, List<TsvRow> orgs, List<TsvRow> people, List<DataError> errors,
        HashSet<string> overrideFiles)
    {
        var meaning = new Dictionary<string, (string Target, TsvRow Row)>(StringComparer.OrdinalIgnoreCase);
        void Claim(string phrase, string target, TsvRow row)
        {
            if (phrase.Length == 0)
            {
                return;
            }

            if (meaning.TryGetValue(phrase, out var existing))
            {
                if (existing.Target != target && overrideFiles.Contains(existing.Row.File) == overrideFiles.Contains(row.File))
                {
                    errors.Add(Error(row, $"'{phrase}' means {target} here but {existing.Target} at line {existing.Row.Line}"));
                }

                return;
            }

            meaning[phrase] = (target, row);
        }

        foreach (var row in countries)
        {
            string target = "country " + row[0];
            Claim(row[1], target, row);
            foreach (var a in row.List(3).Concat(row.List(4)).Concat(row.List(8)))
            {
                Claim(a, target, row);
            }

            Claim(row[5], target, row);
        }

        foreach (var row in orgs)
        {
            Claim(row[1], "organization " + row[0], row);
            foreach (var a in row.List(2))
            {
                Claim(a, "organization " + row[0], row);
            }
        }

        foreach (var row in people)
        {
            Claim(row[0], "person " + row[0], row);
            foreach (var v in row.List(1))
            {
                Claim(v, "person " + row[0], row);
            }
        }
    }

    private static bool IsCountryCode(string code) => code.Length == 3 && code.All(char.IsAsciiLetterUpper);

    private static bool CheckSector(TsvRow row, string sector, List<DataError> errors)
    {
        if (s_sectors.Contains(sector))
        {
            return true;
        }

        errors.Add(Error(row, $"unknown sector '{sector}'"));
        return false;
    }

    private static bool TryDate(TsvRow row, int index, bool required, List<DataError> errors, out DateOnly? date)
    {
        date = null;
        string text = row[index];
        if (text.Length == 0)
        {
            if (required)
            {
                errors.Add(Error(row, "a start date is required"));
            }

            return !required;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            date = parsed;
            return true;
        }

        errors.Add(Error(row, $"malformed date '{text}' (expected YYYY-MM-DD)"));
        return false;
    }

    private static double? ParseCoordinate(TsvRow row, int index, double limit, List<DataError> errors)
    {
        if (row[index].Length == 0)
        {
            return null;
        }

        if (double.TryParse(row[index], NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && Math.Abs(value) <= limit)
        {
            return value;
        }

        errors.Add(Error(row, $"malformed coordinate '{row[index]}'"));
        return null;
    }

    private static DataError Error(TsvRow row, string message) => new(row.File, row.Line, message);
}
