using Tightrope.Actors;

// Build-time check of the human-edited actor catalog (data/actors/*.tsv), run by the engine's build before the
// files are embedded. Problems are printed in MSBuild's canonical form, "file(line): error TRD001: message", so
// the build fails and names the file and line.
if (args.Length != 1 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: Tightrope.DataCompiler DATA/ACTORS-DIRECTORY");
    return 2;
}

string folder = Path.GetFullPath(args[0]);
var sources = Directory.GetFiles(folder, "*.tsv")
    .OrderBy(f => CatalogLoader.KindOf(f) == "countries" ? 0 : CatalogLoader.KindOf(f) == "organizations" ? 1 : 2)
    .ThenBy(f => f, StringComparer.Ordinal)
    .Select(f => ("actors/" + Path.GetFileName(f), File.ReadAllText(f)))
    .ToList();
var result = CatalogLoader.Load(sources);
foreach (var error in result.Errors)
{
    string path = Path.Combine(folder, error.File["actors/".Length..]);
    Console.WriteLine($"{path}({Math.Max(1, error.Line)}): error TRD001: {error.Message}");
}

if (result.Errors.Count > 0)
{
    return 1;
}

var c = result.Catalog;
Console.WriteLine($"catalog ok: {c.Countries.Count} states, {c.People.Count} people, {c.Organizations.Count} organisations, {c.Agents.Count} agents, {c.Places.Count} places");
return 0;
