using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Tightrope.Web.Tests.Fixtures;
using Xunit;

namespace Tightrope.Web.Tests.Api;

/// <summary>Every endpoint over the seeded demo store, through the real HTTP pipeline (in memory).</summary>
[Collection(SeededCollection.Name)]
public sealed class ApiTests : IDisposable
{
    private readonly TightropeFactory _factory;
    private readonly HttpClient _client;

    public ApiTests(SeededStore store)
    {
        _factory = new TightropeFactory(store.Db);
        _client = _factory.CreateClient();
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    private async Task<JsonElement> Get(string url)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task Given_the_seeded_store_When_health_and_stats_are_asked_Then_they_count_its_events()
    {
        var health = await Get("/health");
        var stats = await Get("/api/stats");

        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.True(health.GetProperty("events").GetInt64() > 100);
        Assert.Equal(87, stats.GetProperty("documents").GetInt64());
        Assert.True(stats.GetProperty("story_events").GetInt64() > 100);
        Assert.Contains(stats.GetProperty("top_dyads").EnumerateArray(), d => d.GetProperty("actor").GetString() == "KOR" && d.GetProperty("recipient").GetString() == "CHN");
        Assert.NotEmpty(stats.GetProperty("types_by_month").EnumerateArray());
    }

    [Fact]
    public async Task Given_a_dyad_When_its_series_is_asked_Then_each_month_adds_up_by_quad_class()
    {
        var series = await Get("/api/dyads/kor/chn/series?by=month");

        Assert.Equal("KOR", series.GetProperty("a").GetString());
        var periods = series.GetProperty("periods").EnumerateArray().ToList();
        Assert.NotEmpty(periods);
        Assert.All(periods, p => Assert.Equal(p.GetProperty("total").GetInt64(),
            p.GetProperty("verbal_cooperation").GetInt64() + p.GetProperty("material_cooperation").GetInt64()
            + p.GetProperty("verbal_conflict").GetInt64() + p.GetProperty("material_conflict").GetInt64()));
        Assert.All(periods, p => Assert.EndsWith("-01", p.GetProperty("period").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Given_a_middle_power_When_its_balance_is_asked_Then_every_index_is_between_minus_one_and_one()
    {
        var balance = await Get("/api/balance/KOR?between=USA,CHN&by=month");

        var periods = balance.GetProperty("periods").EnumerateArray().ToList();
        Assert.NotEmpty(periods);
        Assert.All(periods, p => Assert.InRange(p.GetProperty("balance").GetDouble(), -1, 1));
        Assert.Equal("USA", balance.GetProperty("a").GetString());
    }

    [Fact]
    public async Task Given_the_store_When_the_network_is_asked_Then_every_edge_joins_two_listed_nodes()
    {
        var network = await Get("/api/network?since=2025-01-01&until=2026-12-31");

        var nodes = network.GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("id").GetString()).ToHashSet();
        var edges = network.GetProperty("edges").EnumerateArray().ToList();
        Assert.Contains("KOR", nodes);
        Assert.NotEmpty(edges);
        Assert.All(edges, e => Assert.Contains(e.GetProperty("source").GetString(), nodes));
        Assert.All(edges, e => Assert.Contains(e.GetProperty("target").GetString(), nodes));
        Assert.All(edges, e => Assert.True(e.GetProperty("count").GetInt64() >= 1));
    }

    [Fact]
    public async Task Given_events_When_paged_with_the_cursor_Then_pages_do_not_overlap_and_follow_the_order()
    {
        var first = await Get("/api/events?actor=KOR&limit=5");
        string cursor = first.GetProperty("next_cursor").GetString()!;
        var second = await Get($"/api/events?actor=KOR&limit=5&cursor={Uri.EscapeDataString(cursor)}");
        var all = await Get("/api/events?actor=KOR&limit=10");

        var ids = first.GetProperty("events").EnumerateArray().Concat(second.GetProperty("events").EnumerateArray()).Select(e => e.GetProperty("event_id").GetString()).ToList();
        Assert.Equal(all.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("event_id").GetString()), ids);
        Assert.Equal(10, ids.Distinct().Count());
        Assert.All(first.GetProperty("events").EnumerateArray(), e => Assert.Equal("KOR", e.GetProperty("actor").GetProperty("key").GetString()));
    }

    [Fact]
    public async Task Given_an_event_When_fetched_by_id_Then_its_spans_point_into_its_sentence_and_it_links_its_document()
    {
        var page = await Get("/api/events?type=ACCUSE&limit=1");
        string id = page.GetProperty("events")[0].GetProperty("event_id").GetString()!;

        var detail = await Get($"/api/events/{Uri.EscapeDataString(id)}");
        var e = detail.GetProperty("event");
        string sentence = e.GetProperty("sentence").GetString()!;
        int start = e.GetProperty("sentence_start").GetInt32();
        var trigger = e.GetProperty("trigger");
        string href = detail.GetProperty("document").GetProperty("href").GetString()!;
        var document = await Get(href);

        Assert.Equal(trigger.GetProperty("text").GetString(), sentence[(trigger.GetProperty("start").GetInt32() - start)..(trigger.GetProperty("end").GetInt32() - start)]);
        Assert.Equal("ACCUSE", e.GetProperty("event_type").GetString());
        Assert.Contains(sentence, document.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains(document.GetProperty("events").EnumerateArray(), x => x.GetProperty("event_id").GetString() == id);
    }

    [Fact]
    public async Task Given_text_in_the_sentence_When_events_are_searched_Then_every_sentence_contains_it()
    {
        var page = await Get("/api/events?q=missile&limit=50");

        var events = page.GetProperty("events").EnumerateArray().ToList();
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Contains("missile", e.GetProperty("sentence").GetString(), StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Given_a_place_When_events_are_filtered_by_it_Then_every_event_happened_there()
    {
        var page = await Get("/api/events?place=Seoul&limit=100");

        var events = page.GetProperty("events").EnumerateArray().ToList();
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal("Seoul", e.GetProperty("location").GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Given_filters_When_events_are_downloaded_as_csv_Then_the_header_has_the_contract_columns()
    {
        string csv = await _client.GetStringAsync(new Uri("/api/events.csv?actor=PRK", UriKind.Relative));

        string[] lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("event_id,doc_id,story_date,event_date", lines[0], StringComparison.Ordinal);
        Assert.True(lines.Length > 1);
    }

    [Fact]
    public async Task Given_a_name_When_actors_are_searched_Then_the_catalog_entry_comes_first()
    {
        var actors = await Get("/api/actors?q=korea");
        var exact = await Get("/api/actors?q=usa");

        Assert.Contains(actors.EnumerateArray(), a => a.GetProperty("key").GetString() == "KOR");
        Assert.Equal("USA", exact[0].GetProperty("key").GetString());
    }

    [Fact]
    public async Task Given_the_store_When_locations_are_asked_Then_each_has_coordinates()
    {
        var places = await Get("/api/locations");

        Assert.NotEmpty(places.EnumerateArray());
        Assert.All(places.EnumerateArray(), p => Assert.InRange(p.GetProperty("lat").GetDouble(), -90, 90));
    }

    [Fact]
    public async Task Given_posted_text_When_coded_Then_events_come_back_with_spans_and_nothing_is_stored()
    {
        var before = await Get("/health");
        var response = await _client.PostAsJsonAsync(new Uri("/api/code", UriKind.Relative),
            new { text = "South Korea accused China of harassing its fishermen on Tuesday.", date = "2026-02-10" });
        var after = await Get("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        var e = result.GetProperty("events")[0];
        Assert.Equal("ACCUSE", e.GetProperty("event_type").GetString());
        Assert.Equal("South Korea", e.GetProperty("actor").GetProperty("text").GetString());
        Assert.Equal(0, e.GetProperty("actor").GetProperty("start").GetInt32());
        Assert.Equal(before.GetProperty("events").GetInt64(), after.GetProperty("events").GetInt64());
    }

    [Fact]
    public async Task Given_many_requests_at_once_When_served_Then_each_gets_its_own_connection_and_the_same_answer()
    {
        var expected = await Get("/api/dyads/KOR/USA/series");

        var answers = await Task.WhenAll(Enumerable.Range(0, 24).Select(i => i % 2 == 0
            ? _client.GetStringAsync(new Uri("/api/dyads/KOR/USA/series", UriKind.Relative))
            : _client.GetStringAsync(new Uri("/api/network", UriKind.Relative))));

        Assert.All(answers.Where((_, i) => i % 2 == 0), a => Assert.Equal(expected.GetRawText(), JsonDocument.Parse(a).RootElement.GetRawText()));
        Assert.All(answers.Where((_, i) => i % 2 == 1), a => Assert.Contains("\"edges\"", a, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Given_the_server_When_the_openapi_document_is_asked_Then_it_lists_the_api()
    {
        var doc = await Get("/openapi/v1.json");

        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/events", paths);
        Assert.Contains("/api/dyads/{a}/{b}/series", paths);
        Assert.Contains("/api/code", paths);
    }

    [Fact]
    public async Task Given_the_server_When_the_dashboard_is_asked_Then_it_and_its_assets_come_from_the_app()
    {
        string html = await _client.GetStringAsync(new Uri("/", UriKind.Relative));
        var echarts = await _client.GetAsync(new Uri("/vendor/echarts.min.js", UriKind.Relative));
        var world = await _client.GetAsync(new Uri("/vendor/world.json", UriKind.Relative));

        Assert.Contains("Tightrope", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, echarts.StatusCode);
        Assert.Equal(HttpStatusCode.OK, world.StatusCode);
    }
}
