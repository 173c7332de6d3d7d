using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Spectre.Console.Cli;
using Tightrope.Cli.Infrastructure;
using Tightrope.Cli.Input;
using Tightrope.Ingest.Readers;
using Tightrope.Data;
using Tightrope.Evaluation;
using Tightrope.Events;
using Tightrope.Pipeline;
using Tightrope.Classifier.Evaluation;
using Tightrope.Classifier.Training;
using Tightrope.Cli.Output;

namespace Tightrope.Cli.Commands;

/// <summary>Options of <c>tightrope eval</c>.</summary>
public sealed class EvalSettings : CommandSettings, IModelChoice
{
    /// <summary>Lexicon only.</summary>
    [CommandOption("--no-model")]
    [Description(CoderChoice.NoModelHelp)]
    public bool NoModel { get; init; }

    /// <summary>Let the model add events the lexicon missed.</summary>

    [CommandOption("--model-adds")]
    [Description(CoderChoice.ModelAddsHelp)]
    public bool ModelAdds { get; init; }

    /// <summary>Score the sentence classifier alone.</summary>
    [CommandOption("--classifier-only")]
    [Description("Score the sentence classifier alone: each item's best label (a type or NONE) against its first gold type; macro-F1 and confusion matrix")]
    public bool ClassifierOnly { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        ClassifierOnly && NoModel ? ValidationResult.Error("--classifier-only scores the model: it cannot be combined with --no-model") : ValidationResult.Success();

    /// <summary>The gold file.</summary>
    [CommandArgument(0, "<GOLD.jsonl|SENTENCES.tsv>")]
    [Description("Gold file: one JSON object per line with id, date, text and events (actor, type, recipient, modality); or labelled sentences, one \"TYPE<TAB>sentence\" per line (TYPE a POLECAT type or NONE), scored by event type")]
    public string Gold { get; init => field = StdinArgument.Restore(value) ?? string.Empty; } = string.Empty;

    /// <summary>Machine-readable output.</summary>
    [CommandOption("--json")]
    [Description("Print the scores as one JSON object")]
    public bool Json { get; init; }

    /// <summary>Print the misses.</summary>
    [CommandOption("--errors")]
    [Description("List every missed and spurious event with its text")]
    public bool Errors { get; init; }
}

/// <summary><c>tightrope eval</c>: precision, recall and F1 overall and per type, and a confusion table.</summary>
public sealed class EvalCommand(CliIO io, Func<CoderPipeline> pipeline) : Command<EvalSettings>
{
    private const int MaxEvaluationChars = 50_000_000;

    /// <inheritdoc />
    public override int Execute(CommandContext context, EvalSettings settings, CancellationToken cancellationToken)
    {
        // Read strictly, as training data is: a binary file or invalid UTF-8 is one clear line, not a line per row.
        var (text, problem) = ArticleReader.Read(settings.Gold, MaxEvaluationChars, io.OpenStandardInput);
        if (problem is not null)
        {
            io.Error.WriteLine(problem.ToString());
            return ExitCodes.InputUnreadable;
        }

        var errors = new List<DataError>();
        var lines = text!.Split('\n');
        if (Path.GetExtension(settings.Gold).Equals(".tsv", StringComparison.OrdinalIgnoreCase))
        {
            return EvaluateSentences(settings, lines, errors);
        }

        var items = GoldReader.Parse(settings.Gold, lines, errors);
        if (!Usable(settings.Gold, errors, items.Count, "gold items"))
        {
            return ExitCodes.InputUnreadable;
        }

        var coder = CoderChoice.Pick(pipeline, settings);
        if (settings.ClassifierOnly)
        {
            if (ClassifierOf(coder) is not { } classifier)
            {
                return ExitCodes.UsageError;
            }

            ClassifierReport.Write(io, SentenceEvaluation.Evaluate(classifier, items), classifier.Name, settings.Json);
            return errors.Count > 0 ? ExitCodes.RecordsRejected : ExitCodes.Success;
        }

        var report = GoldScorer.Evaluate(coder, items);
        if (settings.Json)
        {
            WriteJson(report);
        }
        else
        {
            WriteTables(report, items.Count);
        }

        if (settings.Errors)
        {
            WriteErrors(report);
        }

        return errors.Count > 0 ? ExitCodes.RecordsRejected : ExitCodes.Success;
    }

    /// <summary>Labelled sentences: the coder's event type (or the classifier's label) against each sentence's label.</summary>
    private int EvaluateSentences(EvalSettings settings, string[] lines, List<DataError> errors)
    {
        var sentences = TrainingDataReader.ReadSentences(settings.Gold, lines, errors);
        if (!Usable(settings.Gold, errors, sentences.Count, "labelled sentences"))
        {
            return ExitCodes.InputUnreadable;
        }

        var coder = CoderChoice.Pick(pipeline, settings);
        ConfusionMatrix matrix;
        string what, name;
        if (settings.ClassifierOnly)
        {
            if (ClassifierOf(coder) is not { } classifier)
            {
                return ExitCodes.UsageError;
            }

            matrix = SentenceEvaluation.Evaluate(classifier, sentences);
            name = classifier.Name;
            what = $"Classifier {name} alone on {sentences.Count} labelled sentences";
        }
        else
        {
            matrix = LabelledSentenceEvaluation.Evaluate(coder, sentences);
            name = settings.NoModel ? "lexicon only" : settings.ModelAdds ? "lexicon + model adding events" : "lexicon + model";
            what = $"Tightrope ({name}) on {sentences.Count} labelled sentences, by event type";
        }

        ClassifierReport.Write(io, matrix, name, settings.Json, what, settings.ClassifierOnly ? "classifier" : "coder");
        return errors.Count > 0 ? ExitCodes.RecordsRejected : ExitCodes.Success;
    }

