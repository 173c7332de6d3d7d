using System.Data.Common;
using Tightrope.Storage;
using Tightrope.Text;
using Tightrope.Web.Api;

namespace Tightrope.Web.Data;

/// <summary>Reads events and documents for the API. Every value from a request goes in as a parameter.</summary>
internal sealed class EventReads(DuckDbEventStore store)
{
    private const string OrderKey = "coalesce(event_date, DATE '0001-01-01')";

    /// <summary>One page of events matching <paramref name="query"/>, newest first.</summary>
    public EventPage Page(EventQuery query)
    {
        var (where, parameters) = Filter(query, query.Limit + 1);
        // Two steps: the page's ids by the sort keys alone, then whole rows for those ids. Sorting all ~60 columns of
        // every matching row costs seconds on a store of ten million events; sorting two costs about a tenth of that.
        var ids = new List<string>(query.Limit + 1);
        using (var cmd = Command($"SELECT event_id FROM events WHERE {where} ORDER BY {OrderKey} DESC, event_id LIMIT $limit", parameters))
        using (var reader = cmd.ExecuteReader())
        {
            while (reader.Read())
            {
                ids.Add(reader.GetString(0));
            }
        }

        var byId = new Dictionary<string, (ApiEvent Event, int? Index)>(StringComparer.Ordinal);
        if (ids.Count > 0)
        {
            using var cmd = Command($"SELECT * FROM events WHERE event_id IN ({string.Join(',', ids.Select((_, i) => $"$e{i}"))})",
                ids.Select((id, i) => ($"e{i}", (object?)id)).ToArray());
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
            {
                int? index = reader["sentence_index"] is DBNull ? null : Convert.ToInt32(reader["sentence_index"], System.Globalization.CultureInfo.InvariantCulture);
                var e = EventMapping.FromRow(reader, null);
                byId[e.EventId] = (e, index);
            }
        }

        var rows = ids.Where(byId.ContainsKey).Select(id => byId[id]).ToList();
        // The sentence offsets come from the documents' texts, fetched by id for this page alone.
        var texts = Texts(rows.Select(r => r.Event.DocId).Distinct(StringComparer.Ordinal).ToList());
        var cache = new Dictionary<string, IReadOnlyList<TextSpan>>(StringComparer.Ordinal);
        var events = rows.Select(r => r.Event with { SentenceStart = EventMapping.SentenceStart(texts.GetValueOrDefault(r.Event.DocId), r.Index, cache, r.Event.DocId) }).ToList();
        string? next = null;
        if (events.Count > query.Limit)
        {
            events.RemoveAt(events.Count - 1);
            var last = events[^1];
            next = new PageCursor(last.EventDate ?? DateOnly.MinValue, last.EventId).Encode();
        }

        return new EventPage(events, next);
    }

    private Dictionary<string, string?> Texts(List<string> docIds)
    {
        var texts = new Dictionary<string, string?>(StringComparer.Ordinal);
        if (docIds.Count == 0)
        {
            return texts;
        }

        using var cmd = Command($"SELECT doc_id, text FROM documents WHERE doc_id IN ({string.Join(',', docIds.Select((_, i) => $"$d{i}"))})",
            docIds.Select((id, i) => ($"d{i}", (object?)id)).ToArray());
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            texts[reader.GetString(0)] = reader.IsDBNull(1) ? null : reader.GetString(1);
        }

