using KeepUp.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace KeepUp.Browser.Tests.Practice;

[Collection(BrowserTestGroup.Name)]
public sealed class TeachModeTests(KeepUpSite site, ITestOutputHelper output) : BrowserTest(site, output)
{
    private const string Tens = "y3-as-add-subtract-tens";

    [BrowserFact]
    public Task Keyboard_NextShowMeRevealAndBack_StepsThroughTheLessonAndAnnouncesEachSlide() => VisitAsync(async teacher =>
    {
        await teacher.SignInAsTeacherAsync();
        await teacher.TeachStepAsync(Tens);
        var page = teacher.Page;
        // Every slide is already in the page: a lesson goes on if the school's network drops.
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);
        var counter = page.GetByRole(AriaRole.Status);
        var slide = page.Locator(".slide.current");
        await Expect(counter).ToHaveTextAsync("Slide 1 of 9");
        await Expect(slide.GetByRole(AriaRole.Listitem).Last).ToHaveTextAsync("The ones digit stays the same.");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Back" })).ToBeDisabledAsync();

        await page.Keyboard.PressAsync("ArrowRight");
        await Expect(counter).ToHaveTextAsync("Slide 2 of 9");
        await Expect(slide.Locator("svg")).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("PageDown");
        await page.Keyboard.PressAsync(" ");
        await Expect(counter).ToHaveTextAsync("Slide 3 of 9: worked answer");
        await page.Keyboard.PressAsync(" ");
        await Expect(counter).ToHaveTextAsync("Slide 4 of 9");
        await Expect(slide.Locator(".slide-changed")).ToHaveTextAsync("What changed? the first number");
        await Expect(slide.Locator(".slide-answer")).ToBeHiddenAsync();

        await page.Keyboard.PressAsync(" ");
        await Expect(counter).ToHaveTextAsync("Slide 4 of 9: show me");
        await Expect(slide.GetByText("Show me!")).ToBeVisibleAsync();
        await Expect(slide.Locator(".slide-answer")).ToBeHiddenAsync();

        await page.Keyboard.PressAsync("ArrowRight");
        await Expect(counter).ToHaveTextAsync("Slide 4 of 9: answer");
        await Expect(slide.GetByText("Show me!")).ToBeHiddenAsync();
        await Expect(slide.Locator(".slide-answer-value")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^Answer: \d+$"));
        await Expect(slide.GetByText("What is the same? What is different?")).ToBeVisibleAsync();
        await teacher.CheckAccessibilityAsync(enhancedContrast: true);

        await page.Keyboard.PressAsync("ArrowLeft");
        await Expect(counter).ToHaveTextAsync("Slide 4 of 9: show me");
        await page.Keyboard.PressAsync("ArrowLeft");
        await page.Keyboard.PressAsync("ArrowLeft");
        await Expect(counter).ToHaveTextAsync("Slide 3 of 9: worked answer");
        Assert.Empty(requests);
    });

    [BrowserFact]
    public Task ButtonsAndClicks_NextSlide_RevealInTurnAndTheLastSlideLooksDeeper() => VisitAsync(async teacher =>
    {
        await teacher.SignInAsTeacherAsync();
        await teacher.TeachStepAsync(Tens);
        var page = teacher.Page;
        var counter = page.GetByRole(AriaRole.Status);

        await page.Locator(".slide.current h2").ClickAsync();
        await Expect(counter).ToHaveTextAsync("Slide 2 of 9");
        await page.Keyboard.PressAsync("End");
        await Expect(counter).ToHaveTextAsync("Slide 9 of 9: answer");
        await Expect(page.Locator(".slide.current .slide-kicker")).ToHaveTextAsync("Look deeper");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Next slide" })).ToBeDisabledAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Back" }).ClickAsync();
        await Expect(counter).ToHaveTextAsync("Slide 9 of 9: show me");
        await page.GetByRole(AriaRole.Button, new() { Name = "Reveal the answer" }).ClickAsync();
        await Expect(counter).ToHaveTextAsync("Slide 9 of 9: answer");

        await page.Locator(".slide.current .teacher-notes summary").ClickAsync();
        await Expect(page.Locator(".slide.current .teacher-notes li").First).ToBeVisibleAsync();
        await Expect(counter).ToHaveTextAsync("Slide 9 of 9: answer");
        await teacher.CheckAccessibilityAsync(enhancedContrast: true);
    });

    [BrowserFact]
    public Task FullScreen_KeyF_TogglesTheButtonsPressedState() => VisitAsync(async teacher =>
    {
        await teacher.SignInAsTeacherAsync();
        await teacher.TeachStepAsync(Tens);
        var page = teacher.Page;
        var button = page.GetByRole(AriaRole.Button, new() { Name = "Full screen" });

        await page.Keyboard.PressAsync("f");
        await Expect(button).ToHaveAttributeAsync("aria-pressed", "true");
        await page.Keyboard.PressAsync("f");
        await Expect(button).ToHaveAttributeAsync("aria-pressed", "false");
    });

    [BrowserFact]
    public Task ReducedMotion_Requested_SlidesAppearWithoutAnimating() => VisitAsync(async teacher =>
    {
        await teacher.SignInAsTeacherAsync();
        var page = teacher.Page;
        await page.EmulateMediaAsync(new() { ReducedMotion = ReducedMotion.Reduce });
        await teacher.TeachStepAsync(Tens);

        await page.Keyboard.PressAsync("ArrowRight");

        Assert.Equal("none", await page.Locator(".slide.current").EvaluateAsync<string>("e => getComputedStyle(e).animationName"));
    });

    [BrowserTheory]
    [InlineData(1920, 1080, 60)]
    [InlineData(1280, 720, 40)]
    [InlineData(390, 844, 28)]
    public async Task Screen_WhiteboardLaptopOrPhone_QuestionIsLargeAndNothingSpillsSideways(int width, int height, int smallestPromptPixels)
    {
        await using var context = await NewContextAsync(width, height);
        var page = await context.NewPageAsync();
        var teacher = new SiteVisitor(page, Output);
        await teacher.SignInAsTeacherAsync();
        await page.GotoAsync($"/teach/{Tens}?seed=1#slide-4");

        var prompt = page.Locator(".slide.current .slide-prompt");
        await Expect(prompt).ToBeInViewportAsync();
        var fontSize = await prompt.EvaluateAsync<double>("e => parseFloat(getComputedStyle(e).fontSize)");
        Assert.True(fontSize >= smallestPromptPixels, $"The prompt is {fontSize}px at {width}×{height}; at least {smallestPromptPixels}px is readable from the back of the room.");
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync("ArrowRight");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Next slide" })).ToBeInViewportAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), $"The slide is wider than {width}px.");
    }
}
