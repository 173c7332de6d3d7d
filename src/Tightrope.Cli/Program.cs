using Spectre.Console;
using Tightrope.Cli;
using Tightrope.Cli.Infrastructure;

// Honour COLUMNS when output is redirected, so tables can be captured at a readable width.
if (int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), out int columns) && columns >= 40)
{
    AnsiConsole.Profile.Width = columns;
}

var stdout = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false)) { AutoFlush = false };
var io = new CliIO(AnsiConsole.Console, stdout, Console.Error, Console.OpenStandardInput);
try
{
    return CliApp.Run(args, io);
}
finally
{
    stdout.Flush();
}
