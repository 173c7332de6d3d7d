using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Tightrope.Analytics;
using Tightrope.Pipeline;
using Tightrope.Web.Data;

namespace Tightrope.Web.Api;

/// <summary>Dyad series, balance, network, places, statistics and the actor catalog.</summary>
internal static class AnalyticsEndpoints
{
    /// <summary>Maps the routes.</summary>
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/dyads/{a}/{b}/series", Dyad).WithName("DyadSeries")
            .WithSummary("Asserted story events between A and B per period, by quad class and direction, with mean Goldstein");
        api.MapGet("/balance/{m}", Balance).WithName("Balance")
            .WithSummary("The tightrope index of M between two powers: +1 all toward the first, −1 all toward the second");
        api.MapGet("/network", Network).WithName("Network")
            .WithSummary("Actors and the busiest directed dyads between the dates, with counts, mean Goldstein and net cooperation");
        api.MapGet("/locations", Locations).WithName("Locations").WithSummary("Asserted event reports grouped by place, with coordinates");
        api.MapGet("/actors", Actors).WithName("SearchActors").WithSummary("Search the actor catalog (states and organisations) by code or name");
        api.MapGet("/stats", Stats).WithName("Stats").WithSummary("Totals, types, months, types by month, top dyads and actors");
    }

    private static Results<Ok<DyadSeries>, ValidationProblem, ProblemHttpResult> Dyad(StorePool pool, ILogger<StorePool> logger, string a, string b,
        string? by, string? since, string? until, string? raw)
    {
        var inputs = new Inputs();
        string? ka = inputs.Key("a", a, required: true), kb = inputs.Key("b", b, required: true);
        var period = inputs.Period("by", by);
        DateOnly? from = inputs.Date("since", since), to = inputs.Date("until", until);
        inputs.Range(from, to);
        bool isRaw = raw is "true" or "1";
        if (raw is not (null or "" or "true" or "false" or "1" or "0"))
        {
            inputs.Fail("raw", "must be true or false");
        }

        if (!inputs.Valid)
        {
            return inputs.Problem();
        }

        return WithStore(pool, logger, store =>
        {
            var points = new StoreAnalytics(store).Dyad(ka!, kb!, period, from, to, isRaw);
            return new DyadSeries(ka!, kb!, Name(period), points.Select(p => new DyadPeriod(p.Period, p.Total, p.VerbalCooperation, p.MaterialCooperation,
                p.VerbalConflict, p.MaterialConflict, p.AToB, p.BToA, p.MeanGoldstein, p.NetCooperation)).ToList());
        });
    }

    private static Results<Ok<BalanceSeries>, ValidationProblem, ProblemHttpResult> Balance(StorePool pool, ILogger<StorePool> logger, string m,
        string? between, string? by, string? since, string? until)
    {
        var inputs = new Inputs();
        string? km = inputs.Key("m", m, required: true);
        var pair = inputs.Pair("between", between, required: true);
        var period = inputs.Period("by", by);
        DateOnly? from = inputs.Date("since", since), to = inputs.Date("until", until);
        inputs.Range(from, to);
        if (!inputs.Valid)
        {
            return inputs.Problem();
        }

        var (pa, pb) = pair!.Value;
        return WithStore(pool, logger, store => new BalanceSeries(km!, pa, pb, Name(period),
            new StoreAnalytics(store).Balance(km!, pa, pb, period, from, to).Select(p => new BalancePeriod(p.Period, p.TowardA, p.TowardB, p.Balance)).ToList()));
    }

    private static Results<Ok<NetworkGraph>, ValidationProblem, ProblemHttpResult> Network(StorePool pool, ILogger<StorePool> logger, CoderPipeline coder,
        string? since, string? until, string? limit)
    {
        var inputs = new Inputs();
        DateOnly? from = inputs.Date("since", since), to = inputs.Date("until", until);
        inputs.Range(from, to);
        int edges = inputs.Limit("limit", limit, 100, 500);
        if (!inputs.Valid)
        {
            return inputs.Problem();
        }

        return WithStore(pool, logger, store =>
        {
            var links = new StoreAnalytics(store).Network(from, to, edges);
            var activity = new Dictionary<string, long>(StringComparer.Ordinal);
            foreach (var l in links)
            {
                activity[l.Actor] = activity.GetValueOrDefault(l.Actor) + l.Count;
                activity[l.Recipient] = activity.GetValueOrDefault(l.Recipient) + l.Count;
            }

            var nodes = activity.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal)
                .Select(kv => new NetworkNode(kv.Key, ActorNames.Of(coder, kv.Key), kv.Value)).ToList();
            return new NetworkGraph(nodes, links.Select(l => new NetworkLink(l.Actor, l.Recipient, l.Count, l.MeanGoldstein, l.NetCooperation)).ToList());
        });
    }

    private static Results<Ok<List<ApiLocation>>, ValidationProblem, ProblemHttpResult> Locations(StorePool pool, ILogger<StorePool> logger, string? since,
        string? until, string? limit)
    {
        var inputs = new Inputs();
        DateOnly? from = inputs.Date("since", since), to = inputs.Date("until", until);
        inputs.Range(from, to);
        int places = inputs.Limit("limit", limit, 2000, 5000);
        if (!inputs.Valid)
        {
            return inputs.Problem();
        }

        return WithStore(pool, logger, store => new StoreAnalytics(store).Locations(from, to, places)
            .Select(p => new ApiLocation(p.Name, p.Country, p.Lat, p.Lon, p.Count, p.MeanGoldstein)).ToList());
    }

    private static Results<Ok<List<ActorEntry>>, ValidationProblem> Actors(CoderPipeline coder, string? q, string? limit)
    {
        var inputs = new Inputs();
        string? text = inputs.Text("q", q, 100);
        int max = inputs.Limit("limit", limit, 20, 200);
        if (!inputs.Valid)
        {
            return inputs.Problem();
        }

        return TypedResults.Ok(ActorNames.Search(coder, text, max));
    }

    private static Results<Ok<ApiStats>, ValidationProblem, ProblemHttpResult> Stats(StorePool pool, ILogger<StorePool> logger, string? top)
    {
        var inputs = new Inputs();
        int n = inputs.Limit("top", top, 10, 100);
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
            var analytics = new StoreAnalytics(lease.Store);
            var s = analytics.Stats(n);
            return TypedResults.Ok(new ApiStats(s.Counts.Documents, s.Counts.Rejected, s.Counts.Events, s.Counts.StoryEvents,
                s.ByType.Select(x => new NamedCount(x.Type, x.Count)).ToList(), s.ByMonth.Select(x => new MonthCount(x.Month, x.Count)).ToList(),
                analytics.TypesByMonth().Select(x => new MonthTypeCount(x.Month, x.Type, x.Count)).ToList(),
                s.TopDyads.Select(x => new DyadCount(x.Actor, x.Recipient, x.Count, x.MeanGoldstein)).ToList(),
                s.TopActors.Select(x => new NamedCount(x.Actor, x.Count)).ToList()));
        }
    }

    private static Results<Ok<T>, ValidationProblem, ProblemHttpResult> WithStore<T>(StorePool pool, ILogger logger, Func<Tightrope.Storage.DuckDbEventStore, T> read)
    {
        var (lease, problem) = pool.Rent();
        if (lease is null)
        {
            return Problems.StoreUnavailable(problem!, logger);
        }

        using (lease)
        {
            return TypedResults.Ok(read(lease.Store));
        }
    }

    private static string Name(Period period) => period.ToString().ToLowerInvariant();
}
