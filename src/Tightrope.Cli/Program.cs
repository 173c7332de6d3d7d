using Spectre.Console;
using Tightrope.Cli;
using Tightrope.Cli.Infrastructure;

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