    /// <summary>Prints the input's faulty lines; false, after saying so, when nothing usable is left.</summary>
    private bool Usable(string path, List<DataError> errors, int count, string what)
    {
        foreach (var e in errors)
        {
            io.Error.WriteLine($"tightrope: {e}");
        }

        if (count > 0)
        {
            return true;
        }

        io.Error.WriteLine(new InputProblem(path, $"no {what}").ToString());
        return false;
    }

    /// <summary>The coder's sentence classifier; null, after saying so, when it has none.</summary>
    private ISentenceClassifier? ClassifierOf(CoderPipeline coder)
    {
        if (coder.Classifier is null)
        {
            io.Error.WriteLine("tightrope: this coder has no sentence classifier to score");
        }

        return coder.Classifier;
    }

    private void WriteTables(EvaluationReport report, int itemCount)
    {
        var table = new Table().Border(TableBorder.Rounded).Title($"Tightrope vs gold ({itemCount} items)");
        table.AddColumn("Type");
        foreach (var h in new[] { "TP", "FP", "FN", "Precision", "Recall", "F1" })
        {
            table.AddColumn(new TableColumn(h).RightAligned());
        }

        foreach (var (type, score) in report.ByType.OrderBy(kv => kv.Key))
        {
            AddRow(table, type.Name(), score);
        }

        table.AddEmptyRow();
        AddRow(table, "[bold]overall[/]", report.Overall);
        io.Console.Write(table);
        io.Console.MarkupLine(CultureInfo.InvariantCulture,
            "Macro-F1 {0:0.000} · modality agreement on matches {1:0.000} · no-event items with an asserted event: {2}/{3}",
            report.MacroF1, report.ModalityAccuracy, report.NoEventItemsWithAssertedEvents, report.NoEventItems);

        var labels = report.Confusion.Keys.SelectMany(k => new[] { k.Gold, k.Predicted }).Distinct().OrderBy(l => l == "none" ? "~" : l).ToList();
        var confusion = new Table().Border(TableBorder.Simple).Title("Confusion (rows gold, columns predicted; same actor and recipient)");
        confusion.AddColumn("gold \\ pred");
        foreach (var l in labels)
        {
            confusion.AddColumn(new TableColumn(Abbrev(l)).RightAligned());
        }

        foreach (var g in labels)
        {
            var cells = new List<string> { Abbrev(g) };
            cells.AddRange(labels.Select(p => report.Confusion.TryGetValue((g, p), out int n) ? n.ToString(CultureInfo.InvariantCulture) : "."));
            confusion.AddRow(cells.ToArray());
        }

        io.Console.Write(confusion);
    }

    private static string Abbrev(string label) => label.Length > 5 ? label[..5] : label;

    private static void AddRow(Table table, string label, Score s) =>
        table.AddRow(label, s.TruePositives.ToString(CultureInfo.InvariantCulture), s.FalsePositives.ToString(CultureInfo.InvariantCulture),
            s.FalseNegatives.ToString(CultureInfo.InvariantCulture), s.Precision.ToString("0.000", CultureInfo.InvariantCulture),
            s.Recall.ToString("0.000", CultureInfo.InvariantCulture), s.F1.ToString("0.000", CultureInfo.InvariantCulture));

    private void WriteJson(EvaluationReport report)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            WriteScore(w, "overall", report.Overall);
            w.WriteNumber("macro_f1", Math.Round(report.MacroF1, 4));
            w.WriteNumber("modality_accuracy", Math.Round(report.ModalityAccuracy, 4));
            w.WriteNumber("no_event_items", report.NoEventItems);
            w.WriteNumber("no_event_items_with_asserted_events", report.NoEventItemsWithAssertedEvents);
            w.WriteStartObject("by_type");
            foreach (var (type, score) in report.ByType.OrderBy(kv => kv.Key))
            {
                WriteScore(w, type.Name(), score);
            }

            w.WriteEndObject();
            w.WriteStartArray("confusion");
            foreach (var ((gold, predicted), n) in report.Confusion.OrderBy(kv => kv.Key))
            {
                w.WriteStartObject();
                w.WriteString("gold", gold);
                w.WriteString("predicted", predicted);
                w.WriteNumber("count", n);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        io.Out.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteScore(Utf8JsonWriter w, string name, Score s)
    {
        w.WriteStartObject(name);
        w.WriteNumber("tp", s.TruePositives);
        w.WriteNumber("fp", s.FalsePositives);
        w.WriteNumber("fn", s.FalseNegatives);
        w.WriteNumber("precision", Math.Round(s.Precision, 4));
        w.WriteNumber("recall", Math.Round(s.Recall, 4));
        w.WriteNumber("f1", Math.Round(s.F1, 4));
        w.WriteEndObject();
    }

    private void WriteErrors(EvaluationReport report)
    {
        foreach (var r in report.Items.Where(r => r.Missed.Count > 0 || r.Spurious.Count > 0))
        {
            io.Out.WriteLine($"{r.Item.Id}: {r.Item.Text}");
            foreach (var m in r.Missed)
            {
                io.Out.WriteLine($"   missed   {m.Actor ?? "-"} {m.Type.Name()} {m.Recipient ?? "-"} ({m.Modality.Name()})");
            }

            foreach (var s in r.Spurious)
            {
                io.Out.WriteLine($"   spurious {s.Actor.Key ?? "-"} {s.EventType.Name()} {s.Recipient?.Key ?? "-"} ({s.Modality.Name()}) «{s.TriggerText}»");
            }
        }
    }
}
