using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Spectre.Console.Cli;
using Tightrope.Actors;
using Tightrope.Cli.Infrastructure;
using Tightrope.Cli.Input;
using Tightrope.Ingest.Readers;
using Tightrope.Pipeline;

namespace Tightrope.Cli.Commands;

/// <summary>Options shared by the <c>actors</c> commands.</summary>
public class ActorsSettings : CommandSettings
{
    /// <summary>Users' catalog files merged over the built-in catalog.</summary>
    [CommandOption("--actors <FILE>")]
    [Description("A catalog file of your own (TSV with a catalog header), merged over the built-in catalog; repeatable")]
    public string[] Actors { get; init; } = [];
}

/// <summary>Options of <c>actors lookup</c>.</summary>
public sealed class ActorsLookupSettings : ActorsSettings
{
    /// <summary>The text to resolve.</summary>
    [CommandArgument(0, "<TEXT>")]
    [Description("A name or a short text, e.g. \"President Lee\" or \"Seoul said\"")]
    public string Text { get; init; } = string.Empty;

    /// <summary>The story date used to resolve office holders.</summary>
    [CommandOption("--date <YYYY-MM-DD>")]
    [Description("Story date: who held which office then (default: today's office holders)")]
    public string? Date { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        Date is not null && !JsonlDocumentReader.TryParseDate(Date, out _)
            ? ValidationResult.Error($"--date '{Date}' is not YYYY-MM-DD")
            : ValidationResult.Success();
}

/// <summary><c>tightrope actors lookup</c>: how a text resolves, and why.</summary>
public sealed class ActorsLookupCommand(CliIO io, Func<CoderPipeline> pipeline) : Command<ActorsLookupSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, ActorsLookupSettings settings, CancellationToken cancellationToken)
    {
        var coder = ActorCatalogs.Pipeline(settings, io, pipeline, out int failure);
        if (coder is null)
        {
            return failure;
        }

        DateOnly? date = settings.Date is not null && JsonlDocumentReader.TryParseDate(settings.Date, out var d) ? d : null;
        var mentions = coder.FindMentions(new Document { Text = settings.Text, Date = date });
        if (mentions.Count == 0)
        {
            io.Console.MarkupLine("[grey]No actor or place found.[/]");
            return ExitCodes.Success;
        }

        var table = new Table().Border(TableBorder.Rounded);
        foreach (var column in new[] { "Text", "Resolves to", "Kind", "Role", "Why" })
        {
            table.AddColumn(column);
        }

        foreach (var (_, text, m) in mentions)
        {
            string target = m.Group is { Count: > 1 } g
                ? string.Join(" + ", g.Select(a => $"{a.Key} {a.Name}"))
                : m.Actor is { } a ? $"{a.Key ?? "?"} {a.Name}" + (a.Title is null ? string.Empty : $" ({a.Title})") + (a.Sector is null ? string.Empty : $" [{a.Sector}]")
                : $"{m.Place?.Country} {m.Place?.Name}";
            table.AddRow(Markup.Escape(text), Markup.Escape(target), (m.Actor?.Kind.ToString() ?? "place").ToLowerInvariant(),
                m.Role.ToString().ToLowerInvariant(), Markup.Escape(m.Reason ?? string.Empty));
        }

        io.Console.Write(table);
        return ExitCodes.Success;
    }
}

/// <summary>Options of <c>actors list</c>.</summary>
public sealed class ActorsListSettings : ActorsSettings
{
    /// <summary>Only entries of this country.</summary>
    [CommandOption("--country <CODE>")]
    [Description("Only entries of this ISO alpha-3 country (people by office, organisations, places)")]
    public string? Country { get; init; }

    /// <summary>Only this kind.</summary>
    [CommandOption("--kind <KIND>")]
    [Description("state | person | organization | agent | place | title")]
    public string? Kind { get; init; }

    /// <summary>Output format.</summary>
    [CommandOption("--format <FORMAT>")]
    [Description("table | jsonl (default table)")]
    public string Format { get; init; } = "table";

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (Kind is not (null or "state" or "person" or "organization" or "agent" or "place" or "title"))
        {
            return ValidationResult.Error($"unknown --kind '{Kind}' (use state, person, organization, agent, place or title)");
        }

        return Format is "table" or "jsonl" ? ValidationResult.Success() : ValidationResult.Error($"unknown --format '{Format}' (use table or jsonl)");
    }
}

