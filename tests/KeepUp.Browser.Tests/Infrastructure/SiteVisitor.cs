using KeepUp.Storage.Demo;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace KeepUp.Browser.Tests.Infrastructure;

/// <summary>
/// A person using KeepUp in Chromium: each method is something a teacher does, through the same
/// links and forms they would use, so a test reads as a visit rather than as selectors.
/// </summary>
public sealed class SiteVisitor(IPage page, ITestOutputHelper output)
{
    public IPage Page => page;

    public ILocator Heading => page.Locator("main h1");

    public async Task<IResponse?> GoToAsync(string path)
    {
        var response = await page.GotoAsync(path);
        await CheckAccessibilityAsync();
        return response;
    }

    public async Task SignInAsync(string email, string password)
    {
        await GoToAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true }).First.ClickAsync();
        await Expect(Heading).ToHaveTextAsync("Sign in");
        await CheckAccessibilityAsync();
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        // Wait for the server's answer to the form, set up before the click: waiting for a load state
        // after the click raced the navigation on a busy CI machine and once hung for 30 s.
        var signIn = page.Locator("main form").GetByRole(AriaRole.Button, new() { Name = "Sign in" });
        await page.RunAndWaitForResponseAsync(() => signIn.ClickAsync(), response => response.Request.Method == "POST");
    }

    public async Task SignInAsTeacherAsync()
    {
        await SignInAsync("teacher@demo.keepup.school", DemoData.Password);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
    }

    public async Task OpenCurriculumAsync()
    {
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Curriculum", Exact = true }).ClickAsync();
        await Expect(Heading).ToHaveTextAsync("The curriculum, as small steps");
        await CheckAccessibilityAsync();
    }

    public async Task OpenYearAsync(int year)
    {
        await page.Locator("a.year-card", new() { HasText = $"Year {year}" }).ClickAsync();
        await Expect(Heading).ToHaveTextAsync($"Year {year}");
        await CheckAccessibilityAsync();
    }

    /// <summary>Opens the first small step listed on the year page and returns its title.</summary>
    public async Task<string> OpenFirstStepAsync()
    {
        var link = page.Locator("ol.step-list a").First;
        var title = (await link.TextContentAsync())?.Trim() ?? string.Empty;
        await link.ClickAsync();
        await OpenedStepAsync(title);
        return title;
    }

    /// <summary>Opens a step by following the result or list link with this title.</summary>
    public async Task OpenStepAsync(string title)
    {
        await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = title, Exact = true }).First.ClickAsync();
        await OpenedStepAsync(title);
    }

    public async Task SearchFromHeaderAsync(string query)
    {
        var box = page.GetByRole(AriaRole.Search).GetByRole(AriaRole.Searchbox, new() { Name = "Search steps" });
        await box.FillAsync(query);
        await box.PressAsync("Enter");
        await Expect(Heading).ToHaveTextAsync("Search the curriculum");
        await CheckAccessibilityAsync();
    }

    public async Task OpenMixedAgeAsync(int younger, int older)
    {
        await GoToAsync($"/curriculum/mixed-age?younger={younger}&older={older}");
        await Expect(Heading).ToHaveTextAsync("Mixed-age planning");
    }

    /// <summary>Opens a step's page and follows "Teach this step" into teach mode's first slide.</summary>
    public async Task TeachStepAsync(string stepId)
    {
        await GoToAsync($"/curriculum/steps/{stepId}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Teach this step" }).ClickAsync();
        await Expect(page.Locator(".slide.current h2")).ToBeVisibleAsync();
        await CheckAccessibilityAsync(enhancedContrast: true);
    }

    /// <summary>Opens a step's page and asks for class sheets for this many pupils.</summary>
    public async Task MakeClassSheetsAsync(string stepId, int pupils)
    {
        await GoToAsync($"/curriculum/steps/{stepId}");
        await page.GetByLabel("Class sheets, one per pupil:").FillAsync(pupils.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Make class sheets" }).ClickAsync();
        await Expect(Heading).ToContainTextAsync("Worksheet: ");
        await CheckAccessibilityAsync();
    }

    /// <summary>Fails on serious or critical axe-core violations; lesser ones are written to the test output.</summary>
    public async Task CheckAccessibilityAsync(bool enhancedContrast = false)
    {
        // Contrast is judged on the page at rest: half-way through a fade, text is paler than it will be.
        await page.EvaluateAsync("() => Promise.all(document.getAnimations().map(a => a.finished))");
        var violations = await AxeCheck.RunAsync(page, enhancedContrast);
        foreach (var minor in violations.Where(v => !v.IsBlocking))
        {
            output.WriteLine($"axe on {page.Url}: {minor}");
        }

        var blocking = violations.Where(v => v.IsBlocking).ToList();
        Assert.True(blocking.Count == 0,
            $"axe-core found {blocking.Count} serious or critical problem(s) on {page.Url}:{Environment.NewLine}" +
            string.Join(Environment.NewLine, blocking));
    }

    private async Task OpenedStepAsync(string title)
    {
        await Expect(Heading).ToHaveTextAsync(title);
        await CheckAccessibilityAsync();
    }
}
