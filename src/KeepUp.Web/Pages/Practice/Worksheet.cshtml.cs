using KeepUp.Application.Curriculum;
using KeepUp.Application.Practice;
using KeepUp.Domain.Curriculum;
using KeepUp.Web.Worksheets;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KeepUp.Web.Pages.Practice;

/// <summary>
/// Printable worksheets for a step: one sheet, or a class set (one per pupil, consecutive seeds),
/// followed by answer pages. A wrong count or seed keeps the form on screen with the reason.
/// </summary>
public sealed class WorksheetModel(CurriculumQueries curriculum, WorksheetQueries worksheets) : PageModel
{
    public SmallStep? Step { get; private set; }

    public long Seed { get; private set; }

    public int Pupils { get; private set; }

    public int Sheets { get; private set; }

    public string? Error { get; private set; }

    public string SheetsHtml { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(string id, long? seed, int? pupils)
    {
        Step = curriculum.FindStep(id).Value;
        if (Step is null)
        {
            return NotFound();
        }

        Seed = seed ?? 1;
        Pupils = pupils ?? 1;
        var built = worksheets.Build(Step.Id.Value, Seed, Pupils);
        if (built.Value is not { } worksheet)
        {
            Error = built.Error!.Message;
            Response.StatusCode = PracticeResponses.StatusFor(built.Error);
            return Page();
        }

        Sheets = worksheet.Sheets.Count;
        SheetsHtml = await WorksheetHtml.RenderAsync(worksheet);
        return Page();
    }
}
