using System.Data.Common;
using System.Globalization;
using Tightrope.Storage;

namespace Tightrope.Analytics;

/// <summary>One period of a dyad series.</summary>
public sealed record DyadPoint(DateOnly Period, long Total, long VerbalCooperation, long MaterialCooperation, long VerbalConflict,
    long MaterialConflict, long AToB, long BToA, double? MeanGoldstein)
{
    /// <summary>Cooperative minus conflictual events.</summary>
    public long NetCooperation => VerbalCooperation + MaterialCooperation - VerbalConflict - MaterialConflict;
}

/// <summary>One period of the tightrope index of a middle power M between powers A and B.</summary>
/// <param name="Period">First day of the period.</param>
/// <param name="TowardA">g(M,A): summed Goldstein of asserted story events between M and A, both directions.</param>
/// <param name="TowardB">g(M,B).</param>
public sealed record BalancePoint(DateOnly Period, double TowardA, double TowardB)
{
    /// <summary>(g(M,A) − g(M,B)) / (|g(M,A)| + |g(M,B)|): +1 all toward A, −1 all toward B, 0 when both are zero.</summary>
    public double Balance => TowardA == 0 && TowardB == 0 ? 0 : (TowardA - TowardB) / (Math.Abs(TowardA) + Math.Abs(TowardB));
}

/// <summary>Totals and top lists of a store.</summary>
public sealed record StoreStats(StoreCounts Counts, IReadOnlyList<(string Type, long Count)> ByType, IReadOnlyList<(DateOnly Month, long Count)> ByMonth,
    IReadOnlyList<(string Actor, string Recipient, long Count, double MeanGoldstein)> TopDyads, IReadOnlyList<(string Actor, long Count)> TopActors);

/// <summary>
/// Dyad series, the balance index and store statistics, computed in the database. Counts are story events of
/// asserted modality unless <c>raw</c> is asked for, which counts every report.
/// </summary>
public sealed partial class StoreAnalytics(DuckDbEventStore store)
{
    /// <summary>Per period, events between A and B by quad class and direction, with mean Goldstein.</summary>
    public IReadOnlyList<DyadPoint> Dyad(string a, string b, Period period, DateOnly? since = null, DateOnly? until = null, bool raw = false)
    {
        string source = raw ? "(SELECT event_date AS first_date, actor_key, recipient_key, quad_class, goldstein, modality FROM events)" : "story_events";
        string sql = $"""
            SELECT date_trunc('{Part(period)}', first_date)::DATE AS p, count(*),
                   count(*) FILTER (WHERE quad_class = 1), count(*) FILTER (WHERE quad_class = 2),
                   count(*) FILTER (WHERE quad_class = 3), count(*) FILTER (WHERE quad_class = 4),
                   count(*) FILTER (WHERE actor_key = $a), count(*) FILTER (WHERE actor_key = $b), avg(goldstein)
            FROM {source}
            WHERE modality = 'asserted' AND first_date IS NOT NULL
              AND ((actor_key = $a AND recipient_key = $b) OR (actor_key = $b AND recipient_key = $a))
              AND ($since::DATE IS NULL OR first_date >= $since::DATE) AND ($until::DATE IS NULL OR first_date <= $until::DATE)
            GROUP BY p ORDER BY p
            """;
        using var cmd = Command(sql, ("a", a), ("b", b), ("since", since), ("until", until));
        using var reader = cmd.ExecuteReader();
        var points = new List<DyadPoint>();
        while (reader.Read())
        {
            points.Add(new DyadPoint(DateOnly.FromDateTime(reader.GetDateTime(0)), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3),
                reader.GetInt64(4), reader.GetInt64(5), reader.GetInt64(6), reader.GetInt64(7), reader.IsDBNull(8) ? null : reader.GetDouble(8)));
        }

