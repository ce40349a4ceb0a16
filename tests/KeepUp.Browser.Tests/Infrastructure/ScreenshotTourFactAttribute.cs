namespace KeepUp.Browser.Tests.Infrastructure;

/// <summary>
/// The screenshot tour for people reviewing the design: runs only when <c>KEEPUP_SCREENSHOTS</c>
/// names a folder, because it proves nothing by itself and writes files outside the build.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class ScreenshotTourFactAttribute : BrowserFactAttribute
{
    public ScreenshotTourFactAttribute()
    {
        if (Skip is null && ScreenshotFolder.Requested is null)
        {
            Skip = "Set KEEPUP_SCREENSHOTS to a folder to save screenshots of the main pages";
        }
    }
}
