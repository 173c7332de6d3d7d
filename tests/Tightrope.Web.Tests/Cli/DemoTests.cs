using Spectre.Console.Testing;
using Tightrope.Cli;
using Tightrope.Cli.Infrastructure;
using Xunit;

namespace Tightrope.Web.Tests.Cli;

/// <summary>The demo ends by telling the user how to open the dashboard on its store.</summary>
public sealed class DemoTests
{
    [Fact]
    public void Given_the_demo_When_it_finishes_Then_it_says_how_to_serve_its_store_and_where_to_look()
    {
        string folder = Path.Combine(Path.GetTempPath(), "tightrope-web-demo-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            string db = Path.Combine(folder, "demo.duckdb");
            using var console = new TestConsole();
            console.Profile.Width = 400;
            using var output = new StringWriter();
            using var error = new StringWriter();

            int code = CliApp.Run(["demo", "--db", db], new CliIO(console, output, error, () => Stream.Null));

            Assert.Equal(ExitCodes.Success, code);
            Assert.Contains($"tightrope serve --db {db}", console.Output, StringComparison.Ordinal);
            Assert.Contains("http://127.0.0.1:5080/", console.Output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
