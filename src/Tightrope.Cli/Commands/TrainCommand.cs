using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Tightrope.Classifier.Embedding;
using Tightrope.Classifier.Evaluation;
using Tightrope.Classifier.Training;
using Tightrope.Cli.Infrastructure;
using Tightrope.Cli.Output;
using Tightrope.Data;
using Tightrope.Evaluation;
using Tightrope.Ingest.Readers;
using Tightrope.Pipeline;

namespace Tightrope.Cli.Commands;

/// <summary>Options of <c>tightrope train</c>.</summary>
public sealed class TrainSettings : CommandSettings
{
    /// <summary>Training files.</summary>
    [CommandOption("--data <FILE>")]
    [Description("Training data: a story CSV (text, title, label) or a gold JSONL file; repeat for several")]
    public string[] Data { get; init; } = [];

    /// <summary>Where the weights go.</summary>
    [CommandOption("--out <PATH>")]
    [Description("Where to write the trained head (JSON); default event-head.json")]
    public string Out { get; init; } = "event-head.json";

    /// <summary>Cross-validation folds.</summary>
    [CommandOption("--folds <N>")]
    [Description("Group k-fold before the final fit (groups: headline template, gold item); 0 skips it. Default 5")]
    public int Folds { get; init; } = 5;

    /// <summary>Optimiser passes.</summary>
    [CommandOption("--epochs <N>")]
    [Description("Full-batch passes of the optimiser; default 300")]
    public int Epochs { get; init; } = 300;

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        Data.Length == 0 ? ValidationResult.Error("give at least one --data FILE")
        : Folds is 1 or < 0 ? ValidationResult.Error("--folds must be 0 or at least 2")
        : Epochs < 1 ? ValidationResult.Error("--epochs must be positive")
        : ValidationResult.Success();
}

/// <summary><c>tightrope train</c>: embeds labelled sentences with MiniLM, reports held-out scores, writes the head.</summary>
public sealed class TrainCommand(CliIO io) : Command<TrainSettings>
{
    // Held-out scores compare against the built-in lexicon: training must work before any weights exist.
    // The default coder only confirms or doubts lexicon events, so its events are the lexicon's; what the model could
    // add is scored with adding switched on.
    private static CoderPipeline Adding => CoderPipeline.Default.WithClassifier(null, CombinationRule.WithAdditions);

    // Training files are read whole and strictly (UTF-8, not binary); 7 MB of stories is typical.
    private const int MaxTrainingChars = 200_000_000;

    /// <inheritdoc />
    public override int Execute(CommandContext context, TrainSettings settings, CancellationToken cancellationToken)
    {
        var errors = new List<DataError>();
        var examples = new List<LabelledSentence>();
        var stories = new List<LabelledStory>();
        var gold = new List<GoldItem>();
        foreach (var path in settings.Data)
        {
            var (text, problem) = ArticleReader.Read(path, MaxTrainingChars, io.OpenStandardInput);
            if (problem is not null)
            {
                io.Error.WriteLine(problem.ToString());
                return ExitCodes.InputUnreadable;
            }

            examples.AddRange(TrainingDataReader.Parse(path, text!, errors, stories, gold));
        }

        foreach (var e in errors)
        {
            io.Error.WriteLine($"tightrope: {e}");
        }

        if (examples.Select(e => e.Label).Distinct().Count() < 2)
        {
            io.Error.WriteLine($"tightrope: {string.Join(", ", settings.Data)}: training needs examples of at least two labels");
            return ExitCodes.InputUnreadable;
        }

        io.Console.MarkupLine($"Embedding {examples.Count:N0} sentences with all-MiniLM-L6-v2…");
        using var embedder = new CachingEmbedder(new MiniLmEmbedder());
        var training = HeadTraining.Embed("all-MiniLM-L6-v2", embedder, examples, cancellationToken);
        var trainer = new SoftmaxTrainer { Epochs = settings.Epochs };
        if (settings.Folds >= 2)
        {
            var matrix = training.CrossValidate(trainer, settings.Folds);
            WriteScores(matrix, settings.Folds);
            if (gold.Count > 0)
            {
                // Story sentences carry the lexicon's labels; the gold sentences are the ones labelled by people.
                var goldMatrix = training.CrossValidate(trainer, settings.Folds, static e => e.Group.StartsWith(TrainingDataReader.GoldGroupPrefix, StringComparison.Ordinal));
                WriteScores(goldMatrix, settings.Folds, "Held-out gold sentences, the model alone");
            }
            if (stories.Count > 0)
            {
                io.Console.MarkupLine($"Coding the lead passages of {stories.Count:N0} held-out stories with the combined coder…");
                var scores = StoryEvaluation.CrossValidate(training, stories, trainer, settings.Folds, embedder, Adding, cancellationToken);
                WriteStoryScores(scores, settings.Folds);
            }

            if (gold.Count > 0)
            {
                WriteGoldScores(GoldEvaluation.CrossValidate(training, gold, trainer, settings.Folds, embedder, Adding), settings.Folds);
            }

            if (examples.Exists(static e => e.Group.StartsWith(TrainingDataReader.SentenceGroupPrefix, StringComparison.Ordinal)))
            {
                WriteSentenceScores(LabelledSentenceEvaluation.CrossValidate(training, trainer, settings.Folds, embedder, Adding), settings.Folds);
            }
        }

        var head = training.TrainAll(trainer);
        string? folder = Path.GetDirectoryName(Path.GetFullPath(settings.Out));
        if (folder is not null)
        {
            Directory.CreateDirectory(folder);
        }

        using (var stream = File.Create(settings.Out))
        {
            head.Save(stream);
        }

        io.Console.MarkupLine($"Wrote [bold]{Markup.Escape(settings.Out)}[/]: {head.Labels.Count} labels × {head.Dimensions} dimensions, trained on {examples.Count:N0} sentences.");
        return errors.Count > 0 ? ExitCodes.RecordsRejected : ExitCodes.Success;
    }

