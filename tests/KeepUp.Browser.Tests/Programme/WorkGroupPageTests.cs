using KeepUp.Browser.Tests.Infrastructure;
using KeepUp.Storage.Demo;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace KeepUp.Browser.Tests.Programme;

[Collection(BrowserTestGroup.Name)]
public sealed class WorkGroupPageTests(KeepUpSite site, ITestOutputHelper output) : BrowserTest(site, output)
{
    [BrowserFact]
    public Task OpenOwnWorkGroup_Specialist_ShowsSchoolsFormsAndPassesAxe() => VisitAsync(async specialist =>
    {
        await specialist.SignInAsync("specialist@demo.keepup.school", DemoData.Password);
        await specialist.GoToAsync("/specialist");

        await specialist.Page.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex("demo-wg-2526") }).ClickAsync();
        await specialist.CheckAccessibilityAsync();

        await Expect(specialist.Heading).ToHaveTextAsync("Development Work Group, 2025/26");
        await Expect(specialist.Page.Locator("#schools-heading + form tbody tr")).ToHaveCountAsync(7);
        await specialist.Page.ScreenshotAsync(new() { Path = ScreenshotFolder.FileFor("WorkGroup.Specialist"), FullPage = true });
    });

    [BrowserFact]
    public Task OpenReadiness_MathsLead_FormAndProfilePassAxe() => VisitAsync(async lead =>
    {
        await lead.SignInAsync("maths.lead@demo.keepup.school", DemoData.Password);

        await lead.GoToAsync("/school/readiness");

        await Expect(lead.Page.Locator("fieldset.readiness-area")).ToHaveCountAsync(5);
        await lead.Page.ScreenshotAsync(new() { Path = ScreenshotFolder.FileFor("Readiness.MathsLead"), FullPage = true });
    });
}
