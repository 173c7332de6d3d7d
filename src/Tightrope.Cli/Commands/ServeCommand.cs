using System.ComponentModel;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Spectre.Console;
using Spectre.Console.Cli;
using Tightrope.Cli.Infrastructure;
using Tightrope.Pipeline;
using Tightrope.Web.Data;
using Tightrope.Web.Hosting;

namespace Tightrope.Cli.Commands;

/// <summary>Options of <c>tightrope serve</c>.</summary>
public sealed class ServeSettings : StoreSettings, IModelChoice
{
    /// <summary>Lexicon only for POST /api/code.</summary>
    [CommandOption("--no-model")]
    [Description(CoderChoice.NoModelHelp + " for text posted to /api/code")]
    public bool NoModel { get; init; }

    /// <summary>Let the model add events the lexicon missed.</summary>

    [CommandOption("--model-adds")]
    [Description(CoderChoice.ModelAddsHelp)]
    public bool ModelAdds { get; init; }

    /// <summary>Addresses to bind.</summary>
    [CommandOption("--urls <URLS>")]
    [Description("Addresses to listen on, ';'-separated (default http://127.0.0.1:5080); any address other than loopback needs --api-key")]
    public string? Urls { get; init; }

    /// <summary>The key every request must present.</summary>
    [CommandOption("--api-key <KEY>")]
    [Description("Require this key (X-Api-Key header, or ?key= once in the browser) on every request; at least 16 characters")]
    public string? ApiKey { get; init; }

    /// <summary>The server options these settings describe.</summary>
    public ServeOptions Options() => new() { Db = DbPath, Urls = Urls ?? ServeOptions.DefaultUrls, ApiKey = ApiKey };

    /// <inheritdoc />
    public override ValidationResult Validate() => Options().Problem() is { } problem ? ValidationResult.Error(problem) : ValidationResult.Success();
}

/// <summary><c>tightrope serve</c>: the HTTP API and the dashboard over a store, until Ctrl+C.</summary>
public sealed class ServeCommand(CliIO io, Func<CoderPipeline> pipeline) : AsyncCommand<ServeSettings>
{
    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, ServeSettings settings, CancellationToken cancellationToken)
    {
        var options = settings.Options();
        using (var probe = new StorePool(options.Db))
        {
            if (probe.Check() is { } problem)
            {
                io.Error.WriteLine(problem.ToString());
                return ExitCodes.InputUnreadable;
            }
        }

        var args = new List<string> { "--db", options.Db, "--urls", options.Urls };
        if (options.ApiKey is not null)
        {
            args.AddRange(["--api-key", options.ApiKey]);
        }

        var coder = CoderChoice.Pick(pipeline, settings);
        await using var app = WebServer.Build([.. args], builder => builder.Services.AddSingleton(coder));
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (IOException e)
        {
            // Kestrel reports an address in use as an IOException: an expected failure, one line.
            io.Error.WriteLine($"tightrope: cannot listen on {options.Urls}: {e.Message}");
            return ExitCodes.InputUnreadable;
        }

        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (string address in addresses)
        {
            io.Console.MarkupLine($"Dashboard: [bold link]{Markup.Escape(address)}/[/]  ·  API: [grey]{Markup.Escape(address)}/api[/]  ·  OpenAPI: [grey]{Markup.Escape(address)}/openapi/v1.json[/]");
        }

        io.Console.MarkupLine($"Serving [grey]{Markup.Escape(options.Db)}[/] read-only{(options.ApiKey is null ? string.Empty : " (API key required)")}. Press Ctrl+C to stop.");
        await app.WaitForShutdownAsync(cancellationToken);
        return ExitCodes.Success;
    }
}
