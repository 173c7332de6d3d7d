using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Tightrope.Web.Hosting;

namespace Tightrope.Web.Tests.Fixtures;

/// <summary>
/// The server in memory (any type of the Tightrope.Web assembly names its entry point; <c>Program</c> is ambiguous next
/// to the CLI's) over a given store (and API key), in the Production environment.
/// </summary>
public sealed class TightropeFactory(string db, string? apiKey = null) : WebApplicationFactory<ServeOptions>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("db", db);
        if (apiKey is not null)
        {
            builder.UseSetting("api-key", apiKey);
        }
    }
}
