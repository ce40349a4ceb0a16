using KeepUp.Browser.Tests.Infrastructure;
using KeepUp.Storage.Classroom;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace KeepUp.Browser.Tests.Classroom;

/// <summary>
/// The end-of-lesson check as it happens in a classroom: the teacher gives PINs and starts the
/// check, a pupil signs in on a shared tablet and taps through it, the Wi-Fi drops or someone
/// reloads, and every answer reaches the teacher's grid exactly once.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class PupilCheckTests(KeepUpSite site, ITestOutputHelper output) : ClassroomVisit(site, output)
{
    private const string AnswersApi = "**/api/v1/pupil/answers";

    [BrowserFact]
    public Task Tablet_PupilTapsEveryAnswer_TeachersGridShowsEachOnce() => LessonAsync(async (teacher, pupil, _) =>
    {
        await teacher.Visitor.SignInAsTeacherAsync();
        var slip = (await teacher.GivePinsAsync())[0];
        await teacher.StartCheckAsync(questions: 4);

        await pupil.SignInAsync(slip);
        Assert.Equal((1, 4), await pupil.ProgressAsync());
        await pupil.Visitor.CheckAccessibilityAsync();
        await ScreenshotAsync(pupil.Page, "Classroom.pupil-check-tablet", fullPage: false);
        var answered = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            answered.Add(await pupil.AnswerAsync());
        }

        await Expect(pupil.Page.GetByRole(AriaRole.Heading, new() { Name = "All done. Well done!" })).ToBeVisibleAsync();
        await Expect(pupil.Page.Locator("[data-saving]")).ToHaveTextAsync("Your answers are saved. You can sign out now.");
        await pupil.Visitor.CheckAccessibilityAsync();
        await pupil.AssertTargetsAreBigAsync(".pupil-top button");
        Assert.All(await pupil.QueueAsync(teacher.CheckId), a => Assert.True(a.Acknowledged));

        Assert.Equal(answered.Order().ToDictionary(i => i, _ => 1), await StoredAnswersAsync(teacher.CheckId, EvidenceSource.Device));
        var row = await teacher.RowAsync(slip.Name);
        Assert.Equal(4, row.Count(m => m is "✓" or "✗"));
        await teacher.Visitor.CheckAccessibilityAsync();
        await ScreenshotAsync(teacher.Page, "Classroom.teacher-check-grid");

        await pupil.Page.GetByRole(AriaRole.Button, new() { Name = "Not you? Sign out" }).TapAsync();
        await Expect(pupil.Visitor.Heading).ToHaveTextAsync("Hello! Sign in to do your maths");
        await Expect(pupil.Page.GetByLabel("School code")).ToHaveValueAsync(slip.SchoolCode);
    });

    [BrowserFact]
    public Task Tablet_WifiDropsMidCheck_QueuedAnswersArriveExactlyOnceWhenItReturns() => LessonAsync(async (teacher, pupil, tablet) =>
    {
        await teacher.Visitor.SignInAsTeacherAsync();
        var slip = (await teacher.GivePinsAsync())[1];
        await teacher.StartCheckAsync(questions: 5);
        await pupil.SignInAsync(slip);
        var online = new[] { await pupil.AnswerAsync(), await pupil.AnswerAsync() };
        await StoredEventuallyAsync(teacher.CheckId, 2);

        await tablet.SetOfflineAsync(true);
        var offline = new[] { await pupil.AnswerAsync(), await pupil.AnswerAsync(), await pupil.AnswerAsync() };
        await Expect(pupil.Page.GetByRole(AriaRole.Heading, new() { Name = "All done. Well done!" })).ToBeVisibleAsync();
        await Expect(pupil.Page.Locator("[data-saving]")).ToContainTextAsync("your answers are kept on this device");

        var queued = await pupil.QueueAsync(teacher.CheckId);
        Assert.Equal(offline.Order(), queued.Where(a => !a.Acknowledged).Select(a => a.Index).Order());
        Assert.Equal(online.Order(), queued.Where(a => a.Acknowledged).Select(a => a.Index).Order());
        Assert.Equal(2, (await StoredAnswersAsync(teacher.CheckId, EvidenceSource.Device)).Count);

        await tablet.SetOfflineAsync(false);
        await Expect(pupil.Page.Locator("[data-saving]")).ToHaveTextAsync("Your answers are saved. You can sign out now.", new() { Timeout = 40_000 });
        Assert.All(await pupil.QueueAsync(teacher.CheckId), a => Assert.True(a.Acknowledged));
        // The tablet may have tried several times while offline; each answer is stored once.
        Assert.Equal(online.Concat(offline).Order().ToDictionary(i => i, _ => 1), await StoredAnswersAsync(teacher.CheckId, EvidenceSource.Device));
        Assert.Equal(5, (await teacher.RowAsync(slip.Name)).Count(m => m is "✓" or "✗"));
    });

    [BrowserFact]
    public Task Tablet_ReloadWithAnAnswerNotYetSent_CarriesOnWhereItWasAndSendsItOnce() => LessonAsync(async (teacher, pupil, _) =>
    {
        await teacher.Visitor.SignInAsTeacherAsync();
        var slip = (await teacher.GivePinsAsync())[2];
        await teacher.StartCheckAsync(questions: 4);
        await pupil.SignInAsync(slip);
        var first = await pupil.AnswerAsync();
        await StoredEventuallyAsync(teacher.CheckId, 1);

        // Flaky school Wi-Fi: the page still loads, but the answer does not get through.
        await pupil.Page.RouteAsync(AnswersApi, route => route.AbortAsync());
        var second = await pupil.AnswerAsync();
        Assert.Contains(await pupil.QueueAsync(teacher.CheckId), a => a.Index == second && !a.Acknowledged);
        await pupil.Page.ReloadAsync();

        Assert.Equal((3, 4), await pupil.ProgressAsync());
        await Expect(pupil.Page.Locator($".pupil-question[data-index='{first}']")).ToBeHiddenAsync();
        await Expect(pupil.Page.Locator($".pupil-question[data-index='{second}']")).ToBeHiddenAsync();
        await pupil.Page.UnrouteAsync(AnswersApi);
        var rest = new[] { await pupil.AnswerAsync(), await pupil.AnswerAsync() };
        await Expect(pupil.Page.Locator("[data-saving]")).ToHaveTextAsync("Your answers are saved. You can sign out now.", new() { Timeout = 40_000 });

        await pupil.Page.ReloadAsync();
        await Expect(pupil.Page.GetByRole(AriaRole.Heading, new() { Name = "All done. Well done!" })).ToBeVisibleAsync();
        Assert.Equal(new[] { first, second }.Concat(rest).Order().ToDictionary(i => i, _ => 1), await StoredAnswersAsync(teacher.CheckId, EvidenceSource.Device));
        Assert.Equal(4, (await teacher.RowAsync(slip.Name)).Count(m => m is "✓" or "✗"));
    });
}
