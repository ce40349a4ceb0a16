using KeepUp.Browser.Tests.Infrastructure;
using KeepUp.Storage.Classroom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace KeepUp.Browser.Tests.Classroom;

/// <summary>
/// A lesson in Maple with two browsers: the teacher's laptop and a pupil's shared tablet (768×1024,
/// touch). A failure leaves a screenshot of both screens.
/// </summary>
public abstract class ClassroomVisit : BrowserTest
{
    private readonly KeepUpSite site;

    protected ClassroomVisit(KeepUpSite site, ITestOutputHelper output)
        : base(site, output) => this.site = site;

    protected KeepUpSite Site => site;

    protected async Task LessonAsync(Func<ClassTeacher, PupilAtTablet, IBrowserContext, Task> steps, [System.Runtime.CompilerServices.CallerMemberName] string test = "")
    {
        await using var laptop = await NewContextAsync(width: 1280, height: 900);
        await using var tablet = await site.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = site.Address.ToString(),
            ViewportSize = new ViewportSize { Width = 768, Height = 1024 },
            HasTouch = true,
            IsMobile = true,
            Locale = "en-GB",
        });
        var teacher = new ClassTeacher(new SiteVisitor(await laptop.NewPageAsync(), Output));
        var pupil = new PupilAtTablet(new SiteVisitor(await tablet.NewPageAsync(), Output));
        try
        {
            await steps(teacher, pupil, tablet);
        }
        catch (Exception failure)
        {
            var screens = $"{await ScreenshotAsync(teacher.Page, $"{GetType().Name}.{test}.teacher")}, {await ScreenshotAsync(pupil.Page, $"{GetType().Name}.{test}.pupil")}";
            throw new BrowserTestFailedException($"{failure.Message}{Environment.NewLine}Pages: {teacher.Page.Url} and {pupil.Page.Url}{Environment.NewLine}Screenshots: {screens}", failure);
        }
    }

    /// <summary>Saves a screenshot for people to look at, and says where.</summary>
    protected async Task<string> ScreenshotAsync(IPage page, string name, bool fullPage = true)
    {
        var file = ScreenshotFolder.FileFor(name);
        try
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = fullPage });
            Output.WriteLine($"Screenshot: {file}");
            return file;
        }
        catch (PlaywrightException problem)
        {
            return $"(none: {problem.Message})";
        }
    }

    /// <summary>The evidence stored for a check: how many rows for each question position.</summary>
    protected Task<Dictionary<int, int>> StoredAnswersAsync(Guid checkId, EvidenceSource source) =>
        site.QueryDatabaseAsync(db => db.Evidence.Where(e => e.CheckId == checkId && e.Source == source)
            .GroupBy(e => e.QuestionIndex).Select(g => new { Index = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Index, g => g.Count));

    /// <summary>Waits (up to ten seconds) until the server holds device answers to this many questions of the check.</summary>
    protected async Task StoredEventuallyAsync(Guid checkId, int questions)
    {
        var until = DateTime.UtcNow.AddSeconds(10);
        while ((await StoredAnswersAsync(checkId, EvidenceSource.Device)).Count != questions)
        {
            Assert.True(DateTime.UtcNow < until, $"The server did not get answers to {questions} questions within ten seconds.");
            await Task.Delay(100);
        }
    }
}
