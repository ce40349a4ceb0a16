using KeepUp.Browser.Tests.Infrastructure;
using KeepUp.Storage.Demo;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace KeepUp.Browser.Tests.Classroom;

/// <summary>The maths lead's school page in a real browser: reachable from the menu, and free of serious accessibility problems.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class SchoolMasteryPageTests(KeepUpSite site, ITestOutputHelper output) : BrowserTest(site, output)
{
    [BrowserFact]
    public Task SchoolMastery_LeadFromTheMenu_SeesAccessibleCharts() => VisitAsync(async visitor =>
    {
        await visitor.SignInAsync("maths.lead@demo.keepup.school", DemoData.Password);
        await visitor.Page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "School mastery" }).ClickAsync();

        await Expect(visitor.Heading).ToHaveTextAsync("How the school is keeping up");
        await Expect(visitor.Page.GetByRole(AriaRole.Img, new() { Name = "Keeping up by year group" })).ToBeVisibleAsync();
        await Expect(visitor.Page.GetByRole(AriaRole.Img, new() { Name = "Keeping up by pupil group, against the rest" })).ToBeVisibleAsync();
        await visitor.CheckAccessibilityAsync();
    });
}
