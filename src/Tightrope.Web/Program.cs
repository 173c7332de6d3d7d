using Tightrope.Web.Hosting;

// `dotnet run --project src/Tightrope.Web -- --db FILE`: the same server as `tightrope serve`, without the CLI.
var app = WebServer.Build(args);
var options = ServeOptions.From(app.Configuration);
if (options.Problem() is { } problem)
{
    Console.Error.WriteLine($"tightrope: {problem}");
    return 2;
}

app.Run();
return 0;

