using System.Globalization;
using System.Text.Json;
using KeepUp.Browser.Tests.Classroom;
using KeepUp.Browser.Tests.Infrastructure;
using KeepUp.Storage.Mtc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace KeepUp.Browser.Tests.Mtc;

/// <summary>
/// One tablet, two pupils: a check that could not be sent waits on the device for its own pupil.
/// Another pupil signing in neither sends it nor sees it; the server refuses it under their cookie
/// and the device keeps it; the owner signing in again sends it, once.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class MtcSharedTabletTests(KeepUpSite site, ITestOutputHelper output) : ClassroomVisit(site, output)
{
    private const string DeviceChecks = """
        () => new Promise((resolve, reject) => {
          const open = indexedDB.open('keepup-mtc', 2);
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const all = open.result.transaction('checks').objectStore('checks').getAll();
            all.onsuccess = () => { resolve(JSON.stringify(all.result.map(c => ({ pupilId: c.pupilId, phase: c.phase })))); open.result.close(); };
          };
        })
        """;

    [BrowserFact]
    public Task Check_SentFailsThenAnotherPupilSignsIn_KeptForItsOwnerAndSentOnceWhenTheyReturn() => LessonAsync(async (teacher, tablet, tabletContext) =>
    {
        await teacher.Visitor.SignInAsTeacherAsync();
        var slips = await teacher.GivePinsAsync();
        var (first, second) = (slips[8], slips[9]);
        await MtcClass.OpenCheckAsync(teacher);
        var firstId = await PupilIdAsync(first);

        // The first pupil's check cannot reach the server (the school's connection drops on sending).
        await tabletContext.Clock.InstallAsync();
        await tabletContext.RouteAsync("**/api/v1/pupil/mtc/submit", route => route.AbortAsync());
        var pupil = new MtcPupil(tablet);
        await pupil.OpenAsync(first);
        await pupil.StartAsync();
        await AnswerQuicklyAsync(pupil, tabletContext.Clock, "Practice", 3);
        await tablet.Page.GetByRole(AriaRole.Button, new() { Name = "Start the check" }).ClickAsync();
        await AnswerQuicklyAsync(pupil, tabletContext.Clock, "Question", 25);
        await Expect(tablet.Page.Locator("[data-send-status]")).ToContainTextAsync("kept on this device");

        // The second pupil signs in on the same tablet (in a new tab, so the first page is still open).
        var secondTab = new PupilAtTablet(new SiteVisitor(await tabletContext.NewPageAsync(), Output));
        var sentBySecond = 0;
        secondTab.Page.Request += (_, request) => sentBySecond += request.Url.Contains("/mtc/submit", StringComparison.Ordinal) ? 1 : 0;
        await secondTab.SignInAsync(second);
        await tabletContext.UnrouteAsync("**/api/v1/pupil/mtc/submit");

        // The first page tries again, now under the second pupil's cookie: refused, and kept.
        var refused = tablet.Page.WaitForResponseAsync(r => r.Url.Contains("/mtc/submit", StringComparison.Ordinal));
        await tablet.Page.EvaluateAsync("() => window.dispatchEvent(new Event('online'))");
        Assert.Equal(403, (await refused).Status);
        await Expect(tablet.Page.Locator("[data-send-status]")).ToContainTextAsync("sign you in again");
        Assert.Equal(new[] { (firstId, "sending") }, await DeviceChecksAsync(tablet.Page));
        await tablet.Page.CloseAsync();

        // The second pupil's check page: their own start screen, nothing of the first pupil's, nothing sent.
        await secondTab.Visitor.GoToAsync("/pupil/mtc");
        var secondRoot = secondTab.Page.Locator("[data-mtc]");
        await Expect(secondRoot).ToHaveAttributeAsync("data-screen", "intro");
        await Expect(secondTab.Page.GetByText($"Hello, {second.Name.Split(' ')[0]}!")).ToBeVisibleAsync();
        await tabletContext.Clock.FastForwardAsync(20_000);
        await Expect(secondRoot).ToHaveAttributeAsync("data-screen", "intro");
        Assert.Equal(0, sentBySecond);
        Assert.Equal(0, await Site.QueryDatabaseAsync(db => db.MtcResponses.CountAsync(r => db.MtcAttempts.Any(a => a.Id == r.AttemptId && a.PupilId == firstId))));

        // The second pupil signs out; the first signs in again and their check goes, once.
        await secondTab.Page.GetByRole(AriaRole.Button, new() { Name = "Not you? Sign out" }).ClickAsync();
        await secondTab.Page.WaitForURLAsync("**/pupil");
        var sentByFirst = 0;
        secondTab.Page.Request += (_, request) => sentByFirst += request.Url.Contains("/mtc/submit", StringComparison.Ordinal) ? 1 : 0;
        await secondTab.SignInAsync(first);
        await secondTab.Visitor.GoToAsync("/pupil/mtc");
        await Expect(secondRoot).ToHaveAttributeAsync("data-screen", "done", new() { Timeout = 15_000 });
        Assert.Equal(1, sentByFirst);
        Assert.Empty(await DeviceChecksAsync(secondTab.Page));
        var attempt = await Site.QueryDatabaseAsync(db => db.MtcAttempts.SingleAsync(a => a.PupilId == firstId));
        Assert.Equal((MtcStatus.Complete, 25), (attempt.Status, attempt.Score));
        Assert.Equal(25, await Site.QueryDatabaseAsync(db => db.MtcResponses.CountAsync(r => r.AttemptId == attempt.Id)));
    });

    /// <summary>Answers every question rightly, fast-forwarding each 3-second pause on the tablet's clock.</summary>
    private static async Task AnswerQuicklyAsync(MtcPupil pupil, IClock clock, string kind, int count)
    {
        for (var i = 1; i <= count; i++)
        {
            await Expect(pupil.Root).ToHaveAttributeAsync("data-screen", "pause");
            await clock.FastForwardAsync(3_000);
            var product = await pupil.WaitForQuestionAsync($"{kind} {i} of {count}");
            await pupil.AnswerAsync(product.ToString(CultureInfo.InvariantCulture));
        }
    }

    private static async Task<IReadOnlyList<(Guid PupilId, string Phase)>> DeviceChecksAsync(IPage page)
    {
        using var checks = JsonDocument.Parse(await page.EvaluateAsync<string>(DeviceChecks));
        return [.. checks.RootElement.EnumerateArray().Select(c => (c.GetProperty("pupilId").GetGuid(), c.GetProperty("phase").GetString() ?? string.Empty))];
    }

    private Task<Guid> PupilIdAsync(PinSlip slip) =>
        Site.QueryDatabaseAsync(db => db.Pupils.Where(p => p.Pin == slip.Pin).Select(p => p.Id).SingleAsync());
}
