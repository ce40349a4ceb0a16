using KeepUp.Storage.Programme;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KeepUp.Web.Pages.Specialist;

public sealed class IndexModel(StaffDirectory directory, SpecialistWorkGroups workGroups, HubProgramme programme) : PageModel
{
    public string HubName { get; private set; } = string.Empty;

    public IReadOnlyList<HubSchool> Schools { get; private set; } = [];

    public IReadOnlyList<WorkGroupSummary> WorkGroups { get; private set; } = [];

    public bool IsLinked { get; private set; }

    /// <summary>Filled only for the hub's Mastery Readiness Lead.</summary>
    public IReadOnlyList<ReadinessSchool> ReadinessSchools { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        (HubName, Schools) = await HubPage.LoadAsync(directory, User);
        IsLinked = await workGroups.SpecialistOfAsync(User.UserId(), cancellationToken) is not null;
        WorkGroups = await workGroups.OwnAsync(User.UserId(), cancellationToken);
        ReadinessSchools = await programme.ReadinessSchoolsAsync(User.UserId(), cancellationToken);
    }
}
