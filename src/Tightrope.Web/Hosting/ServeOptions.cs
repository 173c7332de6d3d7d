using Microsoft.Extensions.Configuration;

namespace Tightrope.Web.Hosting;

/// <summary>
/// What <c>tightrope serve</c> was asked for: the store, the addresses to bind and the API key. Read from the host
/// configuration (<c>--db</c>, <c>--urls</c>, <c>--api-key</c> on the command line, or <c>TIGHTROPE_DB</c>).
/// </summary>
public sealed record ServeOptions
{
    /// <summary>The address bound when none is given: loopback only.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>The shortest API key accepted: anything shorter is guessable.</summary>
    public const int MinimumKeyLength = 16;

    /// <summary>The store file.</summary>
    public required string Db { get; init; }

    /// <summary>Addresses to bind, separated by <c>;</c>.</summary>
    public string Urls { get; init; } = DefaultUrls;

    /// <summary>The key every request must present; null when serving loopback only without one.</summary>
    public string? ApiKey { get; init; }

    /// <summary>The options in <paramref name="configuration"/>.</summary>
    public static ServeOptions From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return new ServeOptions
        {
            Db = configuration["db"] is { Length: > 0 } db ? db
                : Environment.GetEnvironmentVariable("TIGHTROPE_DB") is { Length: > 0 } env ? env : "tightrope.duckdb",
            Urls = configuration["urls"] is { Length: > 0 } urls ? urls : DefaultUrls,
            ApiKey = configuration["api-key"] is { Length: > 0 } key ? key : null,
        };
    }

    /// <summary>
    /// Why these options must not start a server, or null when they may: every address other than loopback needs an
    /// API key of at least <see cref="MinimumKeyLength"/> characters.
    /// </summary>
    public string? Problem()
    {
        if (ApiKey is not null && ApiKey.Length < MinimumKeyLength)
        {
            return $"--api-key must be at least {MinimumKeyLength} characters";
        }

        foreach (string url in Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!TryHost(url, out string host))
            {
                return $"--urls: '{url}' is not an http:// or https:// address";
            }

            if (!IsLoopback(host) && ApiKey is null)
            {
                return $"--urls: binding to {host} exposes the store beyond this machine; give --api-key KEY (at least {MinimumKeyLength} characters) or bind to 127.0.0.1";
            }
        }

        return null;
    }

    private static bool TryHost(string url, out string host)
    {
        host = string.Empty;
        // Kestrel's wildcards (http://*:5080, http://+:5080) are not valid URIs: they mean every address.
        string probe = url.Replace("://*", "://wildcard.invalid", StringComparison.Ordinal).Replace("://+", "://wildcard.invalid", StringComparison.Ordinal);
        if (!Uri.TryCreate(probe, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return false;
        }

        host = uri.Host == "wildcard.invalid" ? "*" : uri.Host;
        return true;
    }

    private static bool IsLoopback(string host) =>
        host is "localhost" or "[::1]" or "::1" || (System.Net.IPAddress.TryParse(host.Trim('[', ']'), out var ip) && System.Net.IPAddress.IsLoopback(ip));
}