    private void WriteStoryScores(StoryScores scores, int folds)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .Title($"Held-out stories ({folds}-fold by group; headline, where {scores.Headlines:N0} of {scores.Combined.Total:N0} have one, then the first {StoryEvaluation.LeadSentences} sentences; type of the first event)")
            .AddColumn("coder").AddColumn(new TableColumn("macro-F1 (16 types)").RightAligned()).AddColumn(new TableColumn("accuracy").RightAligned());
        table.AddRow("lexicon + model adding events", Score(scores.Combined.MacroF1(LabelledSentence.NoEvent)), Score(scores.Combined.Accuracy));
        table.AddRow("lexicon only (the default coder's events)", Score(scores.Lexicon.MacroF1(LabelledSentence.NoEvent)), Score(scores.Lexicon.Accuracy));
        table.AddRow("lexicon only, lead without the headline", Score(scores.LexiconWithoutHeadlines.MacroF1(LabelledSentence.NoEvent)), Score(scores.LexiconWithoutHeadlines.Accuracy));
        io.Console.Write(table);
        io.Console.MarkupLine($"The model added {scores.ModelEvents:N0} events and confirmed {scores.Confirmed:N0} lexicon events.");
        WriteScores(scores.Combined, folds, "Held-out stories, lexicon + model adding events, per type");
    }

    private void WriteGoldScores(GoldScores scores, int folds)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .Title($"Gold items ({folds}-fold: each item coded by a head that never saw it)")
            .AddColumn("coder").AddColumn(new TableColumn("precision").RightAligned()).AddColumn(new TableColumn("recall").RightAligned())
            .AddColumn(new TableColumn("F1").RightAligned()).AddColumn(new TableColumn("no-event items with an asserted event").RightAligned());
        foreach (var (name, r) in new[] { ("lexicon + model adding events", scores.Combined), ("lexicon only (the default coder's events)", scores.Lexicon) })
        {
            table.AddRow(name, Score(r.Overall.Precision), Score(r.Overall.Recall), Score(r.Overall.F1), $"{r.NoEventItemsWithAssertedEvents}/{r.NoEventItems}");
        }

        io.Console.Write(table);
    }

    private void WriteSentenceScores(LabelledSentenceScores scores, int folds)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .Title($"Hand-labelled sentences ({folds}-fold: each coded with a head that never saw it; type of the events coded)")
            .AddColumn("coder").AddColumn(new TableColumn("macro-F1 (16 types)").RightAligned()).AddColumn(new TableColumn("accuracy").RightAligned())
            .AddColumn(new TableColumn("no-event sentences with an asserted event").RightAligned());
        foreach (var (name, m) in new[] { ("lexicon + model adding events", scores.Combined), ("lexicon only (the default coder's events)", scores.Lexicon) })
        {
            int none = m.Support(LabelledSentence.NoEvent);
            table.AddRow(name, Score(m.MacroF1(LabelledSentence.NoEvent)), Score(m.Accuracy), $"{none - m[LabelledSentence.NoEvent, LabelledSentence.NoEvent]}/{none}");
        }

        io.Console.Write(table);
        io.Console.MarkupLine($"The model added {scores.ModelEvents:N0} events to the held-out hand-labelled sentences.");
        WriteScores(scores.Combined, folds, "Hand-labelled sentences, lexicon + model adding events, per type");
    }

    private static string Score(double value) => ClassifierReport.Score(value);

    private void WriteScores(ConfusionMatrix matrix, int folds, string what = "Held-out sentences") =>
        io.Console.Write(ClassifierReport.ScoreTable(matrix, $"{what} ({folds}-fold by group)"));
}
