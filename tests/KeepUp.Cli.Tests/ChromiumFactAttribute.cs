using KeepUp.Cli.Commands;

namespace KeepUp.Cli.Tests;

/// <summary>
/// A test that prints a PDF with Chromium: skipped with the reason when Chromium is absent, unless
/// <c>KEEPUP_REQUIRE_ALL=1</c>, when it runs and fails so that CI cannot pass without it.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (ChromiumLocation.Find().Problem is { } missing && Environment.GetEnvironmentVariable("KEEPUP_REQUIRE_ALL") != "1")
        {
            Skip = missing + ": the PDF worksheet test needs it";
        }
    }
}
