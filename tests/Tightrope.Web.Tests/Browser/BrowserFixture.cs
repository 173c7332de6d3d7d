using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Tightrope.Web.Hosting;
using Tightrope.Web.Tests.Fixtures;
using Xunit;

namespace Tightrope.Web.Tests.Browser;

/// <summary>
/// The real server on a loopback port over the seeded store, and Debian's headless Chromium driven by Playwright.
/// No browser is ever downloaded: Chromium comes from the system (<c>apt-get install chromium</c>, done by .ci/run),
/// or from <c>TIGHTROPE_CHROMIUM</c>. Without it the tests fail, saying so; they are never skipped.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private readonly SeededStore _store = new();
    private WebApplication? _app;
    private IPlaywright? _playwright;

    /// <summary>The server's address, without a trailing slash.</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    /// <summary>The browser.</summary>
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where screenshots go (test artifacts).</summary>
    public string Screenshots { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        string chromium = Environment.GetEnvironmentVariable("TIGHTROPE_CHROMIUM") is { Length: > 0 } custom ? custom : "/usr/bin/chromium";
        if (!File.Exists(chromium))
        {
            throw new InvalidOperationException(
                $"browser tests need Chromium at {chromium}: install Debian's package (sudo apt-get install -y chromium; .ci/run does this) or set TIGHTROPE_CHROMIUM");
        }

        Directory.CreateDirectory(Screenshots);
        _app = WebServer.Build(["--db", _store.Db, "--urls", "http://127.0.0.1:0"]);
        await _app.StartAsync();
        BaseUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = chromium, Headless = true });
    }

    /// <summary>A fresh page of 1400×1000 that fails the test on any script error.</summary>
    public async Task<(IPage Page, List<string> Errors)> NewPage()
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        var errors = new List<string>();
        page.PageError += (_, message) => errors.Add(message);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        return (page, errors);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        _store.Dispose();
    }
}

/// <summary>Browser tests share one server and one browser.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
