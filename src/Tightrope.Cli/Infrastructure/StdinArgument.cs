namespace Tightrope.Cli.Infrastructure;

/// <summary>
/// Spectre.Console.Cli reads a lone "-" as an option without a name ("Option does not have a name"), so the
/// conventional standard-input argument is swapped for a marker before parsing and swapped back when the settings
/// are bound. The marker holds a NUL, which no real command-line argument can contain, so it never names a file.
/// </summary>
internal static class StdinArgument
{
    /// <summary>What the user types for standard input.</summary>
    public const string Dash = "-";

    /// <summary>What the parser sees instead.</summary>
    public const string Marker = "\0stdin";

    /// <summary>The arguments with every lone "-" replaced by <see cref="Marker"/>.</summary>
    public static string[] Escape(string[] args) => [.. args.Select(a => a == Dash ? Marker : a)];

    /// <summary>A bound value with <see cref="Marker"/> turned back into "-".</summary>
    public static string? Restore(string? value) => value == Marker ? Dash : value;
}
