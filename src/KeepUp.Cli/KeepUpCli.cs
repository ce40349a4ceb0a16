using System.CommandLine;
using KeepUp.Cli.Commands;

namespace KeepUp.Cli;

/// <summary>The <c>keepup</c> command: a table of contents of its verbs.</summary>
public static class KeepUpCli
{
    /// <summary>Every command accepts it: the folder holding the SQLite database (or set KEEPUP_DATA).</summary>
    internal static readonly Option<string?> DataOption = new("--data")
    {
        Description = "Folder for KeepUp's data (SQLite database, keys). Default: KEEPUP_DATA, else a per-user folder.",
        Recursive = true,
    };

    public static Task<int> RunAsync(string[] args, TextWriter output, TextWriter error) =>
        RunAsync(args, output, error, Console.In);

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, TextReader input)
    {
        var root = new RootCommand("KeepUp: teaching primary maths for mastery.")
        {
            DataOption,
            ServeCommand.Create(),
            DatabaseCommand.Create(output),
            DemoCommand.Create(output),
            CurriculumCommand.Create(output, error),
            PracticeCommand.Create(output, error, input),
            WorksheetCommand.Create(output, error),
            MasteryCommand.Create(output, error),
            ProgrammeCommand.Create(output, error),
            MtcCommand.Create(output, error),
            FluencyCommand.Create(output, error),
            BenchCommand.Create(output, error),
        };
        return await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
    }
}
