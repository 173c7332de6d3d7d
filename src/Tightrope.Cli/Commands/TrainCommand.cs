using System.ComponentModel;
using System.Globalization;
using Spectre.Console;
using Spectre.Console.Cli;
using Tightrope.Classifier.Embedding;
using Tightrope.Classifier.Evaluation;
using Tightrope.Classifier.Training;
using Tightrope.Cli.Infrastructure;
using Tightrope.Data;
using Tightrope.Ingest.Readers;

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
    // Training files are read whole and strictly (UTF-8, not binary); 7 MB of stories is typical.
    private const int MaxTrainingChars = 200_000_000;

    /// <inheritdoc />
    public override int Execute(CommandContext context, TrainSettings settings, CancellationToken cancellationToken)
    {
        var errors = new List<DataError>();
        var examples = new List<LabelledSentence>();
        foreach (var path in settings.Data)
        {
            var (text, problem) = ArticleReader.Read(path, MaxTrainingChars, io.OpenStandardInput);
            if (problem is not null)
            {
                io.Error.WriteLine(problem.ToString());
                return ExitCodes.InputUnreadable;
            }

            examples.AddRange(TrainingDataReader.Parse(path, text!, errors));
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
        using var embedder = new MiniLmEmbedder();
        var training = HeadTraining.Embed("all-MiniLM-L6-v2", embedder, examples, cancellationToken);
        var trainer = new SoftmaxTrainer { Epochs = settings.Epochs };
        if (settings.Folds >= 2)
        {
            var matrix = training.CrossValidate(trainer, settings.Folds);
            WriteScores(matrix, settings.Folds);
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

    private void WriteScores(ConfusionMatrix matrix, int folds)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .Title($"Held-out ({folds}-fold by group): macro-F1 {matrix.MacroF1(LabelledSentence.NoEvent):0.000} over event types, accuracy {matrix.Accuracy:0.000}")
            .AddColumn("label").AddColumn(new TableColumn("support").RightAligned()).AddColumn(new TableColumn("F1").RightAligned())
            .AddColumn("most often confused with");
        foreach (var label in matrix.Labels)
        {
            var confused = matrix.Labels.Where(p => p != label && matrix[label, p] > 0)
                .OrderByDescending(p => matrix[label, p]).Take(2).Select(p => $"{p} ({matrix[label, p]})");
            table.AddRow(label, matrix.Support(label).ToString(CultureInfo.InvariantCulture),
                matrix.F1(label).ToString("0.000", CultureInfo.InvariantCulture), string.Join(", ", confused));
        }

        io.Console.Write(table);
    }
}
