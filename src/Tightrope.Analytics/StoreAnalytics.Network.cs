namespace Tightrope.Analytics;

/// <summary>One directed dyad of the network: how many asserted story events went from actor to recipient.</summary>
/// <param name="Actor">Actor key.</param>
/// <param name="Recipient">Recipient key.</param>
/// <param name="Count">Story events.</param>
/// <param name="MeanGoldstein">Mean Goldstein value.</param>
/// <param name="NetCooperation">Cooperative (quad 1–2) minus conflictual (quad 3–4) story events.</param>
public sealed record NetworkEdge(string Actor, string Recipient, long Count, double MeanGoldstein, long NetCooperation);

/// <summary>Events located at one place.</summary>
/// <param name="Name">Place name.</param>
/// <param name="Country">Country of the place.</param>
/// <param name="Lat">Latitude.</param>
/// <param name="Lon">Longitude.</param>
/// <param name="Count">Asserted event reports there.</param>
/// <param name="MeanGoldstein">Mean Goldstein value.</param>
public sealed record LocationCount(string Name, string? Country, double Lat, double Lon, long Count, double MeanGoldstein);

/// <content>The network of dyads, event locations and types over time.</content>
public sealed partial class StoreAnalytics
{
    /// <summary>The <paramref name="limit"/> busiest directed dyads of asserted story events between the dates.</summary>
    public IReadOnlyList<NetworkEdge> Network(DateOnly? since = null, DateOnly? until = null, int limit = 100)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        const string sql = """
            SELECT actor_key, recipient_key, count(*) AS n, avg(goldstein),
                   count(*) FILTER (WHERE quad_class <= 2) - count(*) FILTER (WHERE quad_class >= 3)
            FROM story_events
            WHERE modality = 'asserted' AND recipient_key IS NOT NULL AND actor_key <> recipient_key
              AND ($since::DATE IS NULL OR first_date >= $since::DATE) AND ($until::DATE IS NULL OR first_date <= $until::DATE)
            GROUP BY 1, 2 ORDER BY n DESC, 1, 2 LIMIT $limit
            """;
        using var cmd = Command(sql, ("since", since), ("until", until), ("limit", limit));
        using var reader = cmd.ExecuteReader();
        var edges = new List<NetworkEdge>();
        while (reader.Read())
        {
            edges.Add(new NetworkEdge(reader.GetString(0), reader.GetString(1), reader.GetInt64(2), reader.GetDouble(3), reader.GetInt64(4)));
        }

        return edges;
    }

    /// <summary>Asserted event reports grouped by place, busiest first.</summary>
    public IReadOnlyList<LocationCount> Locations(DateOnly? since = null, DateOnly? until = null, int limit = 2000)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        const string sql = """
            SELECT location_name, any_value(location_country), location_lat, location_lon, count(*) AS n, avg(goldstein)
            FROM events
            WHERE modality = 'asserted' AND location_lat IS NOT NULL AND location_lon IS NOT NULL AND location_name IS NOT NULL
              AND ($since::DATE IS NULL OR event_date >= $since::DATE) AND ($until::DATE IS NULL OR event_date <= $until::DATE)
            GROUP BY location_name, location_lat, location_lon ORDER BY n DESC, 1 LIMIT $limit
            """;
        using var cmd = Command(sql, ("since", since), ("until", until), ("limit", limit));
        using var reader = cmd.ExecuteReader();
        var places = new List<LocationCount>();
        while (reader.Read())
        {
            places.Add(new LocationCount(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetDouble(2), reader.GetDouble(3),
                reader.GetInt64(4), reader.GetDouble(5)));
        }

        return places;
    }

    /// <summary>Asserted story events per month and type.</summary>
    public IReadOnlyList<(DateOnly Month, string Type, long Count)> TypesByMonth() =>
        Rows("SELECT date_trunc('month', first_date)::DATE, event_type, count(*) FROM story_events WHERE modality = 'asserted' AND first_date IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2",
            r => (DateOnly.FromDateTime(r.GetDateTime(0)), r.GetString(1), r.GetInt64(2)));
}
