using System.ComponentModel;
using System.Buffers;
using System.Text;
using System.Text.Json;
using Spectre.Console;
using Spectre.Console.Cli;
using Tightrope.Cli.Infrastructure;
using Tightrope.Cli.Input;
using Tightrope.Ingest.Readers;
using Tightrope.Cli.Output;
using Tightrope.Pipeline;

namespace Tightrope.Cli.Commands;

/// <summary>Options of <c>tightrope code</c>.</summary>
public sealed class CodeSettings : CommandSettings, IModelChoice
{
    /// <summary>Lexicon only.</summary>
    [CommandOption("--no-model")]
    [Description(CoderChoice.NoModelHelp)]
    public bool NoModel { get; init; }

    /// <summary>Let the model add events the lexicon missed.</summary>

    [CommandOption("--model-adds")]
    [Description(CoderChoice.ModelAddsHelp)]
    public bool ModelAdds { get; init; }

    /// <summary>The article file, or "-" for standard input.</summary>
    [CommandArgument(0, "[FILE]")]
    [Description("UTF-8 text file to code, or - for standard input")]
    public string? File { get; init => field = StdinArgument.Restore(value); }

    /// <summary>Batch input.</summary>
    [CommandOption("--input <DOCS.jsonl>")]
    [Description("Code a batch: one JSON record per line (id, date, text, title, url, source), streamed")]
    public string? Input { get; init => field = StdinArgument.Restore(value); }

    /// <summary>Story date.</summary>
    [CommandOption("--date <YYYY-MM-DD>")]
    [Description("Story (publication) date of the article")]
    public string? Date { get; init => field = StdinArgument.Restore(value); }

    /// <summary>Document id.</summary>
    [CommandOption("--id <ID>")]
    [Description("Document id (default: a hash of the text)")]
    public string? Id { get; init => field = StdinArgument.Restore(value); }

    /// <summary>Output format.</summary>
    [CommandOption("--format <FORMAT>")]
    [Description("json | jsonl | table (default: table for a terminal, jsonl for --input)")]
    public string? Format { get; init => field = StdinArgument.Restore(value); }

    /// <summary>Size limit.</summary>
    [CommandOption("--max-chars <N>")]
    [Description("Largest article accepted, in characters (default 2,000,000)")]
    [DefaultValue(2_000_000)]
    public int MaxChars { get; init; } = 2_000_000;

    /// <summary>Users' catalog files merged over the built-in catalog.</summary>
    [CommandOption("--actors <FILE>")]
    [Description("A catalog file of your own (TSV with a catalog header), merged over the built-in catalog; repeatable")]
    public string[] Actors { get; init; } = [];

    /// <summary>Code each record's title as the first paragraph of its text.</summary>
    [CommandOption("--headline")]
    [Description(HeadlineHelp)]
    public bool Headline { get; init; }

    /// <summary>Help for <c>--headline</c>, shared by the commands that read titled documents.</summary>
    public const string HeadlineHelp = "Code each document's title (headline) too: it becomes the first paragraph of the text, and offsets point into that text";

    /// <summary>Also print the actor mentions seen in each sentence.</summary>
    [CommandOption("--explain")]
    [Description("Also list, on standard error, the actors and places found in each sentence")]
    public bool Explain { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (File is null == Input is null)
        {
            return ValidationResult.Error("give either FILE (or -) or --input DOCS.jsonl");
        }

        if (Format is not (null or "json" or "jsonl" or "table"))
        {
            return ValidationResult.Error($"unknown --format '{Format}' (use json, jsonl or table)");
        }

        if (Input is not null && Format is "table" or "json")
        {
            return ValidationResult.Error("--input writes one record per line: use --format jsonl");
        }

        if (Headline && Input is null)
        {
            return ValidationResult.Error("--headline needs --input DOCS.jsonl (records with a \"title\")");
        }

        if (Date is not null && !JsonlDocumentReader.TryParseDate(Date, out _))
        {
            return ValidationResult.Error($"--date '{Date}' is not YYYY-MM-DD");
        }

        if (MaxChars <= 0)
        {
            return ValidationResult.Error("--max-chars must be positive");
        }

        return ValidationResult.Success();
    }
}

