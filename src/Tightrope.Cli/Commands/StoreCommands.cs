using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Tightrope.Analytics;
using Tightrope.Cli.Infrastructure;
using Tightrope.Ingest;
using Tightrope.Ingest.Readers;
using Tightrope.Pipeline;
using Tightrope.Storage;

namespace Tightrope.Cli.Commands;

/// <summary>Options of every command that uses the store.</summary>
public class StoreSettings : CommandSettings
{
    /// <summary>The database file.</summary>
    [CommandOption("--db <PATH>")]
    [Description("Store file (default: $TIGHTROPE_DB, else ./tightrope.duckdb)")]
    public string? Db { get; init; }

    /// <summary>The store path to use.</summary>
    public string DbPath => Db ?? (Environment.GetEnvironmentVariable("TIGHTROPE_DB") is { Length: > 0 } env ? env : "tightrope.duckdb");

    /// <summary>Parses an optional date option.</summary>
    internal static bool TryDate(string? text, out DateOnly? date)
    {
        date = null;
        if (text is null)
        {
            return true;
        }

        if (JsonlDocumentReader.TryParseDate(text, out var d))
        {
            date = d;
            return true;
        }

        return false;
    }

    /// <summary>An optional date option already checked by <see cref="TryDate"/> in validation.</summary>
    internal static DateOnly? DateOf(string? text) => TryDate(text, out var date) ? date : null;
}

/// <summary>Opens the store for a command, reporting problems as one line.</summary>
internal static class Stores
{
    public static DuckDbEventStore? Open(StoreSettings settings, CliIO io)
    {
        var (store, problem) = DuckDbEventStore.Open(settings.DbPath);
        if (problem is not null)
        {
            io.Error.WriteLine(problem.ToString());
        }

        return store;
    }

    public static Period ParsePeriod(string by) => by switch
    {
        "day" => Period.Day,
        "week" => Period.Week,
        "year" => Period.Year,
        _ => Period.Month,
    };
}

/// <summary>Options of <c>tightrope ingest</c>.</summary>
public sealed class IngestSettings : StoreSettings, IModelChoice
{
    /// <summary>Lexicon only.</summary>
    [CommandOption("--no-model")]
    [Description(CoderChoice.NoModelHelp)]
    public bool NoModel { get; init; }

    /// <summary>Let the model add events the lexicon missed.</summary>
    [CommandOption("--model-adds")]
    [Description(CoderChoice.ModelAddsHelp)]
    public bool ModelAdds { get; init; }

    /// <summary>Code each document's title as the first paragraph of its text.</summary>
    [CommandOption("--headline")]
    [Description(CodeSettings.HeadlineHelp)]
    public bool Headline { get; init; }

    /// <summary>Files and folders to ingest.</summary>
    [CommandArgument(0, "<PATH>")]
    [Description("Files or folders (.txt, .html, .jsonl, .rss, .atom); folders are read recursively")]
    public string[] Paths { get; init; } = [];

    /// <summary>Story date for inputs that carry none.</summary>
    [CommandOption("--date <YYYY-MM-DD>")]
    [Description("Story date for documents that carry none (plain text files)")]
    public string? Date { get; init; }

    /// <summary>Source name for inputs that carry none.</summary>
    [CommandOption("--source <NAME>")]
    [Description("Source name for documents that carry none")]
    public string? Source { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        TryDate(Date, out _) ? ValidationResult.Success() : ValidationResult.Error($"--date '{Date}' is not YYYY-MM-DD");
}

/// <summary><c>tightrope ingest</c>: code documents into the store, idempotently, on all cores.</summary>
public sealed class IngestCommand(CliIO io, Func<CoderPipeline> pipeline, TimeProvider time) : Command<IngestSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, IngestSettings settings, CancellationToken cancellationToken)
    {
        using var store = Stores.Open(settings, io);
        if (store is null)
        {
            return ExitCodes.InputUnreadable;
        }

        var date = StoreSettings.DateOf(settings.Date);
        var items = InputFiles.Read(settings.Paths, date, settings.Source, 2_000_000);
        if (settings.Headline)
        {
            items = items.Select(i => i.Document is null ? i : i with { Document = i.Document.WithHeadline() });
        }

        var (report, problems) = Ingestion.Run(io, CoderChoice.Pick(pipeline, settings), store, time, items, cancellationToken);
        return report.Rejected > 0 || problems > 0 ? ExitCodes.RecordsRejected : ExitCodes.Success;
    }
}

/// <summary>Runs an ingest with progress (a live bar on terminals, plain lines otherwise) and prints its summary.</summary>
internal static class Ingestion
{
    public static (IngestReport Report, int Problems) Run(CliIO io, CoderPipeline pipeline, DuckDbEventStore store, TimeProvider time, IEnumerable<IngestItem> items, CancellationToken token)
    {
        var runner = new IngestRunner(pipeline, store, time);
        var problems = new List<IngestItem>();
        var observed = items.Select(i =>
        {
            if (i.Error is not null)
            {
                problems.Add(i);
            }

            return i;
        });
        IngestReport report;
        if (io.Console.Profile.Capabilities.Interactive)
        {
            // Inputs are streamed, so the total is unknown: an indeterminate bar with the running rate and counts.
            IngestReport? result = null;
            io.Console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
                .Start(ctx =>
                {
                    var task = ctx.AddTask("Ingesting").IsIndeterminate();
                    result = runner.Run(observed, new InlineProgress(p =>
                        task.Description = string.Create(CultureInfo.InvariantCulture, $"{p.Documents:N0} documents · {p.Rate:N0}/s · {p.Events:N0} events")), token);
                    task.IsIndeterminate = false;
                    task.Value = task.MaxValue;
                });
            report = result!;
        }
        else
        {
            report = runner.Run(observed, new InlineProgress(p =>
                io.Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{p.Documents:N0} documents, {p.Rate:N0}/s, {p.Events:N0} events"))), token);
        }

        foreach (var p in problems)
        {
            io.Error.WriteLine($"tightrope: {p.Origin}: {p.Error}");
        }

        var table = new Table().Border(TableBorder.Rounded).Title("Ingest summary");
        table.AddColumn("");
        table.AddColumn(new TableColumn("count").RightAligned());
        table.AddRow("documents new", report.New.ToString("N0", CultureInfo.InvariantCulture));
        table.AddRow("already present", report.AlreadyPresent.ToString("N0", CultureInfo.InvariantCulture));
        foreach (var (reason, n) in report.RejectedByReason)
        {
            table.AddRow(Markup.Escape($"rejected: {reason}"), n.ToString("N0", CultureInfo.InvariantCulture));
        }

        table.AddRow("events stored", report.Events.ToString("N0", CultureInfo.InvariantCulture));
        table.AddRow("seconds", report.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture));
        io.Console.Write(table);
        return (report, problems.Count);
    }

    /// <summary>Reports on the calling thread (Progress&lt;T&gt; would post to the thread pool and reorder lines).</summary>
    private sealed class InlineProgress(Action<IngestProgress> report) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value) => report(value);
    }
}
