using System.Globalization;
using KeepUp.Application.Common;
using KeepUp.Domain.Programme;
using KeepUp.Storage.Programme;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KeepUp.Web.Pages.Specialist;

/// <summary>A member row as the form posts it.</summary>
public sealed class MemberInput
{
    public int Urn { get; set; }

    public string? FirstTeacher { get; set; }

    public string? SecondTeacher { get; set; }

    public bool Remove { get; set; }
}

/// <summary>One of the specialist's own Work Groups: details, schools and teachers, meetings, visits.</summary>
public sealed class WorkGroupModel(SpecialistWorkGroups workGroups, FundingClaims claims) : PageModel
{
    public WorkGroupView? Group { get; private set; }

    public string? Problem { get; private set; }

    public string? Saved { get; private set; }

    public IReadOnlyList<FundingClaim> Claims { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, string? saved, CancellationToken cancellationToken)
    {
        Saved = saved;
        return await LoadAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostDetailsAsync(int id, string? year, string? type, CancellationToken cancellationToken) =>
        await AfterAsync(id, await workGroups.UpdateAsync(User.UserId(), id, year, type, cancellationToken), "Details saved.", cancellationToken);

    public async Task<IActionResult> OnPostMembersAsync(int id, List<MemberInput> members, string? add, CancellationToken cancellationToken)
    {
        var forms = members.Where(m => !m.Remove).Select(m => new MemberForm(m.Urn, m.FirstTeacher, m.SecondTeacher)).ToList();
        foreach (var text in (add ?? string.Empty).Split([',', ' ', '\n', '\r', ';'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!Urn.TryParse(text, out var urn))
            {
                return await FailAsync(id, $"\"{text}\" is not a URN: a URN has six digits.", cancellationToken);
            }

            forms.Add(new MemberForm(urn.Value, null, null));
        }

        return await AfterAsync(id, await workGroups.SetMembersAsync(User.UserId(), id, forms, cancellationToken), "Schools and teachers saved.", cancellationToken);
    }

    public async Task<IActionResult> OnPostMeetingAsync(int id, DateOnly? date, int attendance, string? agenda, string? notes, CancellationToken cancellationToken) =>
        date is not { } day
            ? await FailAsync(id, "Give the date of the meeting.", cancellationToken)
            : await AfterAsync(id, await workGroups.AddMeetingAsync(User.UserId(), id, day, attendance, agenda, notes, cancellationToken), "Meeting recorded.", cancellationToken);

    public async Task<IActionResult> OnPostVisitAsync(int id, int schoolId, DateOnly? date, BigIdea focus, string? notes, CancellationToken cancellationToken) =>
        date is not { } day
            ? await FailAsync(id, "Give the date of the visit.", cancellationToken)
            : await AfterAsync(id, await workGroups.AddVisitAsync(User.UserId(), id, schoolId, day, focus, notes, cancellationToken), "Support visit recorded.", cancellationToken);

    public async Task<IActionResult> OnPostClaimAsync(int id, int schoolId, FundingKind kind, string? days, string? amount, CancellationToken cancellationToken) =>
        await AfterAsync(id, await claims.SubmitAsync(User.UserId(), id, schoolId, kind, days, amount, cancellationToken), "Funding claim submitted to the hub lead.", cancellationToken);

    private async Task<IActionResult> AfterAsync<T>(int id, Result<T> result, string message, CancellationToken cancellationToken)
    {
        if (result.Error is NotFoundError)
        {
            return NotFound();
        }

        return result.IsSuccess
            ? Redirect(string.Create(CultureInfo.InvariantCulture, $"/specialist/work-groups/{id}?saved={Uri.EscapeDataString(message)}"))
            : await FailAsync(id, result.Error!.Message, cancellationToken);
    }

    private async Task<IActionResult> FailAsync(int id, string problem, CancellationToken cancellationToken)
    {
        Problem = problem;
        var page = await LoadAsync(id, cancellationToken);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return page;
    }

    private async Task<IActionResult> LoadAsync(int id, CancellationToken cancellationToken)
    {
        var group = await workGroups.OpenAsync(User.UserId(), id, cancellationToken);
        if (group.Value is null)
        {
            return NotFound();
        }

        Group = group.Value;
        Claims = await claims.OfWorkGroupAsync(User.UserId(), id, cancellationToken);
        return Page();
    }
}
