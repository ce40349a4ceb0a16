using System.Globalization;
using System.Text;
using KeepUp.Domain.Imports;
using KeepUp.Storage;
using KeepUp.Storage.Classroom;
using KeepUp.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace KeepUp.Web.Pages.Class;

/// <summary>
/// A class's evidence as CSV for a spreadsheet: one row per answer. Cells a spreadsheet would run
/// as a formula (starting = + - @) are neutralised, since answers are typed by children.
/// </summary>
public sealed class EvidenceModel(StaffScopes scopes, ClassAccess access, KeepUpDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await scopes.CurrentAsync(User) is not { IsTeachingAssistant: false } scope)
        {
            return Forbid();
        }

        if (await access.FindAsync(scope, id) is not { } schoolClass)
        {
            return NotFound();
        }

        var pupils = (await access.PupilsOfAsync(schoolClass)).ToDictionary(p => p.Id);
        var ids = pupils.Keys.ToList();
        var evidence = await db.Evidence.AsNoTracking().Where(e => e.SchoolId == scope.SchoolId && ids.Contains(e.PupilId)).ToListAsync();
        var csv = new StringBuilder();
        csv.AppendLine("UPN,Forename,Surname,Step,Seed,Question,Answer,Correct,Misconception,Seconds,Source,Date");
        foreach (var e in evidence.OrderBy(e => pupils[e.PupilId].Surname, StringComparer.Ordinal).ThenBy(e => e.AnsweredAt))
        {
            var pupil = pupils[e.PupilId];
            csv.AppendLine(CsvCell.Line(
            [
                pupil.Upn, pupil.Forename, pupil.Surname, e.StepId,
                e.Seed.ToString(CultureInfo.InvariantCulture), e.QuestionIndex.ToString(CultureInfo.InvariantCulture),
                e.Answer, e.Correct ? "yes" : "no", e.Misconception,
                e.MillisecondsTaken is { } ms ? (ms / 1000.0).ToString("0.0", CultureInfo.InvariantCulture) : null,
                e.Source.ToString(), e.AnsweredOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ]));
        }

        return File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv; charset=utf-8", $"{schoolClass.Name}-evidence.csv");
    }
}
