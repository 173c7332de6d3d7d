using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Tightrope.Analytics;
using Tightrope.Cli.Infrastructure;

namespace Tightrope.Cli.Commands;

/// <summary>Options shared by the series commands.</summary>
public class SeriesSettings : StoreSettings
{
    /// <summary>Period.</summary>
    [CommandOption("--by <PERIOD>")]
    [Description("day | week | month | year (default month)")]
    public string By { get; init; } = "month";

    /// <summary>First date.</summary>
    [CommandOption("--since <YYYY-MM-DD>")]
    public string? Since { get; init; }

    /// <summary>Last date.</summary>
    [CommandOption("--until <YYYY-MM-DD>")]
    public string? Until { get; init; }

    /// <summary>Picture file.</summary>
    [CommandOption("--plot <FILE>")]
    [Description("Also draw the series to FILE.png or FILE.svg")]
    public string? Plot { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (By is not ("day" or "week" or "month" or "year"))
        {
            return ValidationResult.Error($"unknown --by '{By}' (use day, week, month or year)");
        }

        if (Plot is not null && !Plot.EndsWith(".png", StringComparison.OrdinalIgnoreCase) && !Plot.EndsWith(".svg", StringComparison.OrdinalIgnoreCase))
        {
            return ValidationResult.Error("--plot takes a .png or .svg file name");
        }

        return TryDate(Since, out _) && TryDate(Until, out _) ? ValidationResult.Success() : ValidationResult.Error("--since and --until take YYYY-MM-DD");
    }
}

/// <summary>Options of <c>tightrope dyad</c>.</summary>
public sealed class DyadSettings : SeriesSettings
{
    /// <summary>First party.</summary>
    [CommandArgument(0, "<A>")]
    public string A { get; init; } = string.Empty;

    /// <summary>Second party.</summary>
    [CommandArgument(1, "<B>")]
    public string B { get; init; } = string.Empty;

    /// <summary>Count reports instead of story events.</summary>
    [CommandOption("--raw")]
    [Description("Count every report instead of story events (happenings)")]
    public bool Raw { get; init; }
}

/// <summary><c>tightrope dyad A B</c>: how a relationship moves, period by period.</summary>
public sealed class DyadCommand(CliIO io) : Command<DyadSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, DyadSettings settings, CancellationToken cancellationToken)
    {
        using var store = Stores.Open(settings, io);
        if (store is null)
        {
            return ExitCodes.InputUnreadable;
        }

        string a = settings.A.ToUpperInvariant(), b = settings.B.ToUpperInvariant();
        var points = new StoreAnalytics(store).Dyad(a, b, Stores.ParsePeriod(settings.By), StoreSettings.DateOf(settings.Since), StoreSettings.DateOf(settings.Until), settings.Raw);
        var table = new Table().Border(TableBorder.Rounded).Title($"{a} ⇄ {b} by {settings.By}" + (settings.Raw ? " (reports)" : " (story events, asserted)"));
        foreach (var c in new[] { "Period", "All", "Verbal coop", "Material coop", "Verbal conflict", "Material conflict", $"{a}→{b}", $"{b}→{a}", "Mean Goldstein", "Net coop" })
        {
            table.AddColumn(new TableColumn(c).RightAligned());
        }

        foreach (var p in points)
        {
            table.AddRow(Day(p.Period), N(p.Total), N(p.VerbalCooperation), N(p.MaterialCooperation), N(p.VerbalConflict), N(p.MaterialConflict),
                N(p.AToB), N(p.BToA), p.MeanGoldstein?.ToString("+0.0;-0.0;0", CultureInfo.InvariantCulture) ?? "—", p.NetCooperation.ToString("+0;-0;0", CultureInfo.InvariantCulture));
        }

        io.Console.Write(table);
        if (settings.Plot is not null && !PlotWriter.Try(io, settings.Plot, () => Output.Plots.Dyad(settings.Plot, a, b, points)))
        {
            return ExitCodes.InputUnreadable;
        }

        if (points.Count > 0)
        {
            var chart = new BarChart().Label("Net cooperation per period").Width(Math.Min(100, io.Console.Profile.Width));
            foreach (var p in points)
            {
                chart.AddItem(Day(p.Period), p.NetCooperation, p.NetCooperation >= 0 ? Color.Green : Color.Red);
            }

            io.Console.Write(chart);
        }
        else
        {
            io.Console.MarkupLine("[grey]No events between them in the store.[/]");
        }

        return ExitCodes.Success;
    }

    internal static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string N(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}

/// <summary>Options of <c>tightrope balance</c>.</summary>
public sealed class BalanceSettings : SeriesSettings
{
    /// <summary>The middle power.</summary>
    [CommandArgument(0, "<M>")]
    public string M { get; init; } = string.Empty;

    /// <summary>The two powers.</summary>
    [CommandOption("--between <A>")]
    [Description("The two powers: --between USA --between CHN (or --between USA,CHN)")]
    public string[] Between { get; init; } = [];