        return texts;
    }

    /// <summary>The matching events as flat rows (up to <paramref name="limit"/>), for CSV.</summary>
    public DbDataReader Flat(EventQuery query, int limit, out DbCommand command)
    {
        var (where, parameters) = Filter(query, limit);
        command = Command($"SELECT * FROM events WHERE {where} ORDER BY {OrderKey} DESC, event_id LIMIT $limit", parameters);
        return command.ExecuteReader();
    }

    /// <summary>One event with its document link; null when there is no such event.</summary>
    public EventDetail? Event(string eventId)
    {
        using var cmd = Command("""
            SELECT e.*, d.text AS doc_text, d.title AS doc_title, d.url AS doc_url, d.source AS doc_source
            FROM events e LEFT JOIN documents d ON d.doc_id = e.doc_id WHERE e.event_id = $id
            """, ("id", eventId));
        using var reader = cmd.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        var cache = new Dictionary<string, IReadOnlyList<TextSpan>>(StringComparer.Ordinal);
        var e = EventMapping.FromRow(reader, StartOf(reader, cache));
        string? Str(string c) => reader[c] as string;
        return new EventDetail(e, new DocumentLink(e.DocId, Str("doc_title"), Str("doc_url"), Str("doc_source"), e.StoryDate, $"/api/documents/{Uri.EscapeDataString(e.DocId)}"));
    }

    /// <summary>One document with its text and events; null when there is no such document.</summary>
    public ApiDocument? Document(string docId)
    {
        using var cmd = Command("SELECT doc_id, source_id, title, url, source, story_date, status, error, text FROM documents WHERE doc_id = $id", ("id", docId));
        using var reader = cmd.ExecuteReader();
        if (!reader.Read())
        {
            return null;
        }

        string? Str(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
        DateOnly? date = reader.IsDBNull(5) ? null : DateOnly.FromDateTime(reader.GetDateTime(5));
        string? text = Str(8);
        using var events = Command("SELECT *, $text::VARCHAR AS doc_text FROM events WHERE doc_id = $id ORDER BY sentence_index, event_id", ("id", docId), ("text", text));
        using var eventReader = events.ExecuteReader();
        return new ApiDocument(reader.GetString(0), Str(1), Str(2), Str(3), Str(4), date, reader.GetString(6), Str(7), text, Read(eventReader, int.MaxValue));
    }

    private static List<ApiEvent> Read(DbDataReader reader, int max)
    {
        var cache = new Dictionary<string, IReadOnlyList<TextSpan>>(StringComparer.Ordinal);
        var events = new List<ApiEvent>();
        while (events.Count < max && reader.Read())
        {
            events.Add(EventMapping.FromRow(reader, StartOf(reader, cache)));
        }

        return events;
    }

    private static int? StartOf(DbDataReader reader, Dictionary<string, IReadOnlyList<TextSpan>> cache) =>
        EventMapping.SentenceStart(reader["doc_text"] as string, reader["sentence_index"] is DBNull ? null : Convert.ToInt32(reader["sentence_index"], System.Globalization.CultureInfo.InvariantCulture),
            cache, (string)reader["doc_id"]);

    /// <summary>
    /// The WHERE clause for the filters that are set, from fixed fragments, with every value as a parameter. Only the
    /// present filters go in, so DuckDB can push them into the scan (zone maps skip whole row groups by date).
    /// </summary>
    private static (string Where, (string, object?)[] Parameters) Filter(EventQuery q, int limit)
    {
        var clauses = new List<string>();
        var parameters = new List<(string, object?)> { ("limit", limit) };
        void Add(string clause, params (string, object?)[] values)
        {
            clauses.Add(clause);
            parameters.AddRange(values);
        }

        if (q.Actor is { } actor)
        {
            Add("actor_key = $actor", ("actor", actor));
        }

        if (q.Recipient is { } recipient)
        {
            Add("recipient_key = $recipient", ("recipient", recipient));
        }

        if (q.Dyad is var (a, b))
        {
            Add("((actor_key = $a AND recipient_key = $b) OR (actor_key = $b AND recipient_key = $a))", ("a", a), ("b", b));
        }

        if (q.Type is { } type)
        {
            Add("event_type = $type", ("type", type));
        }

        if (q.Modality is { } modality)
        {
            Add("modality = $modality", ("modality", modality));
        }

        if (q.Since is { } since)
        {
            Add("event_date >= $since", ("since", since));
        }

        if (q.Until is { } until)
        {
            Add("event_date <= $until", ("until", until));
        }

        if (q.Place is { } place)
        {
            Add("location_name = $place", ("place", place));
        }

        if (q.Text is { } text)
        {
            Add("contains(lower(sentence), lower($q))", ("q", text));
        }

        if (q.After is { } after)
        {
            Add($"({OrderKey} < $cdate OR ({OrderKey} = $cdate AND event_id > $cid))", ("cdate", after.Date), ("cid", after.EventId));
        }

        return (clauses.Count == 0 ? "TRUE" : string.Join(" AND ", clauses), [.. parameters]);
    }

    private DbCommand Command(string sql, params (string Name, object? Value)[] parameters) => store.Command(sql, parameters);
}
