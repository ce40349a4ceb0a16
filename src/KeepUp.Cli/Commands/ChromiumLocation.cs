namespace KeepUp.Cli.Commands;

/// <summary>
/// Where <c>keepup worksheet</c> finds Chromium for print-to-PDF: <c>KEEPUP_CHROMIUM</c> when set
/// (and then only there, so a wrong setting is reported rather than silently passed over), else
/// Debian's <c>/usr/bin/chromium</c>, else <c>chromium</c>, <c>chromium-browser</c> or
/// <c>google-chrome</c> on the PATH.
/// </summary>
internal sealed record ChromiumLocation(string? Path, string? Problem)
{
    public const string Variable = "KEEPUP_CHROMIUM";

    private static readonly string[] Names = ["chromium", "chromium-browser", "google-chrome"];

    public static ChromiumLocation Find()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } configured)
        {
            return File.Exists(configured)
                ? new ChromiumLocation(configured, null)
                : new ChromiumLocation(null, $"{Variable} is set to {configured}, which does not exist");
        }

        if (File.Exists("/usr/bin/chromium"))
        {
            return new ChromiumLocation("/usr/bin/chromium", null);
        }

        var folders = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        var found = Names.SelectMany(name => folders.Select(folder => System.IO.Path.Combine(folder, name))).FirstOrDefault(File.Exists);
        return found is not null
            ? new ChromiumLocation(found, null)
            : new ChromiumLocation(null, $"Chromium was not found (install Debian's chromium package or set {Variable})");
    }
}
