using KeepUp.Storage.Accounts;
using Microsoft.AspNetCore.Authorization;

namespace KeepUp.Web.Hosting;

/// <summary>One authorization policy per role, named after it: least privilege per area.</summary>
public static class Policies
{
    public static string For(string role) => "role:" + role;

    /// <summary>Staff of a school who may work with pupil data: teachers, teaching assistants, maths leads and heads.</summary>
    public const string SchoolStaff = "school-staff";
    /// <summary>Hub leads and Mastery Specialists: the programme's reports (schools and aggregates, no pupils).</summary>
    public const string ProgrammeStaff = "programme-staff";

    public static void Register(AuthorizationOptions options)
    {
        foreach (var role in Roles.All)
        {
            options.AddPolicy(For(role), policy => policy.RequireRole(role));
        }

        options.AddPolicy(SchoolStaff, policy => policy.RequireRole(Roles.Teacher, Roles.TeachingAssistant, Roles.SchoolLead));
        options.AddPolicy(ProgrammeStaff, policy => policy.RequireRole(Roles.HubLead, Roles.MasterySpecialist));
    }
}
