using KeepUp.Storage.Programme;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KeepUp.Web.Pages.Hub;

public sealed class IndexModel(StaffDirectory directory, HubProgramme programme) : PageModel
{
    public string HubName { get; private set; } = string.Empty;

    public IReadOnlyList<HubSchool> Schools { get; private set; } = [];

    public IReadOnlyList<HubSpecialist> Specialists { get; private set; } = [];

    public IReadOnlyList<HubWorkGroup> WorkGroups { get; private set; } = [];

    public string? ReadinessLead { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        (HubName, Schools) = await HubPage.LoadAsync(directory, User);
        var account = await directory.FindAccountAsync(User.UserId(), cancellationToken);
        if (account?.MathsHubId is { } hubId)
        {
            Specialists = await programme.SpecialistsAsync(hubId, cancellationToken);
            WorkGroups = await programme.WorkGroupsAsync(hubId, cancellationToken);
            ReadinessLead = await programme.ReadinessLeadAsync(hubId, cancellationToken);
        }
    }
}
