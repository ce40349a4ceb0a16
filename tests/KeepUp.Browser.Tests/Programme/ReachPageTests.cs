using KeepUp.Browser.Tests.Infrastructure;
using KeepUp.Storage.Demo;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace KeepUp.Browser.Tests.Programme;

[Collection(BrowserTestGroup.Name)]
public sealed class ReachPageTests(KeepUpSite site, ITestOutputHelper output) : BrowserTest(site, output)
{
    [BrowserFact]
    public Task OpenReach_HubLead_ShowsChartTableAndPassesAxe() => VisitAsync(async lead =>
    {
        await lead.SignInAsync("hub.lead@demo.keepup.school", DemoData.Password);

        await lead.GoToAsync("/programme/reach");
        await lead.Page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Your hub" }).ClickAsync();

        await Expect(lead.Heading).ToHaveTextAsync("Reach: Riverside Maths Hub (demo)");
        await Expect(lead.Page.Locator("figure.reach-chart svg[role=img]")).ToBeVisibleAsync();
        await Expect(lead.Page.Locator("table.data-table").First.Locator("tbody tr")).ToHaveCountAsync(8);
        await lead.Page.ScreenshotAsync(new() { Path = ScreenshotFolder.FileFor("ReachPage.HubLead"), FullPage = true });
        await lead.CheckAccessibilityAsync();
    });
}
