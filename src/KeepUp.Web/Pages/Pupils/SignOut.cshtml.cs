using KeepUp.Web.Hosting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KeepUp.Web.Pages.Pupils;

/// <summary>Signs the pupil out so the next child can use the device.</summary>
public sealed class SignOutModel : PageModel
{
    public async Task<IActionResult> OnPostAsync()
    {
        await HttpContext.SignOutAsync(PupilAuthentication.Scheme);
        return Redirect("/pupil");
    }
}
