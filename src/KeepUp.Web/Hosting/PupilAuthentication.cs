using System.Security.Claims;
using KeepUp.Storage.Classroom;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;

namespace KeepUp.Web.Hosting;

/// <summary>
/// Pupils have their own cookie, separate from staff sign-in: a pupil's cookie opens only the pupil
/// pages and the pupil API, and a staff cookie never opens those. It lasts a school day at most.
/// </summary>
public static class PupilAuthentication
{
    public const string Scheme = "Pupil";
    public const string Policy = "pupil";
    public const string Role = "Pupil";
    private const string SchoolClaim = "keepup:school";

    public static void AddPupilAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication().AddCookie(Scheme, cookie =>
        {
            cookie.LoginPath = "/pupil";
            cookie.Cookie.Name = "keepup.pupil";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = false;
            cookie.Events = AccessResponses.CookieEvents;
        });
        services.AddAuthorizationBuilder().AddPolicy(Policy, new AuthorizationPolicyBuilder(Scheme).RequireRole(Role).Build());
    }

    public static Task SignInAsync(HttpContext context, Pupil pupil)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(pupil);
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, pupil.Id.ToString()),
                new Claim(ClaimTypes.GivenName, pupil.Forename),
                new Claim(ClaimTypes.Role, Role),
                new Claim(SchoolClaim, pupil.SchoolId.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ],
            Scheme);
        return context.SignInAsync(Scheme, new ClaimsPrincipal(identity));
    }

    /// <summary>The signed-in pupil's id and school, from the pupil cookie only.</summary>
    public static (Guid PupilId, int SchoolId)? PupilOf(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var identity = user.Identities.FirstOrDefault(i => i.AuthenticationType == Scheme && i.IsAuthenticated);
        return identity is not null &&
            Guid.TryParse(identity.FindFirst(ClaimTypes.NameIdentifier)?.Value, out var pupilId) &&
            int.TryParse(identity.FindFirst(SchoolClaim)?.Value, System.Globalization.CultureInfo.InvariantCulture, out var schoolId)
            ? (pupilId, schoolId)
            : null;
    }
}
