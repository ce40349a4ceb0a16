using System.Text.Json;
using System.Text.RegularExpressions;
using KeepUp.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KeepUp.Browser.Tests.Classroom;

/// <summary>An answer waiting on the device for the server to acknowledge it.</summary>
public sealed record QueuedAnswer(Guid Id, int Index, string Answer, bool Acknowledged);

/// <summary>
/// A pupil on a shared classroom tablet: signs in by tapping the PIN pad, answers by tapping. The
/// tablet keeps answers in its own storage until the server has them.
/// </summary>
public sealed partial class PupilAtTablet(SiteVisitor visitor)
{
    /// <summary>The smallest target a child's finger hits reliably (WCAG 2.5.5, Apple and Android guidance).</summary>
    public const double SmallestTarget = 44;

    public IPage Page => visitor.Page;

    public SiteVisitor Visitor => visitor;

    public ILocator CurrentQuestion => Page.Locator(".pupil-question:not([hidden])");

    public ILocator Progress => Page.Locator("[data-progress]");

    public async Task SignInAsync(PinSlip slip)
    {
        await visitor.GoToAsync("/pupil");
        await Expect(visitor.Heading).ToHaveTextAsync("Hello! Sign in to do your maths");
        await Page.GetByLabel("School code").TapAsync();
        await Page.GetByLabel("School code").FillAsync(slip.SchoolCode);
        await AssertTargetsAreBigAsync(".pin-key", "button.pupil-go", ".pupil-input");
        // The pad sends the form by itself after the fourth digit.
        foreach (var digit in slip.Pin)
        {
            await Page.Locator($".pin-key[data-digit='{digit}']").TapAsync();
        }

        await Page.WaitForURLAsync("**/pupil/check");
        await Expect(Page.GetByText($"Hello, {slip.Name.Split(' ')[0]}!")).ToBeVisibleAsync();
    }

    /// <summary>Answers the question on screen by tapping (a choice, or the box then Next) and returns its position in the check.</summary>
    public async Task<int> AnswerAsync()
    {
        var question = CurrentQuestion;
        await Expect(question).ToHaveCountAsync(1);
        var index = int.Parse((await question.GetAttributeAsync("data-index"))!, System.Globalization.CultureInfo.InvariantCulture);
        var choices = question.Locator(".pupil-choice");
        if (await choices.CountAsync() > 0)
        {
            await AssertTargetsAreBigAsync(".pupil-question:not([hidden]) .pupil-choice");
            await choices.First.TapAsync();
        }
        else
        {
            await AssertTargetsAreBigAsync(".pupil-question:not([hidden]) .pupil-input", ".pupil-question:not([hidden]) button.pupil-go");
            var box = question.Locator(".pupil-input");
            await box.TapAsync();
            await box.FillAsync("12");
            await question.GetByRole(AriaRole.Button, new() { Name = "Next" }).TapAsync();
        }

        await Expect(Page.Locator($".pupil-question[data-index='{index}']")).ToBeHiddenAsync();
        return index;
    }

    /// <summary>"Question 3 of 5" as the page says it: (3, 5).</summary>
    public async Task<(int Position, int Of)> ProgressAsync()
    {
        var match = ProgressText().Match(await Progress.InnerTextAsync());
        Assert.True(match.Success, $"The progress line reads '{await Progress.InnerTextAsync()}'.");
        return (int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    /// <summary>The answers the tablet holds for a check, read from its local storage.</summary>
    public async Task<IReadOnlyList<QueuedAnswer>> QueueAsync(Guid checkId)
    {
        var json = await Page.EvaluateAsync<string?>("key => localStorage.getItem(key)", $"keepup.answers.{checkId}");
        if (json is null)
        {
            return [];
        }

        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.EnumerateObject().Select(p => new QueuedAnswer(
            p.Value.GetProperty("id").GetGuid(), p.Value.GetProperty("index").GetInt32(), p.Value.GetProperty("answer").GetString() ?? string.Empty, p.Value.GetProperty("acknowledged").GetBoolean()))];
    }

    /// <summary>Fails when any visible target matching a selector is smaller than 44×44 CSS pixels, as measured in the page.</summary>
    public async Task AssertTargetsAreBigAsync(params string[] selectors)
    {
        foreach (var selector in selectors)
        {
            var targets = await Page.Locator(selector).AllAsync();
            Assert.True(targets.Count > 0, $"No target matches {selector}.");
            foreach (var target in targets)
            {
                if (!await target.IsVisibleAsync())
                {
                    continue;
                }

                var box = await target.BoundingBoxAsync();
                Assert.NotNull(box);
                Assert.True(box.Width >= SmallestTarget && box.Height >= SmallestTarget,
                    $"{selector} '{(await target.InnerTextAsync()).Trim()}' is {box.Width:0.#}×{box.Height:0.#} CSS px; a child's finger needs {SmallestTarget}×{SmallestTarget}.");
            }
        }
    }

    [GeneratedRegex(@"Question (\d+) of (\d+)")]
    private static partial Regex ProgressText();
}
