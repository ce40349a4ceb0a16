using KeepUp.Storage.Classroom;
using KeepUp.Web.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KeepUp.Web.Pages.Pupils;

/// <summary>Pupil sign-in on a shared device: the school code (often remembered by the device) and a PIN.</summary>
public sealed class SignInModel(PupilSignIn signIn) : PageModel
{
    [BindProperty]
    public string SchoolCode { get; set; } = string.Empty;

    [BindProperty]
    public string Pin { get; set; } = string.Empty;

    public string? Error { get; private set; }

    public void OnGet() => SchoolCode = Request.Cookies["keepup.school-code"] ?? string.Empty;

    public async Task<IActionResult> OnPostAsync()
    {
        var address = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var result = await signIn.SignInAsync(SchoolCode, Pin, address);
        if (result.Value is not { } pupil)
        {
            Error = result.Error!.Message;
            Pin = string.Empty;
            return Page();
        }

        // The device keeps the school code, so the next pupil types only their PIN.
        Response.Cookies.Append("keepup.school-code", SchoolCode.Trim().ToUpperInvariant(), new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, MaxAge = TimeSpan.FromDays(365), IsEssential = true });
        await PupilAuthentication.SignInAsync(HttpContext, pupil);
        return Redirect("/pupil/check");
    }
}
