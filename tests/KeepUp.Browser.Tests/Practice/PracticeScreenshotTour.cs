using KeepUp.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace KeepUp.Browser.Tests.Practice;

/// <summary>
/// Screenshots of teach mode on a 1920×1080 whiteboard (each stage of a question) and of a
/// worksheet as printed, into <c>KEEPUP_SCREENSHOTS</c>, for a person to review the design.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class PracticeScreenshotTour(KeepUpSite site, ITestOutputHelper output) : BrowserTest(site, output)
{
    private const string Tens = "y3-as-add-subtract-tens";

    [ScreenshotTourFact]
    public async Task SaveTeachModeAndWorksheet_ScreenshotsRequested_WritesPngs()
    {
        await using var context = await NewContextAsync(width: 1920, height: 1080);
        var page = await context.NewPageAsync();
        await new SiteVisitor(page, Output).SignInAsTeacherAsync();
        // No slide fade, so each picture shows the slide as it rests rather than half faded in.
        await page.EmulateMediaAsync(new() { ReducedMotion = ReducedMotion.Reduce });
        await page.GotoAsync($"/teach/{Tens}?seed=1");
        string[] names = ["teach-1-stem", "teach-2-representation", "teach-3-example", "teach-3-example-answer", "teach-4-question", "teach-4-show-me", "teach-4-answer"];
        foreach (var name in names)
        {
            await SaveAsync(page, name, fullPage: false);
            await page.Keyboard.PressAsync("ArrowRight");
        }

        await page.Keyboard.PressAsync("End");
        await SaveAsync(page, "teach-9-deeper-answer", fullPage: false);

        await page.SetViewportSizeAsync(1280, 900);
        await page.GotoAsync($"/worksheet/{Tens}?seed=1&pupils=2");
        await SaveAsync(page, "worksheet-screen", fullPage: true);
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await SaveAsync(page, "worksheet-print", fullPage: true);
    }

    private async Task SaveAsync(IPage page, string name, bool fullPage)
    {
        var file = ScreenshotFolder.FileFor(name);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = fullPage });
        Output.WriteLine(file);
    }
}
