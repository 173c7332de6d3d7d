using System.Net;
using Spectre.Console.Testing;
using Tightrope.Cli;
using Tightrope.Cli.Infrastructure;
using Tightrope.Web.Hosting;
using Tightrope.Web.Tests.Fixtures;
using Xunit;

namespace Tightrope.Web.Tests.Api;

/// <summary>Loopback by default; any other address only with an API key, checked on every request.</summary>
[Collection(SeededCollection.Name)]
public sealed class SecurityTests(SeededStore store)
{
    private const string Key = "correct-horse-battery-staple";

    private static (int Code, string Error) Serve(params string[] args)
    {
        using var console = new TestConsole();
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = CliApp.Run(["serve", .. args], new CliIO(console, output, error, () => Stream.Null));
        return (code, error.ToString());
    }

    [Theory]
    [InlineData("http://0.0.0.0:5081")]
    [InlineData("http://*:5081")]
    [InlineData("http://192.168.1.20:5081")]
    [InlineData("http://127.0.0.1:5081;http://[::]:5082")]
    public void Given_an_address_beyond_loopback_When_serve_has_no_key_Then_it_refuses_to_start(string urls)
    {
        var (code, error) = Serve("--db", store.Db, "--urls", urls);

        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("--api-key", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_short_key_When_serve_starts_Then_it_refuses()
    {
        var (code, error) = Serve("--db", store.Db, "--urls", "http://0.0.0.0:5081", "--api-key", "short");

        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("at least 16", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_missing_store_When_serve_starts_Then_it_says_so_in_one_line()
    {
        var (code, error) = Serve("--db", Path.Combine(store.Folder, "missing.duckdb"));

        Assert.Equal(ExitCodes.InputUnreadable, code);
        Assert.Contains("no such store", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080", null, true)]
    [InlineData("http://localhost:5080", null, true)]
    [InlineData("http://[::1]:5080", null, true)]
    [InlineData("http://0.0.0.0:5080", null, false)]
    [InlineData("http://0.0.0.0:5080", Key, true)]
    [InlineData("ftp://127.0.0.1:5080", null, false)]
    public void Given_urls_and_a_key_When_checked_Then_only_loopback_goes_without_a_key(string urls, string? key, bool allowed)
    {
        var options = new ServeOptions { Db = "x.duckdb", Urls = urls, ApiKey = key };

        Assert.Equal(allowed, options.Problem() is null);
    }

    [Theory]
    [InlineData("/api/stats")]
    [InlineData("/health")]
    [InlineData("/")]
    [InlineData("/openapi/v1.json")]
    public async Task Given_a_key_is_required_When_a_request_has_none_or_a_wrong_one_Then_401(string url)
    {
        using var factory = new TightropeFactory(store.Db, Key);
        using var client = factory.CreateClient();
        using var wrong = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        wrong.Headers.Add("X-Api-Key", Key + "x");

        var none = await client.GetAsync(new Uri(url, UriKind.Relative));
        var bad = await client.SendAsync(wrong);

        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, bad.StatusCode);
        Assert.Equal("application/problem+json", none.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Given_a_key_is_required_When_the_header_the_bearer_or_the_dashboard_cookie_carries_it_Then_200()
    {
        using var factory = new TightropeFactory(store.Db, Key);
        using var client = factory.CreateClient();
        using var header = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/stats", UriKind.Relative));
        header.Headers.Add("X-Api-Key", Key);
        using var bearer = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/stats", UriKind.Relative));
        bearer.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Key);

        var byHeader = await client.SendAsync(header);
        var byBearer = await client.SendAsync(bearer);
        var page = await client.GetAsync(new Uri($"/?key={Key}", UriKind.Relative));
        var afterCookie = await client.GetAsync(new Uri("/api/stats", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, byHeader.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byBearer.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterCookie.StatusCode);
    }

    [Fact]
    public async Task Given_a_server_error_When_it_happens_Then_the_client_sees_no_trace()
    {
        using var factory = new TightropeFactory(Path.Combine(store.Folder, "not-there.duckdb"));
        using var client = factory.CreateClient();

        var response = await client.GetAsync(new Uri("/api/stats", UriKind.Relative));
        string body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.DoesNotContain("not-there", body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
    }
}
