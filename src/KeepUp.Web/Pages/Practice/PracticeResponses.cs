using KeepUp.Application.Common;

namespace KeepUp.Web.Pages.Practice;

/// <summary>How the practice pages answer an expected failure: the page's own message, with a status that says what kind.</summary>
internal static class PracticeResponses
{
    public static int StatusFor(Error error) => error switch
    {
        NotFoundError => StatusCodes.Status404NotFound,
        _ => StatusCodes.Status400BadRequest,
    };
}
