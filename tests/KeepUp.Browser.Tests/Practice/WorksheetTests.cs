using System.Text;
using System.Text.RegularExpressions;
using KeepUp.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace KeepUp.Browser.Tests.Practice;

[Collection(BrowserTestGroup.Name)]
public sealed partial class WorksheetTests(KeepUpSite site, ITestOutputHelper output) : BrowserTest(site, output)
{
    private const string Tens = "y3-as-add-subtract-tens";

    [BrowserFact]
    public Task MakeClassSheets_FromTheStepPage_PrintsOneA4PagePerSheetThenTheAnswers() => VisitAsync(async teacher =>
    {
        await teacher.SignInAsTeacherAsync();

        await teacher.MakeClassSheetsAsync(Tens, pupils: 3);

        var page = teacher.Page;
        await Expect(page.Locator("article.sheet")).ToHaveCountAsync(3);
        await Expect(page.Locator("section.answers")).ToHaveCountAsync(3);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Print" })).ToBeVisibleAsync();

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.Locator(".site-header")).ToBeHiddenAsync();
        await Expect(page.Locator("form.worksheet-form")).ToBeHiddenAsync();
        await Expect(page.Locator("article.sheet").First).ToBeVisibleAsync();
        var pdf = await page.PdfAsync(new() { PreferCSSPageSize = true });
        Assert.Equal(6, PageObject().Count(Encoding.Latin1.GetString(pdf)));
    });

    [BrowserFact]
    public Task Worksheet_TooManyPupils_ExplainsTheLimitAccessibly() => VisitAsync(async teacher =>
    {
        await teacher.SignInAsTeacherAsync();

        var response = await teacher.GoToAsync($"/worksheet/{Tens}?pupils=401");

        Assert.Equal(400, response?.Status);
        await Expect(teacher.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("choose 1 to 400");
        await Expect(teacher.Page.GetByLabel("Pupils (one sheet each)")).ToHaveValueAsync("401");
    });

    [GeneratedRegex(@"/Type\s*/Page(?![a-z])")]
    private static partial Regex PageObject();
}
