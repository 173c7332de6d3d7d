using Spectre.Console;

namespace Tightrope.Cli.Infrastructure;

/// <summary>
/// Where a command reads and writes: the rich console for people, raw writers for machine output and errors, and
/// standard input. Injected so that tests can capture everything.
/// </summary>
/// <param name="Console">Tables, charts, progress.</param>
/// <param name="Out">Raw standard output (JSON, CSV).</param>
/// <param name="Error">Standard error: one clear line per problem.</param>
/// <param name="OpenStandardInput">Opens standard input as a byte stream.</param>
public sealed record CliIO(IAnsiConsole Console, TextWriter Out, TextWriter Error, Func<Stream> OpenStandardInput);
