using KeepUp.Application;
using KeepUp.Domain.Curriculum;
using KeepUp.Storage;
using KeepUp.Storage.Accounts;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Identity;

namespace KeepUp.Web.Hosting;

public static class WebServiceCollectionExtensions
{
    /// <summary>The largest request body KeepUp accepts; larger ones get a 400 with ProblemDetails.</summary>
    public const long MaxRequestBytes = 1024 * 1024;

    /// <summary>Registers everything the web host needs: storage, accounts, pages, API.</summary>
    public static WebApplicationBuilder AddKeepUpWeb(this WebApplicationBuilder builder, CurriculumMap curriculum)
    {
        var storage = StorageOptions.From(builder.Configuration);
        var services = builder.Services;
        services.AddKeepUpApplication(curriculum);
        services.AddKeepUpStorage(storage);
        services.AddKeepUpAccounts();
        services.AddHostedService<DatabaseStartup>();
        services.AddHostedService<NightlyModelFitting>();
        services.AddSingleton<Pages.Curriculum.StepGraphs>();
        services.AddScoped<StaffScopes>();

        // Keys live in the data folder so sign-in cookies survive a restart.
        services.AddDataProtection()
            .SetApplicationName("KeepUp")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(storage.DataFolder, "keys")));

        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddPupilAuthentication();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/account/sign-in";
            cookie.LogoutPath = "/account/sign-out";
            cookie.Cookie.Name = "keepup.auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(10);
            cookie.Events = AccessResponses.CookieEvents;
        });
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());

        services.AddRazorPages(pages =>
            {
                pages.Conventions.AuthorizeFolder("/Hub", Policies.For(Roles.HubLead));
                pages.Conventions.AuthorizeFolder("/Specialist", Policies.For(Roles.MasterySpecialist));
                pages.Conventions.AuthorizeFolder("/School", Policies.For(Roles.SchoolLead));
                pages.Conventions.AuthorizeFolder("/Class", Policies.SchoolStaff);
                pages.Conventions.AllowAnonymousToPage("/Index");
                pages.Conventions.AllowAnonymousToPage("/Status");
                pages.Conventions.AllowAnonymousToFolder("/Account");
                pages.Conventions.AuthorizeFolder("/Pupils", PupilAuthentication.Policy);
                pages.Conventions.AllowAnonymousToPage("/Pupils/SignIn");
                pages.Conventions.AuthorizeFolder("/Programme", Policies.ProgrammeStaff);
                pages.Conventions.AllowAnonymousToFolder("/Participate");
            })
            .AddApplicationPart(typeof(WebServiceCollectionExtensions).Assembly);
        services.AddAuthorization(Policies.Register);
        services.AddAntiforgery(antiforgery => antiforgery.Cookie.Name = "keepup.antiforgery");
        services.AddProblemDetails();
        services.AddOpenApi();
        services.Configure<FormOptions>(form => form.MultipartBodyLengthLimit = MaxRequestBytes);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = MaxRequestBytes;
            kestrel.AddServerHeader = false;
        });
        return builder;
    }
}
