using System.Text;
using KeepUp.Storage.Mtc;
using KeepUp.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KeepUp.Web.Pages.Class;

/// <summary>The class's times tables check results as CSV: one line per pupil, formulas neutralised.</summary>
public sealed class MtcCsvModel(StaffScopes scopes, MtcClassResults results) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await scopes.CurrentAsync(User) is not { } scope)
        {
            return Forbid();
        }

        var report = await results.ForClassAsync(scope, id);
        return report.Value is { } found
            ? File(Encoding.UTF8.GetBytes(MtcClassResults.ToCsv(found)), "text/csv; charset=utf-8", $"{found.Class.Name}-times-tables-check.csv")
            : NotFound();
    }
}
