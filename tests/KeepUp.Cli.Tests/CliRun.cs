namespace KeepUp.Cli.Tests;

/// <summary>What one run of <c>keepup</c> printed and returned.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public static Task<CliRun> RunAsync(params string[] args) => RunWithStdinAsync(string.Empty, args);

    /// <summary>Runs with <paramref name="input"/> as standard input.</summary>
    public static async Task<CliRun> RunWithStdinAsync(string input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var reader = new StringReader(input);
        var exit = await KeepUpCli.RunAsync(args, output, error, reader);
        return new CliRun(exit, output.ToString(), error.ToString());
    }
}
