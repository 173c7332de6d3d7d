using System.Text.Json;
using Tightrope.Actors;
using Tightrope.Events;
using Tightrope.Time;

namespace Tightrope.Pipeline;

/// <summary>Writes event records as JSON in the field order of the record contract.</summary>
public static class EventRecordJson
{
    /// <summary>Writes one record as a JSON object.</summary>
    public static void Write(Utf8JsonWriter writer, EventRecord record)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(record);
        writer.WriteStartObject();
        writer.WriteString("event_id", record.EventId);
        writer.WriteString("doc_id", record.DocId);
        WriteDate(writer, "story_date", record.StoryDate);
        WriteDate(writer, "event_date", record.EventDate);
        writer.WriteString("date_precision", Precision(record.DatePrecision));
        writer.WriteString("event_type", record.EventType.Name());
        WriteNullable(writer, "event_mode", record.EventMode);
        writer.WriteStartArray("contexts");
        foreach (var c in record.Contexts)
        {
            writer.WriteStringValue(c);
        }

        writer.WriteEndArray();
        writer.WriteString("modality", record.Modality.Name());
        writer.WriteBoolean("reciprocal", record.Reciprocal);
        WriteActor(writer, "actor", record.Actor);
        WriteActor(writer, "recipient", record.Recipient);
        WritePlace(writer, "location", record.Location);
        writer.WriteStartObject("trigger");
        writer.WriteString("text", record.TriggerText);
        writer.WriteNumber("start", record.TriggerStart);
        writer.WriteNumber("end", record.TriggerEnd);
        writer.WriteEndObject();
        writer.WriteNumber("sentence_index", record.SentenceIndex);
        writer.WriteString("sentence", record.Sentence);
        writer.WriteString("cameo_root", record.CameoRoot);
        writer.WriteString("cameo_code", record.Cameo);
        writer.WriteNumber("goldstein", record.Goldstein);
        writer.WriteNumber("quad_class", record.QuadClass);
        writer.WriteNumber("confidence", record.Confidence);
        writer.WriteString("decided_by", record.DecidedBy);
        writer.WriteString("coder_version", record.CoderVersion);
        writer.WriteEndObject();
    }

    /// <summary>The contract's name for a precision.</summary>
    public static string Precision(DatePrecision precision) => precision.ToString().ToLowerInvariant();

    /// <summary>The contract's name for an actor kind.</summary>
    public static string Kind(ActorKind kind) => kind switch
    {
        ActorKind.State => "state",
        ActorKind.Person => "person",
        ActorKind.Organization => "organization",
        _ => "agent",
    };

    private static void WriteActor(Utf8JsonWriter writer, string name, ActorRef? actor)
    {
        if (actor is null)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WriteStartObject(name);
        writer.WriteString("text", actor.Text);
        writer.WriteString("name", actor.Name);
        writer.WriteString("kind", Kind(actor.Kind));
        WriteNullable(writer, "country", actor.Country);
        WriteNullable(writer, "sector", actor.Sector);
        WriteNullable(writer, "title", actor.Title);
        WriteNullable(writer, "org", actor.Org);
        WriteNullable(writer, "code", actor.Code);
        writer.WriteNumber("start", actor.Start);
        writer.WriteNumber("end", actor.End);
        writer.WriteEndObject();
    }

    private static void WritePlace(Utf8JsonWriter writer, string name, PlaceRef? place)
    {
        if (place is null)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WriteStartObject(name);
        writer.WriteString("text", place.Text);
        writer.WriteString("name", place.Name);
        WriteNullable(writer, "country", place.Country);
        if (place.Lat is { } lat)
        {
            writer.WriteNumber("lat", lat);
        }
        else
        {
            writer.WriteNull("lat");
        }

        if (place.Lon is { } lon)
        {
            writer.WriteNumber("lon", lon);
        }
        else
        {
            writer.WriteNull("lon");
        }

        writer.WriteNumber("start", place.Start);
        writer.WriteNumber("end", place.End);
        writer.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter writer, string name, DateOnly? date)
    {
        if (date is { } d)
        {
            writer.WriteString(name, d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    private static void WriteNullable(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }
}
