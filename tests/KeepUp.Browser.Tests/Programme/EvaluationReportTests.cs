using KeepUp.Browser.Tests.Infrastructure;
using KeepUp.Storage.Demo;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace KeepUp.Browser.Tests.Programme;

[Collection(BrowserTestGroup.Name)]
public sealed class EvaluationReportTests(KeepUpSite site, ITestOutputHelper output) : BrowserTest(site, output)
{
    [BrowserFact]
    public Task OpenEvaluation_HubLead_ShowsLensesQuotesAndPassesAxe() => VisitAsync(async lead =>
    {
        await lead.SignInAsync("hub.lead@demo.keepup.school", DemoData.Password);

        await lead.GoToAsync("/programme/evaluation?scope=hub&from=2024-09-01&to=2025-08-31");

        await Expect(lead.Heading).ToHaveTextAsync("Evaluation: Riverside Maths Hub (demo)");
        await Expect(lead.Page.Locator("section.lens")).ToHaveCountAsync(4);
        await Expect(lead.Page.Locator("blockquote.evaluation-quote").First).ToBeVisibleAsync();
        await lead.Page.ScreenshotAsync(new() { Path = ScreenshotFolder.FileFor("EvaluationReport.HubLead"), FullPage = true });
    });

    [BrowserFact]
    public Task OpenJourneyAndWorkGroup_ShowsTimelineAndPassesAxe() => VisitAsync(async visitor =>
    {
        await visitor.SignInAsync("maths.lead@demo.keepup.school", DemoData.Password);
        await visitor.GoToAsync("/school/journey");
        await Expect(visitor.Page.Locator("ol.timeline li")).Not.ToHaveCountAsync(0);
        await visitor.Page.ScreenshotAsync(new() { Path = ScreenshotFolder.FileFor("Journey.MathsLead"), FullPage = true });
    });
}
