using KeepUp.Browser.Tests.Classroom;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KeepUp.Browser.Tests.Mtc;

/// <summary>What Maple's teacher does on the class's times tables check page.</summary>
public static class MtcClass
{
    public static async Task OpenCheckAsync(ClassTeacher teacher)
    {
        ArgumentNullException.ThrowIfNull(teacher);
        await teacher.OpenMapleAsync();
        await teacher.Visitor.GoToAsync(new Uri(teacher.Page.Url).AbsolutePath + "/mtc");
        await Expect(teacher.Visitor.Heading).ToContainTextAsync("Multiplication tables check");
        await teacher.Page.GetByRole(AriaRole.Button, new() { Name = "Open the check" }).ClickAsync();
        await Expect(teacher.Page.GetByText("The check is open from")).ToBeVisibleAsync();
        await teacher.Visitor.CheckAccessibilityAsync();
    }

    /// <summary>Ticks these arrangements (by their labels) for one pupil and saves them.</summary>
    public static async Task SetArrangementsAsync(ClassTeacher teacher, string pupil, params string[] arrangements)
    {
        ArgumentNullException.ThrowIfNull(teacher);
        var row = teacher.Page.Locator("details", new() { Has = teacher.Page.Locator("summary", new() { HasTextString = pupil }) });
        await row.Locator("summary").ClickAsync();
        foreach (var arrangement in arrangements)
        {
            await row.GetByLabel(arrangement).CheckAsync();
        }

        await row.GetByRole(AriaRole.Button, new() { Name = "Save arrangements" }).ClickAsync();
        await Expect(teacher.Page.Locator("[data-mtc-status] tr", new() { HasTextString = pupil })).Not.ToContainTextAsync("none");
    }
}
