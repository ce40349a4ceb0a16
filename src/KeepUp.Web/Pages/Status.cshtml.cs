using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KeepUp.Web.Pages;

/// <summary>The friendly page shown for 403, 404 and other bare statuses; the status code is kept.</summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public string Heading { get; private set; } = "Something went wrong";

    public string Explanation { get; private set; } = "Please try again.";

    public void OnGet(int code) => Describe(code);

    public void OnPost(int code) => Describe(code);

    private void Describe(int code)
    {
        (Heading, Explanation) = code switch
        {
            StatusCodes.Status404NotFound => ("Page not found", "There is no page at this address. If you followed a link to a small step, the step may have a different id — try searching for it."),
            StatusCodes.Status403Forbidden => ("This page is for another role", "Your account cannot open this page. Each role sees only its own work; ask your maths lead or hub if you need different access."),
            StatusCodes.Status400BadRequest => ("The request could not be read", "Something in the address or form was not understood. Please go back and try again."),
            _ => ("Something went wrong", "Please try again in a moment."),
        };
    }
}
