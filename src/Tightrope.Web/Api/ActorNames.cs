using Tightrope.Pipeline;

namespace Tightrope.Web.Api;

/// <summary>Actor keys (country or organisation codes) and their names in the catalog.</summary>
internal static class ActorNames
{
    /// <summary>The catalog name of <paramref name="key"/>, or the key itself.</summary>
    public static string Of(CoderPipeline coder, string key) =>
        coder.Catalog.Country(key)?.Name ?? coder.Catalog.Organization(key)?.Name ?? key;

    /// <summary>States and organisations whose code, name or alias contains <paramref name="q"/>; exact codes first.</summary>
    public static List<ActorEntry> Search(CoderPipeline coder, string? q, int limit)
    {
        var catalog = coder.Catalog;
        var all = catalog.Countries.Select(c => (Entry: new ActorEntry(c.Code, c.Name, "state"), Names: c.Aliases.Append(c.Name)))
            .Concat(catalog.Organizations.Select(o => (Entry: new ActorEntry(o.Code, o.Name, "organization"), Names: o.Aliases.Append(o.Name))));
        if (string.IsNullOrEmpty(q))
        {
            return all.Select(x => x.Entry).OrderBy(e => e.Name, StringComparer.Ordinal).Take(limit).ToList();
        }

        return all
            .Select(x => (x.Entry, Rank: string.Equals(x.Entry.Key, q, StringComparison.OrdinalIgnoreCase) ? 0
                : x.Names.Any(n => n.StartsWith(q, StringComparison.OrdinalIgnoreCase)) ? 1
                : x.Names.Any(n => n.Contains(q, StringComparison.OrdinalIgnoreCase)) ? 2 : 3))
            .Where(x => x.Rank < 3)
            .OrderBy(x => x.Rank).ThenBy(x => x.Entry.Name, StringComparer.Ordinal)
            .Select(x => x.Entry).DistinctBy(e => e.Key).Take(limit).ToList();
    }
}
