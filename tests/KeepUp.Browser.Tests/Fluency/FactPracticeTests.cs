using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using KeepUp.Browser.Tests.Classroom;
using KeepUp.Browser.Tests.Infrastructure;
using KeepUp.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace KeepUp.Browser.Tests.Fluency;

/// <summary>
/// Daily fact practice on a shared tablet: the pupil taps the number pad and types on a keyboard,
/// the Wi-Fi drops for a few facts, and every answer reaches the server exactly once; then the
/// teacher reads the class's fluency page.
/// </summary>
[Collection(BrowserTestGroup.Name)]
public sealed partial class FactPracticeTests(KeepUpSite site, ITestOutputHelper output) : ClassroomVisit(site, output)
{
    [BrowserFact]
    public Task Tablet_TapsTypesAndGoesOffline_EachAnswerStoredExactlyOnce() => LessonAsync(async (teacher, pupil, tablet) =>
    {
        await teacher.Visitor.SignInAsTeacherAsync();
        var slip = (await teacher.GivePinsAsync())[4];
        await pupil.SignInAsync(slip);
        await pupil.Visitor.GoToAsync("/pupil/practice");
        var page = pupil.Page;
        var root = page.Locator("[data-practice]");
        var pupilId = Guid.Parse((await root.GetAttributeAsync("data-pupil"))!);
        var day = (await root.GetAttributeAsync("data-day"))!;
        await Expect(page.Locator("[data-progress]")).ToHaveTextAsync(ProgressText());
        await pupil.AssertTargetsAreBigAsync(".fact-key");
        await pupil.Visitor.CheckAccessibilityAsync();
        await ScreenshotAsync(page, "Fluency.practice-tablet", fullPage: false);

        for (var i = 0; i < 5; i++)
        {
            await AnswerAsync(page, tap: true, right: i != 2);
        }

        for (var i = 0; i < 5; i++)
        {
            await AnswerAsync(page, tap: false, right: i != 1);
        }

        await StoredEventuallyAsync(pupilId, 10);
        await tablet.SetOfflineAsync(true);
        for (var i = 0; i < 3; i++)
        {
            await AnswerAsync(page, tap: true, right: true);
        }

        var queued = await QueueAsync(page, pupilId, day);
        Assert.Equal(3, queued.Count(a => !a.Acknowledged));
        Assert.Equal(10, (await StoredAsync(pupilId)).Sum(p => p.Value));

        await tablet.SetOfflineAsync(false);
        await StoredEventuallyAsync(pupilId, 13, seconds: 40);
        var stored = await StoredAsync(pupilId);
        Assert.Equal(Enumerable.Range(1, 13).ToDictionary(p => p, _ => 1), stored);
        var until = DateTime.UtcNow.AddSeconds(10);
        while ((await QueueAsync(page, pupilId, day)).Any(a => !a.Acknowledged))
        {
            Assert.True(DateTime.UtcNow < until, "The tablet still holds unacknowledged answers.");
            await Task.Delay(100);
        }

        await ScreenshotAsync(page, "Fluency.practice-tablet-after", fullPage: false);
        await teacher.Visitor.GoToAsync("/class");
        await teacher.OpenMapleAsync();
        await teacher.Page.GetByRole(AriaRole.Link, new() { Name = "Fact fluency" }).ClickAsync();
        await Expect(teacher.Visitor.Heading).ToContainTextAsync("Fact fluency");
        await teacher.Visitor.CheckAccessibilityAsync();
        await ScreenshotAsync(teacher.Page, "Fluency.class-fluency");
        await teacher.Page.GetByRole(AriaRole.Link, new() { Name = slip.Name }).First.ClickAsync();
        await Expect(teacher.Visitor.Heading).ToContainTextAsync(slip.Name);
        await teacher.Visitor.CheckAccessibilityAsync();
        await ScreenshotAsync(teacher.Page, "Fluency.pupil-fluency");
    });

    /// <summary>Answers the fact on screen by the pad or the keyboard, right or wrong, and waits for the next one.</summary>
    private static async Task AnswerAsync(IPage page, bool tap, bool right)
    {
        var progress = await page.Locator("[data-progress]").InnerTextAsync();
        var prompt = (await page.Locator("[data-prompt]").InnerTextAsync()).Trim();
        var answer = await page.EvaluateAsync<string>(
            "p => Array.from(document.querySelectorAll('[data-facts] li')).find(li => li.textContent === p || li.textContent + ' =' === p).dataset.answer", prompt);
        var typed = right ? answer : (int.Parse(answer, CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture);
        if (tap)
        {
            foreach (var digit in typed)
            {
                await page.Locator($".fact-key[data-digit='{digit}']").TapAsync();
            }

            await Expect(page.Locator("[data-typed]")).ToHaveTextAsync(typed);
            await page.Locator("[data-go]").TapAsync();
        }
        else
        {
            await page.Keyboard.TypeAsync(typed);
            await Expect(page.Locator("[data-typed]")).ToHaveTextAsync(typed);
            await page.Keyboard.PressAsync("Enter");
        }

        if (right)
        {
            await Expect(page.Locator("[data-feedback]")).ToHaveTextAsync("✓ Yes!");
        }
        else
        {
            // No red cross: the right answer, shown calmly, and the pupil moves on when ready.
            await Expect(page.Locator("[data-feedback]")).ToContainTextAsync("= " + answer);
            await (tap ? page.Locator("[data-go]").TapAsync() : page.Keyboard.PressAsync("Enter"));
        }

        await Expect(page.Locator("[data-progress]")).Not.ToHaveTextAsync(progress);
    }

    private Task<Dictionary<int, int>> StoredAsync(Guid pupilId)
    {
        // Today's answers only: the demo class comes with a fortnight of practice.
        var today = TimeProvider.System.SchoolToday();
        return Site.QueryDatabaseAsync(db => db.FactAnswers.Where(a => a.PupilId == pupilId && a.Day == today)
            .GroupBy(a => a.Position).Select(g => new { Position = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Position, g => g.Count));
    }

    private async Task StoredEventuallyAsync(Guid pupilId, int answers, int seconds = 10)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while ((await StoredAsync(pupilId)).Sum(p => p.Value) != answers)
        {
            Assert.True(DateTime.UtcNow < until, $"The server did not hold {answers} answers within {seconds} seconds.");
            await Task.Delay(100);
        }
    }

    private static async Task<IReadOnlyList<(int Position, bool Acknowledged)>> QueueAsync(IPage page, Guid pupilId, string day)
    {
        var json = await page.EvaluateAsync<string?>("key => localStorage.getItem(key)", $"keepup.facts.{pupilId:N}.{day}");
        if (json is null)
        {
            return [];
        }

        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.EnumerateObject().Select(p => (p.Value.GetProperty("position").GetInt32(), p.Value.GetProperty("acknowledged").GetBoolean()))];
    }

    [GeneratedRegex(@"^Fact \d+ of \d+$")]
    private static partial Regex ProgressText();
}
