using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Tightrope.Analytics;
using Tightrope.Cli.Infrastructure;
using Tightrope.Ingest;
using Tightrope.Pipeline;
using Tightrope.Storage;

namespace Tightrope.Cli.Commands;

/// <summary>Options of <c>tightrope demo</c>.</summary>
public sealed class DemoSettings : CommandSettings, IModelChoice
{
    /// <summary>Lexicon only.</summary>
    [CommandOption("--no-model")]
    [Description(CoderChoice.NoModelHelp)]
    public bool NoModel { get; init; }

    /// <summary>Let the model add events the lexicon missed.</summary>

    [CommandOption("--model-adds")]
    [Description(CoderChoice.ModelAddsHelp)]
    public bool ModelAdds { get; init; }

    /// <summary>Where the demo store goes.</summary>
    [CommandOption("--db <PATH>")]
    [Description("Store file to (re)create (default ./tightrope-demo.duckdb)")]
    public string Db { get; init; } = "tightrope-demo.duckdb";
}

/// <summary>
/// <c>tightrope demo</c>: ingests the bundled illustrative corpus into a fresh store and shows what the store can
/// say: statistics, the top dyads and the balance of South Korea between the United States and China.
/// </summary>
public sealed class DemoCommand(CliIO io, Func<CoderPipeline> pipeline, TimeProvider time) : Command<DemoSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, DemoSettings settings, CancellationToken cancellationToken)
    {
        string? corpus = new[] { Path.Combine(AppContext.BaseDirectory, "corpus"), Path.Combine("samples", "corpus") }.FirstOrDefault(Directory.Exists);
        if (corpus is null)
        {
            io.Error.WriteLine("tightrope: samples/corpus: the bundled sample corpus is missing (run from the repository root)");
            return ExitCodes.InputUnreadable;
        }

        foreach (var leftover in new[] { settings.Db, settings.Db + ".wal" })
        {
            if (File.Exists(leftover))
            {
                File.Delete(leftover);
            }
        }

        var (store, problem) = DuckDbEventStore.Open(settings.Db);
        if (store is null)
        {
            io.Error.WriteLine(problem!.ToString());
            return ExitCodes.InputUnreadable;
        }

        using (store)
        {
            io.Console.MarkupLine($"[bold]Tightrope demo[/] — ingesting the illustrative sample corpus ([grey]{Markup.Escape(corpus)}[/]) into [grey]{Markup.Escape(settings.Db)}[/]");
            Ingestion.Run(io, CoderChoice.Pick(pipeline, settings), store, time, InputFiles.Read([corpus], null, null, 2_000_000), cancellationToken);
            var analytics = new StoreAnalytics(store);
            StatsView.Write(io, analytics.Stats());
            BalanceView.Write(io, "KOR", "USA", "CHN", analytics.Balance("KOR", "USA", "CHN", Period.Month));
        }

        io.Console.MarkupLine($"Explore it: [bold]tightrope dyad KOR CHN --db {Markup.Escape(settings.Db)}[/], [bold]tightrope events --actor PRK --db {Markup.Escape(settings.Db)}[/]");
        io.Console.MarkupLine($"See it in the dashboard: [bold]tightrope serve --db {Markup.Escape(settings.Db)}[/], then open [bold link]http://127.0.0.1:5080/[/]");
        return ExitCodes.Success;
    }
}
