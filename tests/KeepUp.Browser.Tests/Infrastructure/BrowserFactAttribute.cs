namespace KeepUp.Browser.Tests.Infrastructure;

/// <summary>
/// A test that needs Chromium: skipped with the reason when the browser is absent, unless
/// <c>KEEPUP_REQUIRE_ALL=1</c>, when it runs and fails so that CI cannot pass without it.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!ChromiumLocation.IsInstalled && !ChromiumLocation.IsRequired)
        {
            Skip = ChromiumLocation.MissingReason;
        }
    }
}
