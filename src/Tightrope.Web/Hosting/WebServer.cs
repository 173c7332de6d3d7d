using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;
using Tightrope.Classifier.Coding;
using Tightrope.Pipeline;
using Tightrope.Web.Api;
using Tightrope.Web.Data;

namespace Tightrope.Web.Hosting;

/// <summary>
/// Builds the server: the HTTP API under <c>/api</c>, <c>/health</c>, the OpenAPI document and the dashboard at
/// <c>/</c>. Options are read from configuration when first needed, so tests can supply them through the host.
/// </summary>
public static class WebServer
{
    /// <summary>Builds the application from command-line style arguments (<c>--db</c>, <c>--urls</c>, <c>--api-key</c>).</summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
        if (builder.Configuration["urls"] is not { Length: > 0 })
        {
            builder.WebHost.UseUrls(ServeOptions.DefaultUrls);
        }

        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Limits.MaxRequestBodySize = CodeEndpoints.MaxBodyBytes;
            k.AddServerHeader = false;
        });
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning);
        var services = builder.Services;
        services.AddProblemDetails();
        services.AddOpenApi();
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
            o.SerializerOptions.MaxDepth = 16;
        });
        services.AddSingleton(sp => ServeOptions.From(sp.GetRequiredService<IConfiguration>()));
        services.AddSingleton(sp => new StorePool(sp.GetRequiredService<ServeOptions>().Db));
        // The default coder (lexicon + committed model) codes posted text, as the CLI does; `serve --no-model` replaces it.
        services.AddSingleton(_ => EventModel.Coder);
        configure?.Invoke(builder);

        var app = builder.Build();
        // A malformed request Kestrel rejects (bad framing, body over the limit) keeps its 4xx status as a ProblemDetails;
        // anything else is a bug and answers 500 with no detail (the log has it).
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            StatusCodeSelector = e => e is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
        });
        app.UseStatusCodePages();
        app.Use(SecurityHeaders);
        app.UseMiddleware<ApiKeyCheck>();
        var dashboard = new ManifestEmbeddedFileProvider(typeof(WebServer).Assembly, "Dashboard");
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = dashboard });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = dashboard });

        app.MapOpenApi();
        app.MapGet("/health", Health).WithName("Health").WithSummary("Whether the server can read its store");
        var api = app.MapGroup("/api");
        EventEndpoints.Map(api);
        AnalyticsEndpoints.Map(api);
        CodeEndpoints.Map(api);
        return app;
    }

    private static Microsoft.AspNetCore.Http.HttpResults.Results<Microsoft.AspNetCore.Http.HttpResults.Ok<Health>, Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult> Health(
        StorePool pool, ILogger<StorePool> logger)
    {
        var (lease, problem) = pool.Rent();
        if (lease is null)
        {
            return Problems.StoreUnavailable(problem!, logger);
        }

        using (lease)
        {
            return TypedResults.Ok(new Health("ok", lease.Store.Counts().Events));
        }
    }

    private static Task SecurityHeaders(HttpContext context, RequestDelegate next)
    {
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        // Everything the dashboard needs comes from this server; ECharts sets inline styles on its own elements.
        headers.ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; frame-ancestors 'none'";
        return next(context);
    }
}
