using KeepUp.Browser.Tests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace KeepUp.Browser.Tests.Curriculum;

[Collection(BrowserTestGroup.Name)]
public sealed class CurriculumBrowsingTests(KeepUpSite site, ITestOutputHelper output) : BrowserTest(site, output)
{
    [BrowserFact]
    public Task OpenStep_TeacherBrowsesToYear3_ShowsWhatToSayAndThePicture() => VisitAsync(async teacher =>
    {
        await teacher.SignInAsTeacherAsync();
        await teacher.OpenCurriculumAsync();
        await teacher.OpenYearAsync(3);
        await teacher.OpenFirstStepAsync();

        var page = teacher.Page;
        await Expect(page.Locator("section.panel", new() { HasText = "Key learning points" }).Locator("ol > li").First).ToBeVisibleAsync();
        await Expect(page.Locator("ul.stems > li").First).ToBeVisibleAsync();
        var picture = page.Locator("figure.graph svg");
        await Expect(picture).ToBeVisibleAsync();
        Assert.Contains(await picture.Locator("title").AllTextContentsAsync(), title => !string.IsNullOrWhiteSpace(title));
    });

    [BrowserFact]
    public Task OpenStep_UnknownId_ShowsFriendlyNotFoundPage() => VisitAsync(async teacher =>
    {
        await teacher.SignInAsTeacherAsync();

        var response = await teacher.GoToAsync("/curriculum/steps/y9-no-such-step");

        Assert.Equal(404, response?.Status);
        await Expect(teacher.Heading).ToHaveTextAsync("Page not found");
        await Expect(teacher.Page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Browse the curriculum" })).ToBeVisibleAsync();
    });
}
