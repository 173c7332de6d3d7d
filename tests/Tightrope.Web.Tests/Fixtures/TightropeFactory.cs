using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Tightrope.Web.Tests.Fixtures;

/// <summary>The server in memory over a given store (and API key), in the Production environment.</summary>
public sealed class TightropeFactory(string db, string? apiKey = null) : WebApplicationFactory<Program>
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
