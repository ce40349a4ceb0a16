using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KeepUp.Browser.Tests.Classroom;

/// <summary>
/// What the demo teacher does after a lesson without devices, through the class pages: start the
/// end-of-lesson check, mark it from paper (a mix of right and wrong), and plan the keep-up group's
/// same-day intervention, so the school pages have evidence to show.
/// </summary>
internal static class MarkedCheck
{
    /// <summary>Marks the first class's check; every fifth pupil all wrong, the next one right only on the middle question.</summary>
    public static async Task MarkAsync(IPage page, int interventions)
    {
        await page.GotoAsync("/class");
        await page.Locator("main a[href^='/class/']").Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex("Maple") }).First.ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Start the end-of-lesson check" }).ClickAsync();
        var inputs = page.Locator("input.mark-input");
        await Expect(inputs.First).ToBeVisibleAsync();
        var rows = await page.Locator("form.mark-grid-form tbody tr").CountAsync();
        var perRow = await inputs.CountAsync() / rows;
        for (var row = 0; row < rows; row++)
        {
            for (var question = 0; question < perRow; question++)
            {
                var right = (row % 5) switch { 0 => false, 1 => question == 1, _ => true };
                await inputs.Nth(row * perRow + question).FillAsync(right ? "1" : "0");
            }
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Save marks" }).ClickAsync();
        await Expect(page.Locator("main")).ToContainTextAsync("Saved:");
        var keepUp = page.Url.Split("/check/")[0] + "/keep-up";
        for (var i = 0; i < interventions; i++)
        {
            await page.GotoAsync(keepUp);
            await page.GetByRole(AriaRole.Button, new() { Name = "Plan a 10-minute intervention for this group" }).First.ClickAsync();
            await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/intervention/"));
        }

        await page.GotoAsync("/");
        var signOut = page.Locator("form.nav-signout button");
        await page.RunAndWaitForResponseAsync(() => signOut.ClickAsync(), response => response.Request.Method == "POST");
    }
}
