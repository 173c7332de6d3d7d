using System.Net;
using System.Text;
using Tightrope.Web.Tests.Browser;
using Xunit;

namespace Tightrope.Web.Tests.Api;

/// <summary>Limits that only the real server (Kestrel on loopback) enforces.</summary>
[Collection(BrowserCollection.Name)]
public sealed class KestrelTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Given_a_chunked_body_over_one_megabyte_When_posted_Then_413_problem_not_500()
    {
        using var client = new HttpClient { BaseAddress = new Uri(fixture.BaseUrl) };
        byte[] body = Encoding.UTF8.GetBytes("{\"text\": \"" + new string('a', (1 << 20) + 100) + "\"}");
        using var content = new StreamContent(new MemoryStream(body));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/code") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Given_the_real_server_When_a_page_is_served_Then_it_carries_the_security_headers()
    {
        using var client = new HttpClient { BaseAddress = new Uri(fixture.BaseUrl) };

        var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.False(response.Headers.Contains("Server"));
    }
}
