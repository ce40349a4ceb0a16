using KeepUp.Browser.Tests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace KeepUp.Browser.Tests.Curriculum;

[Collection(BrowserTestGroup.Name)]
public sealed class MixedAgePlanningTests(KeepUpSite site, ITestOutputHelper output) : BrowserTest(site, output)
{
    [BrowserFact]
    public Task OpenMixedAge_Years5And6_ShowsBothYearsTogetherLinesAndPrint() => VisitAsync(async teacher =>
    {
        await teacher.SignInAsTeacherAsync();

        await teacher.OpenMixedAgeAsync(younger: 5, older: 6);

        var page = teacher.Page;
        var firstTable = page.Locator("table.mixed-table").First;
        await Expect(firstTable.Locator("thead th").First).ToHaveTextAsync("Year 5");
        await Expect(firstTable.Locator("thead th").Last).ToHaveTextAsync("Year 6");
        await Expect(page.Locator("tr.together td.teaching", new() { HasText = "Together" }).First).ToBeVisibleAsync();
        await Expect(page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Print this plan" })).ToBeVisibleAsync();
    });
}
