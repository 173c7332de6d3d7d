using Tightrope.Actors;

using Tightrope.Ingest.Readers;

namespace Tightrope.Cli.Input;

/// <summary>Reads users' catalog files (<c>--actors FILE</c>) and merges them over the built-in catalog.</summary>
internal static class UserCatalog
{
    private const int MaxChars = 50_000_000;

    /// <summary>
    /// The merged catalog, or the problems (each one line naming file and line) when a file is unreadable or
    /// invalid.
    /// </summary>
    public static (ActorCatalog? Catalog, IReadOnlyList<string> Problems) Load(IReadOnlyList<string> paths, Func<Stream> openStdin)
    {
        var problems = new List<string>();
        var files = new List<(string File, string Content)>();
        foreach (var path in paths)
        {
            var (text, problem) = ArticleReader.Read(path, MaxChars, openStdin);
            if (problem is not null)
            {
                problems.Add(problem.ToString());
                continue;
            }

            files.Add((path, text!));
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var result = CatalogLoader.Load(EmbeddedCatalog.Sources(), files);
        foreach (var error in result.Errors)
        {
            problems.Add($"tightrope: {error}");
        }

        return (problems.Count == 0 ? result.Catalog : null, problems);
    }
}