    /// <summary>The two powers, parsed.</summary>
    public string[] Powers => [.. Between.SelectMany(b => b.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Select(x => x.ToUpperInvariant())];

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        Powers.Length == 2 ? base.Validate() : ValidationResult.Error("give exactly two powers: --between USA --between CHN");
}

/// <summary><c>tightrope balance M --between A B</c>: the tightrope index of M between A and B.</summary>
public sealed class BalanceCommand(CliIO io) : Command<BalanceSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, BalanceSettings settings, CancellationToken cancellationToken)
    {
        using var store = Stores.Open(settings, io);
        if (store is null)
        {
            return ExitCodes.InputUnreadable;
        }

        string m = settings.M.ToUpperInvariant(), a = settings.Powers[0], b = settings.Powers[1];
        var points = new StoreAnalytics(store).Balance(m, a, b, Stores.ParsePeriod(settings.By), StoreSettings.DateOf(settings.Since), StoreSettings.DateOf(settings.Until));
        BalanceView.Write(io, m, a, b, points);
        if (settings.Plot is not null && !PlotWriter.Try(io, settings.Plot, () => Output.Plots.Balance(settings.Plot, m, a, b, points)))
        {
            return ExitCodes.InputUnreadable;
        }

        return ExitCodes.Success;
    }
}

/// <summary>Writes a picture, turning file-system failures into one line.</summary>
internal static class PlotWriter
{
    public static bool Try(CliIO io, string path, Action draw)
    {
        try
        {
            draw();
            io.Console.MarkupLine($"[grey]plot written to {Markup.Escape(path)}[/]");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or DirectoryNotFoundException)
        {
            io.Error.WriteLine($"tightrope: {path}: cannot write the plot ({e.Message})");
            return false;
        }
    }
}

/// <summary>Renders a balance series: the parts, the index and a bar per period.</summary>
internal static class BalanceView
{
    public static void Write(CliIO io, string m, string a, string b, IReadOnlyList<BalancePoint> points)
    {
        var table = new Table().Border(TableBorder.Rounded).Title($"Balance of {m} between {a} (+1) and {b} (−1)");
        foreach (var c in new[] { "Period", $"g({m},{a})", $"g({m},{b})", "Balance", "" })
        {
            table.AddColumn(new TableColumn(c).RightAligned());
        }

        foreach (var p in points)
        {
            int width = (int)Math.Round(Math.Abs(p.Balance) * 10);
            string bar = p.Balance >= 0 ? $"{new string(' ', 10)}│[green]{new string('█', width)}[/]" : $"{new string(' ', 10 - width)}[red]{new string('█', width)}[/]│";
            table.AddRow(DyadCommand.Day(p.Period), p.TowardA.ToString("+0.0;-0.0;0", CultureInfo.InvariantCulture),
                p.TowardB.ToString("+0.0;-0.0;0", CultureInfo.InvariantCulture), p.Balance.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture), bar);
        }

        io.Console.Write(table);
        if (points.Count == 0)
        {
            io.Console.MarkupLine("[grey]No asserted story events between them in the store.[/]");
        }
    }
}

/// <summary><c>tightrope stats</c>: documents, events, types, months, top dyads and actors.</summary>
public sealed class StatsCommand(CliIO io) : Command<StoreSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, StoreSettings settings, CancellationToken cancellationToken)
    {
        using var store = Stores.Open(settings, io);
        if (store is null)
        {
            return ExitCodes.InputUnreadable;
        }

        StatsView.Write(io, new StoreAnalytics(store).Stats());
        return ExitCodes.Success;
    }
}

/// <summary>Renders store statistics.</summary>
internal static class StatsView
{
    public static void Write(CliIO io, StoreStats stats)
    {
        var c = stats.Counts;
        io.Console.MarkupLine($"[bold]{c.Documents:N0}[/] documents ({c.Rejected:N0} rejected) · [bold]{c.Events:N0}[/] event reports · [bold]{c.StoryEvents:N0}[/] story events");
        var types = new BarChart().Label("Story events by type (asserted)").Width(Math.Min(90, io.Console.Profile.Width));
        foreach (var (type, n) in stats.ByType)
        {
            types.AddItem(type, n, Color.SteelBlue);
        }

        io.Console.Write(types);
        var dyads = new Table().Border(TableBorder.Rounded).Title("Top dyads");
        foreach (var h in new[] { "Actor", "Recipient", "Story events", "Mean Goldstein" })
        {
            dyads.AddColumn(h);
        }

        foreach (var (actor, recipient, n, g) in stats.TopDyads)
        {
            dyads.AddRow(actor, recipient, n.ToString("N0", CultureInfo.InvariantCulture), g.ToString("+0.0;-0.0;0", CultureInfo.InvariantCulture));
        }

        io.Console.Write(dyads);
        io.Console.MarkupLine("Top actors: " + string.Join(", ", stats.TopActors.Select(x => $"{x.Actor} {x.Count:N0}")));
        io.Console.MarkupLine("By month: " + string.Join("  ", stats.ByMonth.Select(x => $"{x.Month:yyyy-MM} {x.Count}")));
    }
}
