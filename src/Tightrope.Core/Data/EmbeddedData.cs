using System.Reflection;

namespace Tightrope.Data;

/// <summary>Reads the data files compiled into the engine assembly.</summary>
internal static class EmbeddedData
{
    private static readonly Assembly s_assembly = typeof(EmbeddedData).Assembly;

    /// <summary>Relative paths (<c>actors/people.tsv</c>) of the embedded sources under <paramref name="folder"/>.</summary>
    public static IEnumerable<string> List(string folder)
    {
        string prefix = "Tightrope.Data." + folder.TrimEnd('/').Replace('/', '.') + ".";
        foreach (var name in s_assembly.GetManifestResourceNames())
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal))
            {
                yield return folder.TrimEnd('/') + "/" + name[prefix.Length..];
            }
        }
    }

    /// <summary>Content of an embedded source such as <c>actors/people.tsv</c>, or null when absent.</summary>
    public static string? Read(string relativePath)
    {
        string name = "Tightrope.Data." + relativePath.Replace('/', '.');
        using var stream = s_assembly.GetManifestResourceStream(name);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
