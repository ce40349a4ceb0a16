using KeepUp.Storage.Programme;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KeepUp.Web.Pages.Specialist;

public sealed class IndexModel(StaffDirectory directory) : PageModel
{
    public string HubName { get; private set; } = string.Empty;

    public IReadOnlyList<HubSchool> Schools { get; private set; } = [];

    public async Task OnGetAsync() => (HubName, Schools) = await HubPage.LoadAsync(directory, User);
}
