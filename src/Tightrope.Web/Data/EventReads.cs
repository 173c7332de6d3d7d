using System.Data.Common;
using DuckDB.NET.Data;
using Tightrope.Storage;
using Tightrope.Text;
using Tightrope.Web.Api;

namespace Tightrope.Web.Data;

/// <summary>Reads events and documents for the API. Every value from a request goes in as a parameter.</summary>
internal sealed class EventReads(DuckDbEventStore store)
{
    private const string OrderKey = "coalesce(event_date, DATE '0001-01-01')";

    private const string Where = $"""
        ($actor::VARCHAR IS NULL OR actor_key = $actor) AND ($recipient::VARCHAR IS NULL OR recipient_key = $recipient)
        AND ($a::VARCHAR IS NULL OR (actor_key = $a AND recipient_key = $b) OR (actor_key = $b AND recipient_key = $a))
        AND ($type::VARCHAR IS NULL OR event_type = $type) AND ($modality::VARCHAR IS NULL OR modality = $modality)
        AND ($since::DATE IS NULL OR event_date >= $since::DATE) AND ($until::DATE IS NULL OR event_date <= $until::DATE)
        AND ($q::VARCHAR IS NULL OR contains(lower(sentence), lower($q)))
        AND ($cid::VARCHAR IS NULL OR {OrderKey} < $cdate::DATE OR ({OrderKey} = $cdate::DATE AND event_id > $cid))
        """;

    /// <summary>One page of events matching <paramref name="query"/>, newest first.</summary>
    public EventPage Page(EventQuery query)
    {
        string sql = $"""
            WITH page AS (SELECT * FROM events WHERE {Where} ORDER BY {OrderKey} DESC, event_id LIMIT $limit)
            SELECT page.*, d.text AS doc_text FROM page LEFT JOIN documents d ON d.doc_id = page.doc_id
            ORDER BY {OrderKey} DESC, event_id
            """;
        using var cmd = Command(sql, Parameters(query, query.Limit + 1));
        using var reader = cmd.ExecuteReader();
        var events = Read(reader, query.Limit + 1);
        string? next = null;
        if (events.Count > query.Limit)
        {
            events.RemoveAt(events.Count - 1);
            var last = events[^1];
            next = new PageCursor(last.EventDate ?? DateOnly.MinValue, last.EventId).Encode();
        }

        return new EventPage(events, next);
    }

    /// <summary>The matching events as flat rows (up to <paramref name="limit"/>), for CSV.</summary>
    public DbDataReader Flat(EventQuery query, int limit, out DbCommand command)
    {
        command = Command($"SELECT * FROM events WHERE {Where} ORDER BY {OrderKey} DESC, event_id LIMIT $limit", Parameters(query, limit));
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

    private static (string, object?)[] Parameters(EventQuery q, int limit) =>
    [
        ("actor", q.Actor), ("recipient", q.Recipient), ("a", q.Dyad?.A), ("b", q.Dyad?.B), ("type", q.Type), ("modality", q.Modality),
        ("since", q.Since), ("until", q.Until), ("q", q.Text), ("cid", q.After?.EventId), ("cdate", q.After?.Date), ("limit", limit),
    ];

    private DbCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var cmd = store.Connection.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            cmd.Parameters.Add(new DuckDBParameter(name, value ?? DBNull.Value));
        }

        return cmd;
    }
}
