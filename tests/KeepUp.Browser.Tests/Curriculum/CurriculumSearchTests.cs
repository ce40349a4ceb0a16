using KeepUp.Browser.Tests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace KeepUp.Browser.Tests.Curriculum;

[Collection(BrowserTestGroup.Name)]
public sealed class CurriculumSearchTests(KeepUpSite site, ITestOutputHelper output) : BrowserTest(site, output)
{
    [BrowserTheory]
    [InlineData("3NPV-2")]
    [InlineData("NC-Y4-F-3")]
    public Task SearchFromHeader_Code_ListsStepsThatOpen(string code) => VisitAsync(async teacher =>
    {
        await teacher.SignInAsTeacherAsync();

        await teacher.SearchFromHeaderAsync(code);

        var page = teacher.Page;
        await Expect(page.Locator(".code-gist .tag")).ToHaveTextAsync(code);
        var results = page.Locator("ol.results > li > a");
        await Expect(results.First).ToBeVisibleAsync();
        foreach (var href in await results.EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))"))
        {
            Assert.StartsWith("/curriculum/steps/", href, StringComparison.Ordinal);
        }

        var first = (await results.First.TextContentAsync())?.Trim() ?? string.Empty;
        await teacher.OpenStepAsync(first);
        await Expect(page.Locator("main")).ToContainTextAsync(code);
    }, variant: code);
}