/// <summary><c>tightrope actors list</c>: the catalog's entries, filtered.</summary>
public sealed class ActorsListCommand(CliIO io, Func<CoderPipeline> pipeline) : Command<ActorsListSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, ActorsListSettings settings, CancellationToken cancellationToken)
    {
        var coder = ActorCatalogs.Pipeline(settings, io, pipeline, out int failure);
        if (coder is null)
        {
            return failure;
        }

        var rows = ActorCatalogs.Rows(coder.Catalog)
            .Where(r => settings.Kind is null || r.Kind == settings.Kind)
            .Where(r => settings.Country is null || string.Equals(r.Country, settings.Country, StringComparison.OrdinalIgnoreCase))
            .ToList();
        if (settings.Format == "jsonl")
        {
            foreach (var r in rows)
            {
                io.Out.WriteLine(JsonSerializer.Serialize(r, ActorsJson.Default.CatalogRow));
            }

            return ExitCodes.Success;
        }

        var table = new Table().Border(TableBorder.Rounded);
        foreach (var column in new[] { "Kind", "Name", "Country/Org", "Sector", "Title", "From", "To", "Also" })
        {
            table.AddColumn(column);
        }

        foreach (var r in rows)
        {
            table.AddRow(r.Kind, Markup.Escape(r.Name), Markup.Escape(r.Country ?? r.Org ?? string.Empty), r.Sector ?? string.Empty,
                Markup.Escape(r.Title ?? string.Empty), r.Start ?? string.Empty, r.End ?? string.Empty, Markup.Escape(string.Join(", ", r.Aliases.Take(4))));
        }

        io.Console.Write(table);
        io.Console.MarkupLine($"[grey]{rows.Count:N0} entries[/]");
        return ExitCodes.Success;
    }
}

/// <summary>Options of <c>actors check</c>.</summary>
public sealed class ActorsCheckSettings : CommandSettings
{
    /// <summary>The files to check.</summary>
    [CommandArgument(0, "<FILE>")]
    [Description("Catalog file(s) of your own to validate against the built-in catalog")]
    public string[] Files { get; init; } = [];
}

/// <summary><c>tightrope actors check</c>: validates users' catalog files, one line per problem.</summary>
public sealed class ActorsCheckCommand(CliIO io) : Command<ActorsCheckSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, ActorsCheckSettings settings, CancellationToken cancellationToken)
    {
        var (catalog, problems) = UserCatalog.Load(settings.Files, io.OpenStandardInput);
        foreach (var p in problems)
        {
            io.Error.WriteLine(p);
        }

        if (catalog is null)
        {
            return ExitCodes.InputUnreadable;
        }

        io.Console.MarkupLine($"[green]ok[/]: {settings.Files.Length} file(s) valid; catalog now has {catalog.Countries.Count} states, {catalog.People.Count:N0} people, {catalog.Organizations.Count} organisations");
        return ExitCodes.Success;
    }
}

/// <summary>One catalog entry as listed by <c>actors list</c>.</summary>
public sealed record CatalogRow(string Kind, string Name, string? Country, string? Org, string? Sector, string? Title, string? Start, string? End, IReadOnlyList<string> Aliases);

/// <summary>Source-generated JSON for catalog rows.</summary>
[System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.SnakeCaseLower)]
[System.Text.Json.Serialization.JsonSerializable(typeof(CatalogRow))]
public sealed partial class ActorsJson : System.Text.Json.Serialization.JsonSerializerContext;

/// <summary>Shared helpers of the actors commands.</summary>
internal static class ActorCatalogs
{
    /// <summary>The pipeline to use: the default one, or one over the built-in catalog merged with --actors files.</summary>
    public static CoderPipeline? Pipeline(ActorsSettings settings, CliIO io, Func<CoderPipeline> fallback, out int failure)
    {
        failure = ExitCodes.Success;
        if (settings.Actors.Length == 0)
        {
            return fallback();
        }

        var (catalog, problems) = UserCatalog.Load(settings.Actors, io.OpenStandardInput);
        foreach (var p in problems)
        {
            io.Error.WriteLine(p);
        }

        if (catalog is null)
        {
            failure = ExitCodes.InputUnreadable;
            return null;
        }

        return new CoderPipelineBuilder().UseCatalog(catalog).Build();
    }

    public static IEnumerable<CatalogRow> Rows(ActorCatalog catalog)
    {
        static string Day(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;
        foreach (var c in catalog.Countries)
        {
            yield return new CatalogRow("state", c.Name, c.Code, null, null, null, null, null, [.. c.Aliases, .. c.Adjectives, c.Capital, .. c.Seats]);
        }

        foreach (var p in catalog.People)
        {
            foreach (var t in p.Tenures)
            {
                yield return new CatalogRow("person", p.Name, t.Country, t.Org, t.Sector, t.Title, Day(t.Start), t.End is null ? null : Day(t.End), p.Variants);
            }
        }

        foreach (var o in catalog.Organizations)
        {
            yield return new CatalogRow("organization", o.Name, o.Country, o.Code, o.Sector, null, null, null, o.Aliases);
        }

        foreach (var a in catalog.Agents)
        {
            yield return new CatalogRow("agent", a.Phrase, null, null, a.Sector, null, null, null, a.Variants);
        }

        foreach (var p in catalog.Places)
        {
            yield return new CatalogRow("place", p.Name, p.Country, null, null, null, null, null, p.Aliases);
        }

        foreach (var t in catalog.Titles)
        {
            yield return new CatalogRow("title", t.Title, null, null, t.Sector, null, null, null, t.Variants);
        }
    }
}
