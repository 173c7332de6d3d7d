using Spectre.Console;
using Spectre.Console.Cli;
using Tightrope.Cli.Commands;
using Tightrope.Cli.Infrastructure;
using Tightrope.Classifier.Coding;
using Tightrope.Pipeline;

namespace Tightrope.Cli;

/// <summary>Builds and runs the <c>tightrope</c> command line over injected IO.</summary>
public static class CliApp
{
    /// <summary>Runs the command line; returns the process exit code. <paramref name="pipeline"/> defaults to the lexicon + model coder.</summary>
    public static int Run(string[] args, CliIO io, Func<CoderPipeline>? pipeline = null, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(io);
        var registrar = new TypeRegistrar();
        registrar.RegisterInstance(typeof(CliIO), io);
        registrar.RegisterInstance(typeof(Func<CoderPipeline>), pipeline ?? (() => EventModel.Coder));
        registrar.RegisterInstance(typeof(TimeProvider), time ?? TimeProvider.System);
        var app = new CommandApp(registrar);
        app.Configure(config =>
        {
            config.SetApplicationName("tightrope");
            config.ConfigureConsole(io.Console);
            config.PropagateExceptions();
            config.UseStrictParsing();
            config.AddCommand<CodeCommand>("code")
                .WithDescription("Code a news article (or a JSONL batch) into PLOVER/POLECAT event records")
                .WithExample("code", "samples/sample-article.txt", "--date", "2026-03-16")
                .WithExample("code", "--input", "docs.jsonl", "--format", "jsonl");
            config.AddCommand<DemoCommand>("demo")
                .WithDescription("Ingest the bundled illustrative corpus into a fresh store and show stats, top dyads and a balance");
            config.AddCommand<IngestCommand>("ingest")
                .WithDescription("Code files and folders (.txt .html .jsonl .rss .atom) into the store, idempotently")
                .WithExample("ingest", "samples/corpus", "--db", "news.duckdb");
            config.AddCommand<EventsCommand>("events").WithDescription("List stored events, filtered");
            config.AddCommand<DyadCommand>("dyad").WithDescription("How a relationship moves: events between A and B per period")
                .WithExample("dyad", "KOR", "CHN", "--by", "month");
            config.AddCommand<BalanceCommand>("balance").WithDescription("The tightrope index of a middle power between two powers")
                .WithExample("balance", "KOR", "--between", "USA", "--between", "CHN");
            config.AddCommand<StatsCommand>("stats").WithDescription("Documents, events, types, months, top dyads and actors");
            config.AddCommand<ExportCommand>("export").WithDescription("Export events as parquet, csv or jsonl")
                .WithExample("export", "--format", "parquet", "--out", "events.parquet");
            config.AddBranch("actors", actors =>
            {
                actors.SetDescription("Look up, list and check the actor catalog");
                actors.AddCommand<ActorsLookupCommand>("lookup")
                    .WithDescription("Show how a name or short text resolves (which entry, which tenure) and why")
                    .WithExample("actors", "lookup", "President Lee", "--date", "2019-06-01");
                actors.AddCommand<ActorsListCommand>("list")
                    .WithDescription("List catalog entries, filtered by country and kind")
                    .WithExample("actors", "list", "--country", "KOR", "--kind", "person");
                actors.AddCommand<ActorsCheckCommand>("check")
                    .WithDescription("Validate catalog files of your own (same rules as the built-in data)")
                    .WithExample("actors", "check", "my-people.tsv");
            });
            config.AddCommand<ServeCommand>("serve")
                .WithDescription("HTTP API and analyst dashboard over a store (read-only; loopback unless --api-key is given)")
                .WithExample("serve", "--db", "tightrope-demo.duckdb");
            config.AddCommand<EvalCommand>("eval")
                .WithDescription("Score the coder against a gold file: precision, recall, F1, confusion table")
                .WithExample("eval", "data/gold/gold.jsonl");
            config.AddCommand<TrainCommand>("train")
                .WithDescription("Train the sentence classifier head on MiniLM embeddings; reports held-out scores first")
                .WithExample("train", "--data", "stories.csv", "--data", "data/gold/gold.jsonl", "--out", "event-head.json");
        });

        try
        {
            return app.Run(StdinArgument.Escape(args));
        }
        catch (CommandAppException e)
        {
            io.Error.WriteLine($"tightrope: {OneLine(e.Message)} (see 'tightrope --help')");
            return ExitCodes.UsageError;
        }
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ").Trim();
}
