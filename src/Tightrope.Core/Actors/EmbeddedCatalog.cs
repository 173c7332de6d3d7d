using Tightrope.Data;

namespace Tightrope.Actors;

/// <summary>The actor catalog compiled into the engine (validated at build time by tools/Tightrope.DataCompiler).</summary>
public static class EmbeddedCatalog
{
    /// <summary>Loads the built-in catalog.</summary>
    public static CatalogLoadResult Load() => CatalogLoader.Load(Sources());

    /// <summary>
    /// The catalog sources compiled into the engine, in load order: countries first (other kinds refer to them),
    /// organisations next, then every other <c>actors/*.tsv</c> by name.
    /// </summary>
    public static IReadOnlyList<(string File, string Content)> Sources()
    {
        var files = EmbeddedData.List("actors/")
            .OrderBy(f => CatalogLoader.KindOf(f) == "countries" ? 0 : CatalogLoader.KindOf(f) == "organizations" ? 1 : 2)
            .ThenBy(f => f, StringComparer.Ordinal);
        return [.. files.Select(f => (f, EmbeddedData.Read(f) ?? string.Empty))];
    }
}
