using KeepUp.Storage;
using KeepUp.Domain.Calendar;
using KeepUp.Storage.Programme;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KeepUp.Web.Pages.Specialist;

public sealed class NewWorkGroupModel(SpecialistWorkGroups workGroups, TimeProvider clock) : PageModel
{
    [BindProperty]
    public string? Year { get; set; }

    [BindProperty]
    public string? Type { get; set; }

    public string? Problem { get; private set; }

    public void OnGet() => Year = AcademicYear.Containing(clock.SchoolToday()).ToString();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var created = await workGroups.CreateAsync(User.UserId(), Year, Type, cancellationToken);
        if (created.IsSuccess)
        {
            return Redirect($"/specialist/work-groups/{created.Value}");
        }

        Problem = created.Error!.Message;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
