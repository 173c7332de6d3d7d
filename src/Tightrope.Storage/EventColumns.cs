using System.Globalization;
using Tightrope.Actors;
using Tightrope.Events;
using Tightrope.Pipeline;

namespace Tightrope.Storage;

/// <summary>
/// The flat column layout of stored and exported events: the record contract with nested objects flattened
/// (<c>actor_country</c>, <c>actor_name</c>, <c>trigger_text</c> …). One list drives the table definition, the
/// appender and the exports, so the three cannot drift apart.
/// </summary>
public static class EventColumns
{
    /// <summary>One column: its name, SQL type and how to read it from a record.</summary>
    public sealed record Column(string Name, string SqlType, Func<EventRecord, object?> Read);

    /// <summary>All columns, in order.</summary>
    public static IReadOnlyList<Column> All { get; } = Build();

    private static List<Column> Build()
    {
        var columns = new List<Column>
        {
            new("event_id", "VARCHAR PRIMARY KEY", e => e.EventId),
            new("doc_id", "VARCHAR NOT NULL", e => e.DocId),
            new("story_date", "DATE", e => e.StoryDate),
            new("event_date", "DATE", e => e.EventDate),
            new("date_precision", "VARCHAR", e => EventRecordJson.Precision(e.DatePrecision)),
            new("event_type", "VARCHAR NOT NULL", e => e.EventType.Name()),
            new("event_mode", "VARCHAR", e => e.EventMode),
            new("contexts", "VARCHAR", e => string.Join('|', e.Contexts)),
            new("modality", "VARCHAR NOT NULL", e => e.Modality.Name()),
            new("reciprocal", "BOOLEAN", e => e.Reciprocal),
        };
        AddActor(columns, "actor", e => e.Actor);
        AddActor(columns, "recipient", e => e.Recipient);
        columns.AddRange(
        [
            new("location_text", "VARCHAR", e => e.Location?.Text),
            new("location_name", "VARCHAR", e => e.Location?.Name),
            new("location_country", "VARCHAR", e => e.Location?.Country),
            new("location_lat", "DOUBLE", e => e.Location?.Lat),
            new("location_lon", "DOUBLE", e => e.Location?.Lon),
            new("location_start", "INTEGER", e => e.Location?.Start),
            new("location_end", "INTEGER", e => e.Location?.End),
            new("trigger_text", "VARCHAR", e => e.TriggerText),
            new("trigger_start", "INTEGER", e => e.TriggerStart),
            new("trigger_end", "INTEGER", e => e.TriggerEnd),
            new("sentence_index", "INTEGER", e => e.SentenceIndex),
            new("sentence", "VARCHAR", e => e.Sentence),
            new("cameo_root", "VARCHAR", e => e.CameoRoot),
            new("cameo_code", "VARCHAR", e => e.Cameo),
            new("goldstein", "DOUBLE", e => e.Goldstein),
            new("quad_class", "INTEGER", e => e.QuadClass),
            new("confidence", "DOUBLE", e => e.Confidence),
            new("decided_by", "VARCHAR", e => e.DecidedBy),
            new("coder_version", "VARCHAR", e => e.CoderVersion),
        ]);
        return columns;
    }

    private static void AddActor(List<Column> columns, string prefix, Func<EventRecord, ActorRef?> actor)
    {
        columns.AddRange(
        [
            new($"{prefix}_text", "VARCHAR", e => actor(e)?.Text),
            new($"{prefix}_name", "VARCHAR", e => actor(e)?.Name),
            new($"{prefix}_kind", "VARCHAR", e => actor(e) is { } a ? EventRecordJson.Kind(a.Kind) : null),
            new($"{prefix}_country", "VARCHAR", e => actor(e)?.Country),
            new($"{prefix}_sector", "VARCHAR", e => actor(e)?.Sector),
            new($"{prefix}_title", "VARCHAR", e => actor(e)?.Title),
            new($"{prefix}_org", "VARCHAR", e => actor(e)?.Org),
            new($"{prefix}_code", "VARCHAR", e => actor(e)?.Code),
            new($"{prefix}_key", "VARCHAR", e => actor(e)?.Key),
            new($"{prefix}_start", "INTEGER", e => actor(e)?.Start),
            new($"{prefix}_end", "INTEGER", e => actor(e)?.End),
        ]);
    }

    /// <summary>The column list for a CREATE TABLE statement.</summary>
    public static string Definition() =>
        string.Join(",\n  ", All.Select(c => $"{c.Name} {c.SqlType}"));

    /// <summary>A value as SQL text, for diagnostics only (never used to build queries from input).</summary>
    internal static string Describe(object? value) => value switch
    {
        null => "NULL",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