/// <summary><c>tightrope code</c>: codes an article or a batch into event records.</summary>
public sealed class CodeCommand(CliIO io, Func<CoderPipeline> pipeline) : Command<CodeSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, CodeSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Actors.Length > 0)
        {
            var (catalog, problems) = UserCatalog.Load(settings.Actors, io.OpenStandardInput);
            foreach (var p in problems)
            {
                io.Error.WriteLine(p);
            }

            if (catalog is null)
            {
                return ExitCodes.InputUnreadable;
            }

            var custom = new CoderPipelineBuilder().UseCatalog(catalog).Build().WithClassifier(pipeline().Classifier);
            pipeline = () => custom;
        }

        var chosen = CoderChoice.Pick(pipeline, settings);
        pipeline = () => chosen;

        return settings.Input is not null ? CodeBatch(settings, cancellationToken) : CodeOne(settings);
    }

    private int CodeOne(CodeSettings settings)
    {
        var (text, problem) = ArticleReader.Read(settings.File!, settings.MaxChars, io.OpenStandardInput);
        if (problem is not null)
        {
            io.Error.WriteLine(problem.ToString());
            return ExitCodes.InputUnreadable;
        }

        DateOnly? date = settings.Date is null ? null : JsonlDocumentReader.TryParseDate(settings.Date, out var d) ? d : null;
        var document = new Document { Id = settings.Id, Date = date, Text = text! };
        var result = pipeline().Code(document);
        if (settings.Explain)
        {
            foreach (var line in pipeline().ExplainMentions(document))
            {
                io.Error.WriteLine(line);
            }
        }

        switch (settings.Format ?? "table")
        {
            case "table":
                if (result.Events.Count == 0)
                {
                    io.Console.MarkupLine($"[grey]No events in {result.Sentences.Count} sentences.[/]");
                }
                else
                {
                    io.Console.Write(EventTable.Build(result.Events));
                    io.Console.MarkupLine($"[grey]{result.Events.Count} events from {result.Sentences.Count} sentences · document {Markup.Escape(result.DocId)}[/]");
                }

                break;
            case "json":
                io.Out.WriteLine(ToJson(result.Events, indented: true));
                break;
            default:
                foreach (var e in result.Events)
                {
                    io.Out.WriteLine(ToJsonLine(e));
                }

                break;
        }

        return ExitCodes.Success;
    }

    private int CodeBatch(CodeSettings settings, CancellationToken cancellationToken)
    {
        Stream stream;
        string name = settings.Input!;
        try
        {
            stream = name == "-" ? io.OpenStandardInput() : File.OpenRead(name);
        }
        catch (FileNotFoundException)
        {
            io.Error.WriteLine(new InputProblem(name, Problems.NotFound).ToString());
            return ExitCodes.InputUnreadable;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            io.Error.WriteLine(new InputProblem(name, Problems.CannotOpen(e is UnauthorizedAccessException ? "permission denied" : e.Message)).ToString());
            return ExitCodes.InputUnreadable;
        }

        int rejected = 0;
        var coder = pipeline();
        var pending = new List<Document>(BatchDocuments);
        using (stream)
        {
            foreach (var item in JsonlDocumentReader.Read(stream, name == "-" ? "stdin" : name, settings.MaxChars))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (item.Problem is not null)
                {
                    rejected++;
                    io.Error.WriteLine(item.Problem.ToString());
                    continue;
                }

                pending.Add(settings.Headline ? item.Document!.WithHeadline() : item.Document!);
                if (pending.Count == BatchDocuments)
                {
                    WriteCoded(coder, pending);
                }
            }
        }

        WriteCoded(coder, pending);

        io.Out.Flush();
        return rejected > 0 ? ExitCodes.RecordsRejected : ExitCodes.Success;
    }

    // Records are coded in groups so the model can batch their sentences; output order is input order.
    private const int BatchDocuments = 64;

    private void WriteCoded(CoderPipeline coder, List<Document> documents)
    {
        foreach (var result in coder.CodeMany(documents))
        {
            foreach (var e in result.Events)
            {
                io.Out.WriteLine(ToJsonLine(e));
            }
        }

        documents.Clear();
    }

    internal static string ToJsonLine(EventRecord record)
    {
        var buffer = new ArrayBufferWriter<byte>(2048);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            EventRecordJson.Write(writer, record);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static string ToJson(IReadOnlyList<EventRecord> records, bool indented)
    {
        var buffer = new ArrayBufferWriter<byte>(8192);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartArray();
            foreach (var r in records)
            {
                EventRecordJson.Write(writer, r);
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
