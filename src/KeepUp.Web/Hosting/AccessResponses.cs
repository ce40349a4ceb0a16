using Microsoft.AspNetCore.Authentication.Cookies;

namespace KeepUp.Web.Hosting;

/// <summary>
/// What a request gets when it may not go on. Pages: anonymous visitors go to sign-in, signed-in
/// staff of another role get a 403 page. The API never redirects: 401 or 403 with ProblemDetails.
/// </summary>
internal static class AccessResponses
{
    public static CookieAuthenticationEvents CookieEvents { get; } = new()
    {
        OnRedirectToLogin = context =>
        {
            if (IsApi(context.HttpContext))
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return Task.CompletedTask;
            }

            context.Response.Redirect(context.RedirectUri);
            return Task.CompletedTask;
        },
        OnRedirectToAccessDenied = context =>
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        },
    };

    public static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);
}
