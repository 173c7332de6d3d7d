using Spectre.Console.Testing;
using Tightrope.Cli;
using Tightrope.Cli.Infrastructure;

namespace Tightrope.Tests.Cli;

/// <summary>What one run of the command line produced.</summary>
internal sealed record CliResult(int ExitCode, string Out, string Error, string Console)
{
    /// <summary>Non-empty lines written to standard error.</summary>
    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Non-empty lines written to standard output.</summary>
    public string[] OutLines => Out.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>Runs <see cref="CliApp"/> over captured IO.</summary>
internal static class CliHarness
{
    public static CliResult Run(params string[] args) => RunWithStdin([], args);

    public static CliResult RunWithStdin(byte[] stdin, params string[] args)
    {
        using var console = new TestConsole();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var io = new CliIO(console, output, error, () => new MemoryStream(stdin, writable: false));
        int code = CliApp.Run(args, io);
        return new CliResult(code, output.ToString(), error.ToString(), console.Output);
    }
}

/// <summary>A directory for one test's fixture files, deleted afterwards.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "tightrope-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string name, string content)
    {
        string path = System.IO.Path.Combine(Path, name);
        File.WriteAllText(path, content, new System.Text.UTF8Encoding(false));
        return path;
    }

    public string Write(string name, byte[] content)
    {
        string path = System.IO.Path.Combine(Path, name);
        File.WriteAllBytes(path, content);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp directory must not fail a test.
        }
    }
}
