namespace KeepUp.Browser.Tests.Infrastructure;

/// <summary>A data-driven <see cref="BrowserFactAttribute"/>: skipped or failed by the same rule when Chromium is absent.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute()
    {
        if (!ChromiumLocation.IsInstalled && !ChromiumLocation.IsRequired)
        {
            Skip = ChromiumLocation.MissingReason;
        }
    }
}
