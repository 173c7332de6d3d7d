using System.Globalization;
using System.Text.Json;
using Tightrope.Data;
using Tightrope.Events;

namespace Tightrope.Evaluation;

/// <summary>One expected event of a gold item: type, actor key, recipient key (country or organisation code), modality.</summary>
public sealed record GoldEvent(EventType Type, string? Actor, string? Recipient, Modality Modality);

/// <summary>One gold-standard text with the events a careful coder would code.</summary>
public sealed record GoldItem(string Id, DateOnly? Date, string Text, IReadOnlyList<GoldEvent> Events, string? Note);

/// <summary>Reads gold files: <c>{"id","date","text","events":[{"actor","type","recipient","modality"}]}</c> per line.</summary>
public static class GoldReader
{
    /// <summary>Parses a gold file's lines; malformed lines are reported with their line number.</summary>
    public static List<GoldItem> Parse(string name, IEnumerable<string> lines, List<DataError> errors)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(errors);
        var items = new List<GoldItem>();
        int lineNo = 0;
        foreach (var line in lines)
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var doc = JsonDocument.Parse(line);
                var root = doc.RootElement;
                string text = root.GetProperty("text").GetString() ?? throw new FormatException("\"text\" is null");
                string id = root.TryGetProperty("id", out var idEl) ? idEl.ToString() : $"line{lineNo}";
                DateOnly? date = root.TryGetProperty("date", out var d) && d.ValueKind == JsonValueKind.String
                    ? DateOnly.ParseExact(d.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture)
                    : null;
                var events = new List<GoldEvent>();
                if (root.TryGetProperty("events", out var evs))
                {
                    foreach (var e in evs.EnumerateArray())
                    {
                        if (!EventNames.TryParseType(e.GetProperty("type").GetString(), out var type))
                        {
                            throw new FormatException($"unknown type '{e.GetProperty("type")}'");
                        }

                        var modality = Modality.Asserted;
                        if (e.TryGetProperty("modality", out var m) && !EventNames.TryParseModality(m.GetString(), out modality))
                        {
                            throw new FormatException($"unknown modality '{m}'");
                        }

                        events.Add(new GoldEvent(type, Key(e, "actor"), Key(e, "recipient"), modality));
                    }
                }

                string? note = root.TryGetProperty("note", out var n) ? n.GetString() : null;
                items.Add(new GoldItem(id, date, text, events, note));
            }
            catch (Exception e) when (e is JsonException or FormatException or KeyNotFoundException or InvalidOperationException)
            {
                errors.Add(new DataError(name, lineNo, e.Message));
            }
        }

        return items;
    }

    private static string? Key(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? s : null;
}
