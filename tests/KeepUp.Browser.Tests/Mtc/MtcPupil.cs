using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using KeepUp.Browser.Tests.Classroom;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KeepUp.Browser.Tests.Mtc;

/// <summary>One screen of the check as the page showed it, timed in the page on performance.now().</summary>
public sealed record MtcScreen(string Screen, string Label, double At);

/// <summary>A pupil taking the times tables check on a tablet with a keyboard.</summary>
public sealed partial class MtcPupil(PupilAtTablet tablet)
{
    // Logs every change of screen, with the page's own monotonic clock, from outside the check's code.
    private const string ScreenLog = """
        window.__mtcScreens = [];
        document.addEventListener('DOMContentLoaded', () => {
          const root = document.querySelector('[data-mtc]');
          if (!root) return;
          let last = null;
          new MutationObserver(() => {
            const screen = root.dataset.screen;
            if (screen === last) return;
            last = screen;
            const label = screen === 'question' ? root.querySelector('[data-progress]').textContent : screen === 'pause' ? root.querySelector('[data-pause-text]').textContent : '';
            window.__mtcScreens.push({ screen, label, at: performance.now() });
          }).observe(root, { attributes: true, attributeFilter: ['data-screen'] });
        });
        """;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public IPage Page => tablet.Page;

    public ILocator Root => Page.Locator("[data-mtc]");

    public async Task OpenAsync(PinSlip slip)
    {
        await tablet.SignInAsync(slip);
        await Page.AddInitScriptAsync(ScreenLog);
        await tablet.Visitor.GoToAsync("/pupil/mtc");
    }

    public async Task StartAsync()
    {
        await Expect(Root).ToHaveAttributeAsync("data-screen", "intro");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Start the practice" }).ClickAsync();
    }

    /// <summary>Waits for the question with this progress line ("Question 3 of 25", "Practice 1 of 3") and returns its product.</summary>
    public async Task<int> WaitForQuestionAsync(string progress, float timeout = 15_000)
    {
        await Expect(Page.Locator("[data-progress]")).ToHaveTextAsync(progress, new() { Timeout = timeout });
        await Expect(Root).ToHaveAttributeAsync("data-screen", "question", new() { Timeout = timeout });
        var sum = Sum().Match(await Page.Locator("[data-sum]").InnerTextAsync());
        return int.Parse(sum.Groups[1].Value, CultureInfo.InvariantCulture) * int.Parse(sum.Groups[2].Value, CultureInfo.InvariantCulture);
    }

    /// <summary>Types the answer on the keyboard and presses Enter, which moves on to the pause.</summary>
    public async Task AnswerAsync(string answer)
    {
        await Page.Keyboard.TypeAsync(answer);
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Root).Not.ToHaveAttributeAsync("data-screen", "question");
    }

    /// <summary>With next-between-questions: waits for the Next button and taps it.</summary>
    public async Task NextAsync()
    {
        var next = Page.GetByRole(AriaRole.Button, new() { Name = "Next" });
        await Expect(next).ToBeVisibleAsync(new() { Timeout = 10_000 });
        await next.ClickAsync();
    }

    public async Task<IReadOnlyList<MtcScreen>> ScreensAsync()
    {
        var json = await Page.EvaluateAsync<string>("() => JSON.stringify(window.__mtcScreens)");
        return JsonSerializer.Deserialize<List<MtcScreen>>(json, Json) ?? [];
    }

    /// <summary>How long each screen with this name and label was shown, in milliseconds.</summary>
    public static IReadOnlyList<(string Label, double Milliseconds)> Durations(IReadOnlyList<MtcScreen> screens, string screen) =>
        [.. screens.Zip(screens.Skip(1)).Where(p => p.First.Screen == screen).Select(p => (p.First.Label, p.Second.At - p.First.At))];

    [GeneratedRegex(@"(\d+)\s*×\s*(\d+)")]
    private static partial Regex Sum();
}
