using System.Globalization;
using System.Text.Json;
using KeepUp.Browser.Tests.Classroom;
using KeepUp.Browser.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace KeepUp.Browser.Tests.Mtc;

/// <summary>
/// The access arrangements that change what happens between and during questions: an adult typing
/// for the pupil (named before the practice), Next between questions with its idle prompt and
/// 30-minute limit, and read aloud speaking back each digit. Long waits are fast-forwarded on
/// Playwright's clock, which drives the check's timers and performance.now(); the official 6 s / 3 s
/// timing is measured in real time in <see cref="MtcCheckTests"/>.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed class MtcArrangementsTests(KeepUpSite site, ITestOutputHelper output) : ClassroomVisit(site, output)
{
    // Headless Chromium has no voices: record what would have been said, and end each reading at once.
    private const string SpeechRecorder = """
        window.__spoken = [];
        Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: {
          speak(utterance) { window.__spoken.push(utterance.text); setTimeout(() => utterance.onend && utterance.onend(), 0); },
          cancel() {}, pause() {}, resume() {}, getVoices() { return []; }, speaking: false, pending: false, paused: false,
        } });
        """;

    [BrowserFact]
    public Task Check_NextBetweenQuestionsWithInputAssistant_NameAskedFirstIdlePromptAt30SecondsAndLimitSendsWhatWasAnswered() => LessonAsync(async (teacher, tablet, tabletContext) =>
    {
        await teacher.Visitor.SignInAsTeacherAsync();
        var slip = (await teacher.GivePinsAsync())[6];
        await MtcClass.OpenCheckAsync(teacher);
        await MtcClass.SetArrangementsAsync(teacher, slip.Name, "Next between questions", "Input assistant");
        await tabletContext.Clock.InstallAsync();
        var pupil = new MtcPupil(tablet);
        await pupil.OpenAsync(slip);
        await pupil.StartAsync();

        // The adult's name comes before the practice, and the check will not go on without it.
        await Expect(pupil.Root).ToHaveAttributeAsync("data-screen", "assistant");
        await tablet.Page.GetByRole(AriaRole.Button, new() { Name = "Continue to the practice" }).ClickAsync();
        await Expect(tablet.Page.GetByText("Type the name of the adult who is typing the answers.")).ToBeVisibleAsync();
        await Expect(pupil.Root).ToHaveAttributeAsync("data-screen", "assistant");
        await tablet.Visitor.CheckAccessibilityAsync();
        await ScreenshotAsync(tablet.Page, "mtc-input-assistant-step", fullPage: false);
        await tablet.Page.GetByLabel("Name of the adult typing the answers").FillAsync("Mrs Patel");
        await tablet.Page.GetByRole(AriaRole.Button, new() { Name = "Continue to the practice" }).ClickAsync();
        for (var i = 1; i <= 3; i++)
        {
            await pupil.NextAsync();
            await pupil.AnswerAsync((await pupil.WaitForQuestionAsync($"Practice {i} of 3")).ToString(CultureInfo.InvariantCulture));
        }

        await tablet.Page.GetByRole(AriaRole.Button, new() { Name = "Start the check" }).ClickAsync();
        for (var q = 1; q <= 3; q++)
        {
            await pupil.NextAsync();
            await pupil.AnswerAsync((await pupil.WaitForQuestionAsync($"Question {q} of 25")).ToString(CultureInfo.InvariantCulture));
        }

        // Waiting at "Question 4": nothing at 25 seconds, the calm prompt by 31, gone at a key press.
        var idle = tablet.Page.Locator("[data-idle]");
        await Expect(tablet.Page.GetByRole(AriaRole.Button, new() { Name = "Next" })).ToBeVisibleAsync();
        await tabletContext.Clock.FastForwardAsync(25_000);
        await Expect(idle).ToBeHiddenAsync();
        await tabletContext.Clock.FastForwardAsync(6_000);
        await Expect(idle).ToBeVisibleAsync();
        await Expect(idle).ToHaveTextAsync("Are you still there? Press Next when you are ready.");
        await tablet.Visitor.CheckAccessibilityAsync();
        await ScreenshotAsync(tablet.Page, "mtc-idle-prompt", fullPage: false);
        await tablet.Page.Keyboard.PressAsync("Shift");
        await Expect(idle).ToBeHiddenAsync();

        // The 30 minutes run out while Next waits: the check ends and the three answers are sent.
        await tabletContext.Clock.FastForwardAsync("30:00");
        await Expect(pupil.Root).ToHaveAttributeAsync("data-screen", "done", new() { Timeout = 15_000 });
        var pupilId = await Site.QueryDatabaseAsync(db => db.Pupils.Where(p => p.Pin == slip.Pin).Select(p => p.Id).SingleAsync());
        var attempt = await Site.QueryDatabaseAsync(db => db.MtcAttempts.SingleAsync(a => a.PupilId == pupilId));
        var stored = await Site.QueryDatabaseAsync(db => db.MtcResponses.Where(r => r.AttemptId == attempt.Id).OrderBy(r => r.Position).ToListAsync());
        Assert.Equal(("Mrs Patel", 3), (attempt.InputAssistantName, attempt.Score));
        Assert.Equal(25, stored.Count);
        Assert.All(stored.Take(3), r => Assert.True(r.Correct && r.ByInputAssistant));
        Assert.All(stored.Skip(3), r => Assert.Equal(string.Empty, r.Answer));

        await teacher.Page.ReloadAsync();
        await Expect(teacher.Page.Locator("[data-mtc-status] tr", new() { HasTextString = slip.Name })).ToContainTextAsync("Answers typed by Mrs Patel");
        var csv = await (await teacher.Page.APIRequest.GetAsync(new Uri(teacher.Page.Url).AbsolutePath + ".csv")).TextAsync();
        Assert.Contains("Input assistant", csv.Split('\n')[0], StringComparison.Ordinal);
        Assert.Contains("Mrs Patel", csv.Split('\n').Single(l => l.Contains(slip.Name.Split(' ')[0], StringComparison.Ordinal)), StringComparison.Ordinal);
    });

    [BrowserFact]
    public Task Check_ReadAloud_EachDigitTypedIsSpokenBackAndTabRepeatsTheQuestion() => LessonAsync(async (teacher, tablet, _) =>
    {
        await teacher.Visitor.SignInAsTeacherAsync();
        var slip = (await teacher.GivePinsAsync())[10];
        await MtcClass.OpenCheckAsync(teacher);
        await MtcClass.SetArrangementsAsync(teacher, slip.Name, "Questions read aloud");
        await tablet.Page.AddInitScriptAsync(SpeechRecorder);
        var pupil = new MtcPupil(tablet);
        await pupil.OpenAsync(slip);
        await pupil.StartAsync();

        Assert.Equal(12, await pupil.WaitForQuestionAsync("Practice 1 of 3"));
        await tablet.Page.Keyboard.TypeAsync("12");
        await tablet.Page.Keyboard.PressAsync("Tab");
        await Expect(tablet.Page.Locator("[data-answer]")).ToBeFocusedAsync();
        await Expect(tablet.Page.Locator("[data-answer]")).ToHaveValueAsync("12");
        Assert.Equal(["1 times 12", "1", "2", "1 times 12"], await SpokenAsync(tablet.Page));

        // The on-screen pad speaks its digits too.
        await tablet.Page.Keyboard.PressAsync("Enter");
        await pupil.WaitForQuestionAsync("Practice 2 of 3");
        await tablet.Page.Locator(".mtc-key[data-digit='4']").TapAsync();
        Assert.Equal(["2 times 2", "4"], (await SpokenAsync(tablet.Page)).Skip(4));
    });

    private static async Task<IReadOnlyList<string>> SpokenAsync(IPage page) =>
        JsonSerializer.Deserialize<List<string>>(await page.EvaluateAsync<string>("() => JSON.stringify(window.__spoken)")) ?? [];
}
