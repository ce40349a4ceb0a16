using System.Globalization;
using KeepUp.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace KeepUp.Browser.Tests;

/// <summary>
/// Saves full-page screenshots of the main pages, wide and phone-sized, into <c>KEEPUP_SCREENSHOTS</c>
/// so a person can review the design. It asserts nothing about the pages beyond that they load.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class PageScreenshotTour(KeepUpSite site, ITestOutputHelper output) : BrowserTest(site, output)
{
    private static readonly int[] Widths = [1280, 390];

    [ScreenshotTourFact]
    public async Task SaveMainPages_ScreenshotsRequested_WritesOnePngPerPageAndWidth()
    {
        foreach (var width in Widths)
        {
            await using var context = await NewContextAsync(width, height: 900);
            var page = await context.NewPageAsync();
            var visitor = new SiteVisitor(page, Output);
            await SaveAsync(page, "/account/sign-in", "sign-in", width);
            await visitor.SignInAsTeacherAsync();
            await SaveAsync(page, "/", "home", width);
            await SaveAsync(page, "/curriculum", "curriculum", width);
            await SaveAsync(page, "/curriculum/year/3", "year-3", width);
            var step = await page.Locator("ol.step-list a").First.GetAttributeAsync("href") ?? "/curriculum";
            await SaveAsync(page, step, "step", width);
            await SaveAsync(page, "/curriculum/search?q=3NPV-2", "search", width);
            await SaveAsync(page, "/curriculum/mixed-age?younger=5&older=6", "mixed-age", width);
            await SaveAsync(page, "/curriculum/steps/no-such-step", "not-found", width);
            await page.GotoAsync("/class");
            var classPage = await page.Locator("a.class-card").First.GetAttributeAsync("href") ?? "/class";
            await SaveAsync(page, classPage, "class", width);
            var pupil = await page.Locator("a[href*='/pupil/']").First.GetAttributeAsync("href") ?? classPage;
            await SaveAsync(page, pupil, "pupil", width);
            await SaveAsync(page, classPage + "/pupils/add", "add-pupil", width);
        }
    }

    [ScreenshotTourFact]
    public async Task SaveSchoolMastery_ScreenshotsRequested_WritesTheLeadsPageAfterAMarkedCheck()
    {
        await using (var teacher = await NewContextAsync(1280, height: 900))
        {
            var page = await teacher.NewPageAsync();
            await new SiteVisitor(page, Output).SignInAsTeacherAsync();
            await Classroom.MarkedCheck.MarkAsync(page, interventions: 3);
        }

        foreach (var width in Widths)
        {
            await using var context = await NewContextAsync(width, height: 900);
            var page = await context.NewPageAsync();
            await new SiteVisitor(page, Output).SignInAsync("maths.lead@demo.keepup.school", KeepUp.Storage.Demo.DemoData.Password);
            await SaveAsync(page, "/school/mastery", "school-mastery", width);
        }
    }

    private async Task SaveAsync(IPage page, string path, string name, int width)
    {
        await page.GotoAsync(path);
        var file = ScreenshotFolder.FileFor(string.Create(CultureInfo.InvariantCulture, $"{name}-{width}"));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        Output.WriteLine(file);
    }
}
