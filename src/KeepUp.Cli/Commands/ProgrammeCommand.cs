using System.CommandLine;

namespace KeepUp.Cli.Commands;

/// <summary><c>keepup programme import|reach</c>: the Maths Hubs programme's records and reports.</summary>
internal static class ProgrammeCommand
{
    public static Command Create(TextWriter output, TextWriter error) => new("programme", "The Maths Hubs programme: import its records, report its reach.")
    {
        ProgrammeImportCommand.Create(output, error),
        ProgrammeReachCommand.Create(output, error),
        ProgrammeEvaluationCommand.Create(output, error),
    };
}
