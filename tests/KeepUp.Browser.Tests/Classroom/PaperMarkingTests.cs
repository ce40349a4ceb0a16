using KeepUp.Browser.Tests.Infrastructure;
using KeepUp.Storage.Classroom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace KeepUp.Browser.Tests.Classroom;

/// <summary>A class without devices: the teacher marks the pile of papers into the grid with the keyboard alone.</summary>
[Collection(BrowserTestGroup.Name)]
public sealed class PaperMarkingTests(KeepUpSite site, ITestOutputHelper output) : ClassroomVisit(site, output)
{
    [BrowserFact]
    public Task PaperGrid_KeyboardOnly_MarksAreStoredAndACorrectionOnceWithWhoMadeIt() => LessonAsync(async (teacher, _, _) =>
    {
        await teacher.Visitor.SignInAsTeacherAsync();
        await teacher.StartCheckAsync(questions: 3);
        var page = teacher.Page;
        var marks = page.Locator("input.mark-input");
        await Expect(marks.First).ToBeVisibleAsync();

        await TabIntoTheGridAsync(page);
        Assert.Equal(await marks.Nth(0).GetAttributeAsync("aria-label"), await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('aria-label')"));
        // Row 1: right, wrong, right; the cursor moves on by itself into row 2.
        await page.Keyboard.TypeAsync("101");
        // Row 2: wrong on Q1; then down to row 3 and back left to its Q1.
        await page.Keyboard.TypeAsync("0");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.TypeAsync("1");
        await page.Keyboard.PressAsync("ArrowLeft");
        await page.Keyboard.PressAsync("ArrowLeft");
        await page.Keyboard.TypeAsync("1");
        await Expect(marks.Nth(0).Locator("xpath=..")).ToHaveClassAsync("cell-right");
        await Expect(marks.Nth(1).Locator("xpath=..")).ToHaveClassAsync("cell-wrong");
        await teacher.Visitor.CheckAccessibilityAsync();
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved: 6 marks changed.");
        Assert.Equal(["1", "0", "1", "0", "", "", "1", "1", ""], await ValuesAsync(marks, 9));
        var stored = await PaperMarksAsync(teacher.CheckId);
        Assert.Equal(6, stored.Count);
        Assert.Equal(4, stored.Count(e => e.Correct));
        var teacherId = stored[0].RecordedBy;
        Assert.False(string.IsNullOrEmpty(teacherId));

        // A second look at the first paper: question 2 was right after all.
        await TabIntoTheGridAsync(page);
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.TypeAsync("1");
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Saved: 1 mark changed.");
        var corrected = await PaperMarksAsync(teacher.CheckId);
        Assert.Equal(6, corrected.Count);
        Assert.Equal(5, corrected.Count(e => e.Correct));
        Assert.All(corrected, e => Assert.Equal(teacherId, e.RecordedBy));
        await ScreenshotAsync(page, "Classroom.teacher-paper-grid");
    });

    /// <summary>Tabs in from the top of the page, as a teacher without a mouse would, to the first mark.</summary>
    private static async Task TabIntoTheGridAsync(IPage page)
    {
        for (var presses = 0; presses < 60 && !await page.EvaluateAsync<bool>("() => document.activeElement?.classList.contains('mark-input')"); presses++)
        {
            await page.Keyboard.PressAsync("Tab");
        }
    }

    private static async Task<string[]> ValuesAsync(ILocator marks, int count)
    {
        var values = new string[count];
        for (var i = 0; i < count; i++)
        {
            values[i] = await marks.Nth(i).InputValueAsync();
        }

        return values;
    }

    private Task<List<Evidence>> PaperMarksAsync(Guid checkId) =>
        Site.QueryDatabaseAsync(db => db.Evidence.AsNoTracking().Where(e => e.CheckId == checkId && e.Source == EvidenceSource.Paper).ToListAsync());
}