        return points;
    }

    /// <summary>Per period, the tightrope index of <paramref name="m"/> between <paramref name="a"/> and <paramref name="b"/>.</summary>
    public IReadOnlyList<BalancePoint> Balance(string m, string a, string b, Period period, DateOnly? since = null, DateOnly? until = null)
    {
        string sql = $"""
            SELECT date_trunc('{Part(period)}', first_date)::DATE AS p,
                   coalesce(sum(goldstein) FILTER (WHERE actor_key = $a OR recipient_key = $a), 0),
                   coalesce(sum(goldstein) FILTER (WHERE actor_key = $b OR recipient_key = $b), 0)
            FROM story_events
            WHERE modality = 'asserted' AND first_date IS NOT NULL
              AND ((actor_key = $m AND recipient_key IN ($a, $b)) OR (recipient_key = $m AND actor_key IN ($a, $b)))
              AND ($since::DATE IS NULL OR first_date >= $since::DATE) AND ($until::DATE IS NULL OR first_date <= $until::DATE)
            GROUP BY p ORDER BY p
            """;
        using var cmd = Command(sql, ("m", m), ("a", a), ("b", b), ("since", since), ("until", until));
        using var reader = cmd.ExecuteReader();
        var points = new List<BalancePoint>();
        while (reader.Read())
        {
            points.Add(new BalancePoint(DateOnly.FromDateTime(reader.GetDateTime(0)), reader.GetDouble(1), reader.GetDouble(2)));
        }

        return points;
    }

    /// <summary>Totals, events by type and month, top dyads and actors (story events, asserted).</summary>
    public StoreStats Stats(int top = 10)
    {
        var byType = Rows("SELECT event_type, count(*) FROM story_events WHERE modality = 'asserted' GROUP BY 1 ORDER BY 2 DESC, 1",
            r => (r.GetString(0), r.GetInt64(1)));
        var byMonth = Rows("SELECT date_trunc('month', first_date)::DATE, count(*) FROM story_events WHERE modality = 'asserted' AND first_date IS NOT NULL GROUP BY 1 ORDER BY 1",
            r => (DateOnly.FromDateTime(r.GetDateTime(0)), r.GetInt64(1)));
        var dyads = Rows($"SELECT actor_key, recipient_key, count(*), avg(goldstein) FROM story_events WHERE modality = 'asserted' AND recipient_key IS NOT NULL GROUP BY 1, 2 ORDER BY 3 DESC, 1, 2 LIMIT {top}",
            r => (r.GetString(0), r.GetString(1), r.GetInt64(2), r.GetDouble(3)));
        var actors = Rows($"SELECT actor_key, count(*) FROM story_events WHERE modality = 'asserted' GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT {top}",
            r => (r.GetString(0), r.GetInt64(1)));
        return new StoreStats(store.Counts(), byType, byMonth, dyads, actors);
    }

    /// <summary>Stored event reports matching <paramref name="filter"/>, newest first, as flat columns.</summary>
    public DbDataReader Events(EventFilter filter, out DbCommand command)
    {
        ArgumentNullException.ThrowIfNull(filter);
        command = Command($"SELECT * FROM events WHERE {Where()} ORDER BY event_date DESC NULLS LAST, event_id" + (filter.Limit is { } n ? $" LIMIT {n}" : string.Empty),
            Parameters(filter));
        return command.ExecuteReader();
    }

    /// <summary>Writes the matching events to <paramref name="path"/> as parquet, csv or jsonl (DuckDB COPY).</summary>
    public long Export(EventFilter filter, string format, string path)
    {
        ArgumentNullException.ThrowIfNull(filter);
        string options = format switch
        {
            "parquet" => "FORMAT PARQUET",
            "csv" => "FORMAT CSV, HEADER",
            "jsonl" => "FORMAT JSON",
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "parquet, csv or jsonl"),
        };
        // COPY cannot take the file name as a parameter: the path is quoted, never interpolated raw.
        string target = "'" + path.Replace("'", "''", StringComparison.Ordinal) + "'";
        using var cmd = Command($"COPY (SELECT * FROM events WHERE {Where()} ORDER BY event_date, event_id) TO {target} ({options})", Parameters(filter));
        cmd.ExecuteNonQuery();
        using var count = Command($"SELECT count(*) FROM events WHERE {Where()}", Parameters(filter));
        return Convert.ToInt64(count.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static string Where() => """
        ($actor::VARCHAR IS NULL OR actor_key = $actor) AND ($recipient::VARCHAR IS NULL OR recipient_key = $recipient)
        AND ($type::VARCHAR IS NULL OR event_type = $type) AND ($modality::VARCHAR IS NULL OR modality = $modality)
        AND ($since::DATE IS NULL OR event_date >= $since::DATE) AND ($until::DATE IS NULL OR event_date <= $until::DATE)
        """;

    private static (string, object?)[] Parameters(EventFilter f) =>
        [("actor", f.Actor), ("recipient", f.Recipient), ("type", f.Type?.ToUpperInvariant()), ("modality", f.Modality?.ToLowerInvariant()), ("since", f.Since), ("until", f.Until)];

    private static string Part(Period period) => period.ToString().ToLowerInvariant();

    private DbCommand Command(string sql, params (string Name, object? Value)[] parameters) => store.Command(sql, parameters);

    private List<T> Rows<T>(string sql, Func<DbDataReader, T> read)
    {
        using var cmd = Command(sql);
        using var reader = cmd.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
