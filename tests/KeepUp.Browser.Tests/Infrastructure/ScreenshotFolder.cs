namespace KeepUp.Browser.Tests.Infrastructure;

/// <summary>Where screenshots go: the <c>KEEPUP_SCREENSHOTS</c> folder, else <c>screenshots</c> beside the tests.</summary>
internal static class ScreenshotFolder
{
    public static string? Requested =>
        Environment.GetEnvironmentVariable("KEEPUP_SCREENSHOTS") is { Length: > 0 } folder ? System.IO.Path.GetFullPath(folder) : null;

    public static string Path => Requested ?? System.IO.Path.Combine(AppContext.BaseDirectory, "screenshots");

    /// <summary>A file in the folder (created if needed) for one screenshot.</summary>
    public static string FileFor(string name)
    {
        Directory.CreateDirectory(Path);
        var safe = string.Concat(name.Select(c => System.IO.Path.GetInvalidFileNameChars().Contains(c) ? '_' : c));
        return System.IO.Path.Combine(Path, safe + ".png");
    }
}
