using KeepUp.Storage.Programme;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KeepUp.Web.Pages.School;

public sealed class IndexModel(StaffDirectory directory) : PageModel
{
    public string SchoolName { get; private set; } = string.Empty;

    public string Urn { get; private set; } = string.Empty;

    public string HubName { get; private set; } = "Not yet working with a Maths Hub";

    public IReadOnlyList<StaffMember> Staff { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var account = await directory.FindAccountAsync(User.UserId());
        var school = await directory.FindSchoolAsync(account?.SchoolId);
        if (school is null)
        {
            return;
        }

        SchoolName = school.Name;
        Urn = school.Urn.ToString(System.Globalization.CultureInfo.InvariantCulture);
        HubName = school.MathsHub?.Name ?? HubName;
        Staff = await directory.StaffOfSchoolAsync(school.Id);
    }
}
