using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Tightrope.Web.Data;

namespace Tightrope.Web.Api;

/// <summary><c>/api/events</c> and <c>/api/documents</c>: stored events with their evidence.</summary>
internal static class EventEndpoints
{
    /// <summary>The largest page.</summary>
    public const int MaxPage = 1000;

    /// <summary>The most rows one CSV download carries.</summary>
    public const int MaxCsvRows = 100_000;

    /// <summary>Maps the routes.</summary>
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/events", List).WithName("ListEvents")
            .WithSummary("Stored event reports, newest first, filtered as on the command line; cursor paging (limit ≤ 1000)");
        api.MapGet("/events.csv", Csv).WithName("DownloadEvents")
            .WithSummary($"The same filters as /api/events as CSV (flat contract columns, at most {MaxCsvRows:N0} rows)");
        api.MapGet("/events/{id}", One).WithName("GetEvent").WithSummary("One event with its sentence, spans and document link");
        api.MapGet("/documents/{id}", Document).WithName("GetDocument").WithSummary("One stored document with its text and events");
    }

    private static Results<Ok<EventPage>, ValidationProblem, ProblemHttpResult> List(StorePool pool, ILogger<StorePool> logger, string? actor, string? recipient,
        string? dyad, string? type, string? modality, string? since, string? until, string? q, string? place, string? cursor, string? limit)
    {
        var inputs = new Inputs();
        var query = Query(inputs, actor, recipient, dyad, type, modality, since, until, q, place, cursor) with { Limit = inputs.Limit("limit", limit, 100, MaxPage) };
        if (!inputs.Valid)
        {
            return inputs.Problem();
        }

        var (lease, problem) = pool.Rent();
        if (lease is null)
        {
            return Problems.StoreUnavailable(problem!, logger);
        }

        using (lease)
        {
            return TypedResults.Ok(new EventReads(lease.Store).Page(query));
        }
    }

    private static Results<PushStreamHttpResult, ValidationProblem, ProblemHttpResult> Csv(StorePool pool, ILogger<StorePool> logger, string? actor,
        string? recipient, string? dyad, string? type, string? modality, string? since, string? until, string? q, string? place, string? limit)
    {
        var inputs = new Inputs();
        var query = Query(inputs, actor, recipient, dyad, type, modality, since, until, q, place, null);
        int rows = inputs.Limit("limit", limit, MaxCsvRows, MaxCsvRows);
        if (!inputs.Valid)
        {
            return inputs.Problem();
        }

        var (lease, problem) = pool.Rent();
        if (lease is null)
        {
            return Problems.StoreUnavailable(problem!, logger);
        }

        // Streamed row by row: 100,000 rows with their sentences would be tens of megabytes held in memory.
        return TypedResults.Stream(async body =>
        {
            using (lease)
            {
                using var reader = new EventReads(lease.Store).Flat(query, rows, out var command);
                using (command)
                {
                    await using var csv = new StreamWriter(body, new UTF8Encoding(false), 64 * 1024);
                    await csv.WriteAsync(string.Join(',', Enumerable.Range(0, reader.FieldCount).Select(reader.GetName)) + "\n");
                    var line = new StringBuilder();
                    while (reader.Read())
                    {
                        line.Clear();
                        for (int i = 0; i < reader.FieldCount; i++)
                        {
                            line.Append(i > 0 ? "," : string.Empty).Append(CsvField(reader.GetValue(i)));
                        }

                        await csv.WriteAsync(line.Append('\n'));
                    }
                }
            }
        }, "text/csv; charset=utf-8", "events.csv");
    }

    private static Results<Ok<EventDetail>, ValidationProblem, ProblemHttpResult> One(StorePool pool, ILogger<StorePool> logger, string id)
    {
        var inputs = new Inputs();
        string? eventId = inputs.Text("id", id, 300);
        if (!inputs.Valid || eventId is null)
        {
            return inputs.Problem();
        }

        var (lease, problem) = pool.Rent();
        if (lease is null)
        {
            return Problems.StoreUnavailable(problem!, logger);
        }

        using (lease)
        {
            return new EventReads(lease.Store).Event(eventId) is { } detail ? TypedResults.Ok(detail) : Problems.NotFound("event", eventId);
        }
    }

    private static Results<Ok<ApiDocument>, ValidationProblem, ProblemHttpResult> Document(StorePool pool, ILogger<StorePool> logger, string id)
    {
        var inputs = new Inputs();
        string? docId = inputs.Text("id", id, 300);
        if (!inputs.Valid || docId is null)
        {
            return inputs.Problem();
        }

        var (lease, problem) = pool.Rent();
        if (lease is null)
        {
            return Problems.StoreUnavailable(problem!, logger);
        }

        using (lease)
        {
            return new EventReads(lease.Store).Document(docId) is { } doc ? TypedResults.Ok(doc) : Problems.NotFound("document", docId);
        }
    }

    private static EventQuery Query(Inputs inputs, string? actor, string? recipient, string? dyad, string? type, string? modality, string? since,
        string? until, string? q, string? place, string? cursor)
    {
        PageCursor? after = null;
        if (!string.IsNullOrEmpty(cursor))
        {
            after = PageCursor.Decode(cursor);
            if (after is null)
            {
                inputs.Fail("cursor", "is not a cursor returned by this API");
            }
        }

        var query = new EventQuery
        {
            Actor = inputs.Key("actor", actor),
            Recipient = inputs.Key("recipient", recipient),
            Dyad = inputs.Pair("dyad", dyad),
            Type = inputs.Type("type", type),
            Modality = inputs.Modality("modality", modality),
            Since = inputs.Date("since", since),
            Until = inputs.Date("until", until),
            Text = inputs.Text("q", q, 200),
            Place = inputs.Text("place", place, 200),
            After = after,
        };
        inputs.Range(query.Since, query.Until);
        return query;
    }

    private static string CsvField(object value)
    {
        string text = value switch
        {
            DBNull => string.Empty,
            DateTime d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            bool b => b ? "true" : "false",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? string.Empty,
        };
        // A leading = + - @ (or tab, CR) in a text cell would make a spreadsheet evaluate the cell: quote-prefix it (CSV injection).
        if (value is string && text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }

        return text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }
}
