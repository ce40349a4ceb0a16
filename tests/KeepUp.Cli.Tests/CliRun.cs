namespace KeepUp.Cli.Tests;

/// <summary>What one run of <c>keepup</c> printed and returned.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static async Task<CliRun> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await KeepUpCli.RunAsync(args, output, error);
        return new CliRun(exit, output.ToString(), error.ToString());
    }
}
