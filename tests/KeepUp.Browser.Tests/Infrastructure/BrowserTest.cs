using System.Runtime.CompilerServices;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace KeepUp.Browser.Tests.Infrastructure;

/// <summary>
/// A browser test: each visit gets its own browser context (fresh cookies), and a failed visit
/// leaves a full-page screenshot named in the failure message.
/// </summary>
public abstract class BrowserTest(KeepUpSite site, ITestOutputHelper output)
{
    protected ITestOutputHelper Output => output;

    /// <summary>Runs a visit; <paramref name="variant"/> tells the cases of a theory apart in screenshot names.</summary>
    protected async Task VisitAsync(Func<SiteVisitor, Task> steps, string? variant = null, [CallerMemberName] string test = "")
    {
        await using var context = await NewContextAsync(width: 1280, height: 900);
        var page = await context.NewPageAsync();
        try
        {
            await steps(new SiteVisitor(page, output));
        }
        catch (Exception failure)
        {
            var screenshot = await TryScreenshotAsync(page, variant is null ? $"{GetType().Name}.{test}" : $"{GetType().Name}.{test}({variant})");
            throw new BrowserTestFailedException($"{failure.Message}{Environment.NewLine}Page: {page.Url}{Environment.NewLine}Screenshot: {screenshot}", failure);
        }
    }

    protected Task<IBrowserContext> NewContextAsync(int width, int height) =>
        site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = site.Address.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "en-GB",
        });

    private static async Task<string> TryScreenshotAsync(IPage page, string name)
    {
        var file = ScreenshotFolder.FileFor(name);
        try
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
            return file;
        }
        catch (PlaywrightException problem)
        {
            return $"(none: {problem.Message})";
        }
    }
}
