using KeepUp.Browser.Tests.Infrastructure;
using Xunit.Abstractions;

namespace KeepUp.Browser.Tests;

[Collection(BrowserTestGroup.Name)]
public sealed class TempDiagnostics(KeepUpSite site, ITestOutputHelper output) : BrowserTest(site, output)
{
    private const string Overflow = """
        () => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
          .map(e => e.tagName + '.' + e.className + ' right=' + Math.round(e.getBoundingClientRect().right) + ' w=' + Math.round(e.getBoundingClientRect().width)).slice(0, 15)
        """;

    [ScreenshotTourFact]
    public async Task Diagnose()
    {
        foreach (var width in new[] { 1280, 390 })
        {
            await using var context = await NewContextAsync(width, 900);
            var page = await context.NewPageAsync();
            await new SiteVisitor(page, Output).SignInAsTeacherAsync();
            foreach (var path in new[] { "/", "/curriculum", "/curriculum/year/3", "/curriculum/steps/y3-npv-ten-tens-make-a-hundred", "/curriculum/search?q=3NPV-2", "/curriculum/mixed-age?younger=5&older=6" })
            {
                await page.GotoAsync(path);
                var list = await page.EvaluateAsync<string[]>(Overflow);
                Output.WriteLine($"{width} {path} scrollWidth={await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth")}: {string.Join(" | ", list)}");
            }

            await page.GotoAsync("/curriculum/year/3");
            await page.ScreenshotAsync(new() { Path = $"/work/screenshots/zz-year-top-{width}.png", Clip = new() { X = 0, Y = 0, Width = width, Height = 900 } });
            await page.GotoAsync("/curriculum/mixed-age?younger=5&older=6");
            await page.ScreenshotAsync(new() { Path = $"/work/screenshots/zz-mixed-top-{width}.png", Clip = new() { X = 0, Y = 0, Width = width, Height = 1100 } });
            await page.GotoAsync("/curriculum/steps/y3-npv-ten-tens-make-a-hundred");
            await page.Locator("figure.graph").ScreenshotAsync(new() { Path = $"/work/screenshots/zz-graph-{width}.png" });
            await page.GotoAsync("/curriculum");
            await page.ScreenshotAsync(new() { Path = $"/work/screenshots/zz-curriculum-{width}.png" });
        }
    }
}
