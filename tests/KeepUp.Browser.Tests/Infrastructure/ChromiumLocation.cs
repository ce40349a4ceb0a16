namespace KeepUp.Browser.Tests.Infrastructure;

/// <summary>Where the browser tests find Debian's Chromium, and whether a missing one may skip them.</summary>
internal static class ChromiumLocation
{
    private const string DebianChromium = "/usr/bin/chromium";

    /// <summary>The Chromium binary: <c>KEEPUP_CHROMIUM</c> when set, else Debian's package.</summary>
    public static string Path =>
        Environment.GetEnvironmentVariable("KEEPUP_CHROMIUM") is { Length: > 0 } configured ? configured : DebianChromium;

    public static bool IsInstalled => File.Exists(Path);

    /// <summary>CI sets <c>KEEPUP_REQUIRE_ALL=1</c> so a missing browser fails the run instead of hiding it.</summary>
    public static bool IsRequired => Environment.GetEnvironmentVariable("KEEPUP_REQUIRE_ALL") == "1";

    public static string MissingReason => $"Chromium not found at {Path}: install Debian's chromium package";
}
