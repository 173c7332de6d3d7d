using System.ComponentModel;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Spectre.Console;
using Spectre.Console.Cli;
using Tightrope.Analytics;
using Tightrope.Cli.Infrastructure;

namespace Tightrope.Cli.Commands;

/// <summary>Event filters shared by <c>events</c> and <c>export</c>.</summary>
public class FilterSettings : StoreSettings
{
    /// <summary>Actor key.</summary>
    [CommandOption("--actor <KEY>")]
    [Description("Actor country (ISO alpha-3) or organisation code")]
    public string? Actor { get; init; }

    /// <summary>Recipient key.</summary>
    [CommandOption("--recipient <KEY>")]
    [Description("Recipient country or organisation code")]
    public string? Recipient { get; init; }

    /// <summary>Event type.</summary>
    [CommandOption("--type <TYPE>")]
    [Description("POLECAT type (CONSULT, ACCUSE …)")]
    public string? Type { get; init; }

    /// <summary>First date.</summary>
    [CommandOption("--since <YYYY-MM-DD>")]
    public string? Since { get; init; }

    /// <summary>Last date.</summary>
    [CommandOption("--until <YYYY-MM-DD>")]
    public string? Until { get; init; }

    /// <summary>Modality.</summary>
    [CommandOption("--modality <M>")]
    [Description("asserted | intended | expected | hypothetical | negated")]
    public string? Modality { get; init; }

    /// <summary>Row limit.</summary>
    [CommandOption("--limit <N>")]
    public int? Limit { get; init; }

    /// <summary>The filter these options describe.</summary>
    public EventFilter Filter()
    {
        return new EventFilter { Actor = Actor, Recipient = Recipient, Type = Type, Since = DateOf(Since), Until = DateOf(Until), Modality = Modality, Limit = Limit };
    }

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (!TryDate(Since, out _) || !TryDate(Until, out _))
        {
            return ValidationResult.Error("--since and --until take YYYY-MM-DD");
        }

        if (Type is not null && !Tightrope.Events.EventNames.TryParseType(Type, out _))
        {
            return ValidationResult.Error($"unknown --type '{Type}'");
        }

        if (Modality is not null && !Tightrope.Events.EventNames.TryParseModality(Modality, out _))
        {
            return ValidationResult.Error($"unknown --modality '{Modality}'");
        }

        return Limit is <= 0 ? ValidationResult.Error("--limit must be positive") : ValidationResult.Success();
    }
}

/// <summary>Options of <c>tightrope events</c>.</summary>
public sealed class EventsSettings : FilterSettings
{
    /// <summary>Output format.</summary>
    [CommandOption("--format <FORMAT>")]
    [Description("table | csv | jsonl (default table)")]
    public string Format { get; init; } = "table";

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        Format is "table" or "csv" or "jsonl" ? base.Validate() : ValidationResult.Error($"unknown --format '{Format}' (use table, csv or jsonl)");
}

/// <summary><c>tightrope events</c>: stored event reports, filtered.</summary>
public sealed class EventsCommand(CliIO io) : Command<EventsSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, EventsSettings settings, CancellationToken cancellationToken)
    {
        using var store = Stores.Open(settings, io);
        if (store is null)
        {
            return ExitCodes.InputUnreadable;
        }

        var filter = settings.Filter() with { Limit = settings.Limit ?? (settings.Format == "table" ? 50 : null) };
        using var reader = new StoreAnalytics(store).Events(filter, out var command);
        using (command)
        {
            var names = Enumerable.Range(0, reader.FieldCount).Select(reader.GetName).ToArray();
            if (settings.Format == "table")
            {
                var table = new Table().Border(TableBorder.Rounded);
                foreach (var c in new[] { "Date", "Actor", "Event", "Recipient", "Modality", "Trigger" })
                {
                    table.AddColumn(c);
                }

                int rows = 0;
                while (reader.Read())
                {
                    string Get(string n) => reader[n] is DBNull ? "—" : Convert.ToString(reader[n], CultureInfo.InvariantCulture) ?? string.Empty;
                    table.AddRow(Markup.Escape(Get("event_date")[..Math.Min(10, Get("event_date").Length)]), Markup.Escape($"{Get("actor_key")} {Get("actor_name")}"),
                        Markup.Escape(Get("event_type")), Markup.Escape($"{Get("recipient_key")} {Get("recipient_name")}"), Get("modality"), Markup.Escape(Get("trigger_text")));
                    rows++;
                }

                io.Console.Write(table);
                io.Console.MarkupLine($"[grey]{rows} events[/]");
                return ExitCodes.Success;
            }

            if (settings.Format == "csv")
            {
                io.Out.WriteLine(string.Join(',', names));
            }

            while (reader.Read())
            {
                io.Out.WriteLine(settings.Format == "csv" ? CsvLine(reader, names.Length) : JsonLine(reader, names));
            }
        }

        return ExitCodes.Success;
    }

    private static string CsvLine(System.Data.Common.DbDataReader reader, int count)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            if (i > 0)
            {
                sb.Append(',');
            }

            string value = reader.IsDBNull(i) ? string.Empty : Value(reader.GetValue(i));
            sb.Append(value.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value);
        }

        return sb.ToString();
    }

    private static string JsonLine(System.Data.Common.DbDataReader reader, string[] names)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            for (int i = 0; i < names.Length; i++)
            {
                var v = reader.GetValue(i);
                switch (v)
                {
                    case DBNull: w.WriteNull(names[i]); break;
                    case bool b: w.WriteBoolean(names[i], b); break;
                    case int n: w.WriteNumber(names[i], n); break;
                    case long l: w.WriteNumber(names[i], l); break;
                    case double d: w.WriteNumber(names[i], d); break;
                    default: w.WriteString(names[i], Value(v)); break;
                }
            }

            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string Value(object value) => value switch
    {
        DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}

/// <summary>Options of <c>tightrope export</c>.</summary>
public sealed class ExportSettings : FilterSettings
{
    /// <summary>Format.</summary>
    [CommandOption("--format <FORMAT>")]
    [Description("parquet | csv | jsonl")]
    public string Format { get; init; } = "parquet";

    /// <summary>Target file.</summary>
    [CommandOption("--out <FILE>")]
    [Description("File to write")]
    public string? Out { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (Format is not ("parquet" or "csv" or "jsonl"))
        {
            return ValidationResult.Error($"unknown --format '{Format}' (use parquet, csv or jsonl)");
        }

        return Out is null ? ValidationResult.Error("--out FILE is required") : base.Validate();
    }
}

/// <summary><c>tightrope export</c>: events to parquet, csv or jsonl, columns named as the record contract (flattened).</summary>
public sealed class ExportCommand(CliIO io) : Command<ExportSettings>
{
    /// <inheritdoc />
    public override int Execute(CommandContext context, ExportSettings settings, CancellationToken cancellationToken)
    {
        using var store = Stores.Open(settings, io);
        if (store is null)
        {
            return ExitCodes.InputUnreadable;
        }

        try
        {
            long n = new StoreAnalytics(store).Export(settings.Filter(), settings.Format, settings.Out!);
            io.Console.MarkupLine($"[green]{n:N0}[/] events written to {Markup.Escape(settings.Out!)}");
            return ExitCodes.Success;
        }
        catch (System.Data.Common.DbException e)
        {
            io.Error.WriteLine($"tightrope: {settings.Out}: cannot write the export ({e.Message.Split('\n')[0].Trim()})");
            return ExitCodes.InputUnreadable;
        }
    }
}
