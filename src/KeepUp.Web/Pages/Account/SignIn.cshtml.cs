using KeepUp.Storage.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KeepUp.Web.Pages.Account;

/// <summary>
/// Staff sign-in. Wrong email, wrong password and a locked account all get the same message, so
/// the page never tells a stranger which accounts exist.
/// </summary>
public sealed class SignInModel(SignInManager<StaffAccount> signIn) : PageModel
{
    public string? ReturnUrl { get; private set; }

    public string? Email { get; private set; }

    public bool Failed { get; private set; }

    public void OnGet(string? returnUrl) => ReturnUrl = returnUrl;

    public async Task<IActionResult> OnPostAsync(string? email, string? password, string? returnUrl)
    {
        ReturnUrl = returnUrl;
        Email = email;
        if (!string.IsNullOrWhiteSpace(email) && !string.IsNullOrEmpty(password))
        {
            var result = await signIn.PasswordSignInAsync(email.Trim(), password, isPersistent: false, lockoutOnFailure: true);
            if (result.Succeeded)
            {
                return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
            }
        }

        Failed = true;
        return Page();
    }
}
