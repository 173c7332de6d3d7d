using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Tightrope.Storage;
using Tightrope.Web.Hosting;

namespace Tightrope.Benchmarks;

/// <summary>
/// <c>--api N</c>: the HTTP API over a store of N generated events (built once, kept in the temp folder and reused),
/// served by Kestrel on loopback and called over real HTTP; prints p50/p95/max per request kind.
/// </summary>
public static class ApiBench
{
    private static readonly string[] Actors = ["KOR", "CHN", "USA", "JPN", "PRK", "RUS", "TWN", "PHL", "VNM", "IND"];

    /// <summary>Runs the benchmark.</summary>
    public static async Task Run(long events, int requests = 200)
    {
        string db = Path.Combine(Path.GetTempPath(), $"tightrope-api-bench-{events}.duckdb");
        if (!File.Exists(db))
        {
            var build = Stopwatch.StartNew();
            var (store, problem) = DuckDbEventStore.Open(db + ".building");
            if (store is null)
            {
                throw new InvalidOperationException(problem!.ToString());
            }

            using (store)
            {
                StoreBench.Generate(store, events);
                store.RebuildStoryEvents();
                store.Execute("CHECKPOINT");
            }

            File.Move(db + ".building", db);
            Console.WriteLine($"built {db} in {build.Elapsed.TotalSeconds:N0} s");
        }

        await using var app = WebServer.Build(["--db", db, "--urls", "http://127.0.0.1:0"]);
        await app.StartAsync();
        string baseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var client = new HttpClient { BaseAddress = new Uri(baseUrl) };
        var health = await client.GetStringAsync(new Uri("/health", UriKind.Relative));
        Console.WriteLine($"store: {db} ({new FileInfo(db).Length / 1e6:N0} MB) · {health} · {Environment.ProcessorCount} cores");

        var random = new Random(11);
        string Dyad()
        {
            string a = Actors[random.Next(Actors.Length)], b = Actors[random.Next(Actors.Length)];
            return $"/api/dyads/{a}/{b}/series?by=month";
        }

        string Network()
        {
            int year = 2016 + random.Next(9);
            return random.Next(2) == 0 ? "/api/network" : $"/api/network?since={year}-01-01&until={year + 1}-12-31";
        }

        string Balance() => $"/api/balance/{Actors[random.Next(Actors.Length)]}?between=USA,CHN&by=month";

        string EventsPage() => $"/api/events?actor={Actors[random.Next(Actors.Length)]}&limit=100";

        foreach (var (name, next) in new (string, Func<string>)[] { ("dyad series", Dyad), ("network", Network), ("balance", Balance), ("events page", EventsPage) })
        {
            for (int i = 0; i < 10; i++)
            {
                (await client.GetAsync(new Uri(next(), UriKind.Relative))).EnsureSuccessStatusCode();
            }

            var times = new List<double>(requests);
            for (int i = 0; i < requests; i++)
            {
                string url = next();
                var watch = Stopwatch.StartNew();
                using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
                await response.Content.ReadAsByteArrayAsync();
                watch.Stop();
                response.EnsureSuccessStatusCode();
                times.Add(watch.Elapsed.TotalMilliseconds);
            }

            times.Sort();
            double P(double q) => times[Math.Min(times.Count - 1, (int)Math.Ceiling(q * times.Count) - 1)];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-12} {requests} requests over HTTP: p50 {P(0.50):N1} ms, p95 {P(0.95):N1} ms, max {times[^1]:N1} ms"));
        }

        await app.StopAsync();
    }
}
