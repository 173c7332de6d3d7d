using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Tightrope.Classifier.Evaluation;
using Tightrope.Classifier.Training;
using Tightrope.Cli.Infrastructure;

namespace Tightrope.Cli.Output;

/// <summary>Prints a classifier's confusion matrix: per-label F1, macro-F1 and the matrix itself, as tables or JSON.</summary>
public static class ClassifierReport
{
    /// <summary>Writes the scores of <paramref name="classifier"/> on gold items.</summary>
    public static void Write(CliIO io, ConfusionMatrix matrix, string classifier, bool json) =>
        Write(io, matrix, classifier, json, $"Classifier {classifier} alone on {matrix?.Total} gold items");

    /// <summary>
    /// Writes a confusion matrix under <paramref name="title"/>; in JSON, <paramref name="name"/> names what was scored
    /// under <paramref name="jsonKey"/> ("classifier" or "coder").
    /// </summary>
    public static void Write(CliIO io, ConfusionMatrix matrix, string name, bool json, string title, string jsonKey = "classifier")
    {
        ArgumentNullException.ThrowIfNull(io);
        ArgumentNullException.ThrowIfNull(matrix);
        if (json)
        {
            WriteJson(io, matrix, jsonKey, name);
            return;
        }

        io.Console.Write(ScoreTable(matrix, title));
        foreach (var line in ConfusionLines(matrix))
        {
            io.Out.WriteLine(line);
        }
    }

    /// <summary>Per-label support and F1 with the two most frequent confusions; macro-F1 over event types in the title.</summary>
    public static Table ScoreTable(ConfusionMatrix matrix, string title)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var table = new Table().Border(TableBorder.Rounded)
            .Title($"{Markup.Escape(title)}: macro-F1 {Score(matrix.MacroF1(LabelledSentence.NoEvent))} over event types, accuracy {Score(matrix.Accuracy)}")
            .AddColumn("label").AddColumn(new TableColumn("support").RightAligned()).AddColumn(new TableColumn("F1").RightAligned())
            .AddColumn("most often confused with");
        foreach (var label in matrix.Labels.Where(l => matrix.Support(l) > 0))
        {
            var confused = matrix.Labels.Where(p => p != label && matrix[label, p] > 0)
                .OrderByDescending(p => matrix[label, p]).Take(2).Select(p => $"{p} ({matrix[label, p]})");
            table.AddRow(label, matrix.Support(label).ToString(CultureInfo.InvariantCulture), Score(matrix.F1(label)), string.Join(", ", confused));
        }

        return table;
    }

    /// <summary>
    /// The full matrix as fixed-width text, rows gold and columns predicted, labels cut to four letters. Plain text,
    /// not a table: seventeen columns do not fit a console table's cell padding on an 80-column terminal.
    /// </summary>
    public static IEnumerable<string> ConfusionLines(ConfusionMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var labels = matrix.Labels;
        yield return "Confusion (rows gold, columns predicted)";
        yield return "gold " + string.Concat(labels.Select(l => Abbrev(l).PadLeft(5)));
        foreach (var g in labels)
        {
            yield return Abbrev(g).PadRight(5) + string.Concat(labels.Select(p => (matrix[g, p] == 0 ? "." : matrix[g, p].ToString(CultureInfo.InvariantCulture)).PadLeft(5)));
        }
    }

    /// <summary>A score with three decimals.</summary>
    public static string Score(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Abbrev(string label) => label.Length > 4 ? label[..4] : label;

    private static void WriteJson(CliIO io, ConfusionMatrix matrix, string key, string name)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString(key, name);
            w.WriteNumber("items", matrix.Total);
            w.WriteNumber("macro_f1", Math.Round(matrix.MacroF1(LabelledSentence.NoEvent), 4));
            w.WriteNumber("accuracy", Math.Round(matrix.Accuracy, 4));
            w.WriteStartObject("f1");
            foreach (var l in matrix.Labels.Where(l => matrix.Support(l) > 0))
            {
                w.WriteNumber(l, Math.Round(matrix.F1(l), 4));
            }

            w.WriteEndObject();
            w.WriteStartArray("confusion");
            foreach (var g in matrix.Labels)
            {
                foreach (var p in matrix.Labels.Where(p => matrix[g, p] > 0))
                {
                    w.WriteStartObject();
                    w.WriteString("gold", g);
                    w.WriteString("predicted", p);
                    w.WriteNumber("count", matrix[g, p]);
                    w.WriteEndObject();
                }
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        io.Out.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
