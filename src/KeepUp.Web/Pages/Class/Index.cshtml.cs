using KeepUp.Storage.Programme;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KeepUp.Web.Pages.Class;

public sealed class IndexModel(StaffDirectory directory) : PageModel
{
    public string Name { get; private set; } = string.Empty;

    public string SchoolName { get; private set; } = string.Empty;

    public async Task OnGetAsync()
    {
        var account = await directory.FindAccountAsync(User.UserId());
        Name = account?.DisplayName ?? string.Empty;
        SchoolName = (await directory.FindSchoolAsync(account?.SchoolId))?.Name ?? string.Empty;
    }
}
