using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Tightrope.Web.Tests.Fixtures;
using Xunit;

namespace Tightrope.Web.Tests.Api;

/// <summary>Bad requests get a 400 (or 404, 413) ProblemDetails naming the field, never a trace or SQL.</summary>
[Collection(SeededCollection.Name)]
public sealed class BadInputTests : IDisposable
{
    private readonly TightropeFactory _factory;
    private readonly HttpClient _client;

    public BadInputTests(SeededStore store)
    {
        _factory = new TightropeFactory(store.Db);
        _client = _factory.CreateClient();
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    [Theory]
    [InlineData("/api/events?since=2026-13-01", "since")]
    [InlineData("/api/events?until=yesterday", "until")]
    [InlineData("/api/events?since=2026-02-01&until=2026-01-01", "until")]
    [InlineData("/api/events?limit=1001", "limit")]
    [InlineData("/api/events?limit=0", "limit")]
    [InlineData("/api/events?limit=ten", "limit")]
    [InlineData("/api/events?type=HUG", "type")]
    [InlineData("/api/events?modality=maybe", "modality")]
    [InlineData("/api/events?actor=K'OR", "actor")]
    [InlineData("/api/events?dyad=KOR", "dyad")]
    [InlineData("/api/events?cursor=not-a-cursor", "cursor")]
    [InlineData("/api/events.csv?limit=100001", "limit")]
    [InlineData("/api/dyads/KOR/C%20N/series", "b")]
    [InlineData("/api/dyads/KOR/CHN/series?by=fortnight", "by")]
    [InlineData("/api/dyads/KOR/CHN/series?raw=perhaps", "raw")]
    [InlineData("/api/balance/KOR", "between")]
    [InlineData("/api/balance/KOR?between=USA", "between")]
    [InlineData("/api/network?since=2026-1-1", "since")]
    [InlineData("/api/network?limit=501", "limit")]
    [InlineData("/api/locations?until=x", "until")]
    [InlineData("/api/stats?top=1000", "top")]
    [InlineData("/api/actors?limit=-1", "limit")]
    public async Task Given_a_bad_value_When_requested_Then_a_400_problem_names_the_field(string url, string field)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative));
        string body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement;
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), body);
        Assert.StartsWith(field + ":", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/events/nope:0:0")]
    [InlineData("/api/documents/nope")]
    [InlineData("/api/no-such-route")]
    public async Task Given_an_unknown_id_or_route_When_requested_Then_a_404_problem_comes_back(string url)
    {
        var response = await _client.GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Given_an_attempt_at_sql_When_used_as_a_value_Then_it_is_rejected_or_matched_literally()
    {
        var bad = await _client.GetAsync(new Uri("/api/events?actor=KOR'%20OR%201=1--", UriKind.Relative));
        var literal = await _client.GetFromJsonAsync<JsonElement>(new Uri("/api/events?q=%27%20OR%201%3D1%20--", UriKind.Relative));
        string body = await bad.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.DoesNotContain("SELECT", body, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(literal.GetProperty("events").EnumerateArray());
    }

    [Theory]
    [InlineData("{\"text\": \"   \"}", "text")]
    [InlineData("{\"date\": \"2026-01-01\"}", "text")]
    [InlineData("{\"text\": \"Seoul protested.\", \"date\": \"Tuesday\"}", "date")]
    [InlineData("not json", "body")]
    public async Task Given_bad_text_to_code_When_posted_Then_a_400_problem_names_the_field(string json, string field)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        var response = await _client.PostAsync(new Uri("/api/code", UriKind.Relative), content);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task Given_more_than_one_megabyte_When_posted_to_code_Then_413_and_nothing_is_coded()
    {
        string text = new('a', (1 << 20) + 10);
        using var content = new StringContent(JsonSerializer.Serialize(new { text }), Encoding.UTF8, "application/json");

        var response = await _client.PostAsync(new Uri("/api/code", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
