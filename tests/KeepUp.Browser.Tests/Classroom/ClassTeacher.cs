using System.Globalization;
using System.Text.RegularExpressions;
using KeepUp.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace KeepUp.Browser.Tests.Classroom;

/// <summary>A pupil's PIN slip as the teacher prints it.</summary>
public sealed record PinSlip(string Name, string SchoolCode, string Pin);

/// <summary>Maple's teacher at the front of the class, on a laptop: PINs, the check, the grid.</summary>
public sealed partial class ClassTeacher(SiteVisitor visitor)
{
    public IPage Page => visitor.Page;

    public SiteVisitor Visitor => visitor;

    /// <summary>The check page the teacher is on, once a check is started (e.g. <c>/class/1/check/…</c>).</summary>
    public string CheckPath { get; private set; } = string.Empty;

    public Guid CheckId => Guid.Parse(CheckPath[(CheckPath.LastIndexOf('/') + 1)..]);

    public async Task OpenMapleAsync()
    {
        await visitor.GoToAsync("/class");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Maple" }).First.ClickAsync();
        await Expect(visitor.Heading).ToContainTextAsync("Maple");
    }

    /// <summary>Gives new PINs for the whole of today (tests run at any hour) and reads the printed slips.</summary>
    public async Task<IReadOnlyList<PinSlip>> GivePinsAsync()
    {
        await OpenMapleAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Sign-in PINs" }).ClickAsync();
        await Expect(visitor.Heading).ToContainTextAsync("Sign-in PINs");
        await Page.GetByLabel("from").FillAsync("00:00");
        await Page.GetByLabel("until").FillAsync("23:59");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Give new PINs for this time" }).ClickAsync();
        await Expect(Page.Locator(".pin-slip").First).ToBeVisibleAsync();
        await visitor.CheckAccessibilityAsync();
        var slips = new List<PinSlip>();
        foreach (var slip in await Page.Locator(".pin-slip").AllAsync())
        {
            var text = await slip.InnerTextAsync();
            var code = SchoolCodeText().Match(text).Groups[1].Value;
            slips.Add(new PinSlip((await slip.Locator(".pin-slip-name").InnerTextAsync()).Trim(), code, (await slip.Locator(".pin-slip-pin").InnerTextAsync()).Trim()));
        }

        return slips;
    }

    /// <summary>Starts today's end-of-lesson check from the class page, with this many questions.</summary>
    public async Task StartCheckAsync(int questions)
    {
        await OpenMapleAsync();
        await Page.GetByLabel("End-of-lesson check: questions").SelectOptionAsync(questions.ToString(CultureInfo.InvariantCulture));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Start the end-of-lesson check" }).ClickAsync();
        await Expect(visitor.Heading).ToContainTextAsync("End-of-lesson check");
        CheckPath = new Uri(Page.Url).AbsolutePath;
        await visitor.CheckAccessibilityAsync();
    }

    /// <summary>The marks in one pupil's row of the grid: ✓ or ✗ from devices, 1 or 0 typed from paper, blank for none.</summary>
    public async Task<IReadOnlyList<string>> RowAsync(string pupil)
    {
        await Page.GotoAsync(CheckPath);
        var row = Page.Locator("table.mark-grid tbody tr", new() { Has = Page.Locator("th", new() { HasTextString = pupil }) });
        var cells = await row.Locator("td").AllAsync();
        var marks = new List<string>();
        foreach (var cell in cells.SkipLast(1))
        {
            var input = cell.Locator("input");
            marks.Add(await input.CountAsync() > 0 ? await input.InputValueAsync() : (await cell.InnerTextAsync()).Trim()[..1]);
        }

        return marks;
    }

    [GeneratedRegex(@"School code:\s*(\S+)")]
    private static partial Regex SchoolCodeText();
}
