using KeepUp.Storage.Accounts;
using KeepUp.Storage.Audit;
using KeepUp.Storage.Programme;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace KeepUp.Storage.Demo;

/// <summary>One demo sign-in, printed so that someone trying KeepUp can look around each role.</summary>
public sealed record DemoLogin(string Role, string Email, string Password);

/// <summary>
/// Seeds a fictional Maths Hub with two schools and one account per role, so a fresh install
/// has something to look at. It never touches a database that already has a hub.
/// </summary>
public sealed class DemoData(KeepUpDbContext db, UserManager<StaffAccount> users, RoleManager<IdentityRole> roles, AuditLog audit, TimeProvider clock, Classroom.LessonPlanner planner, KeepUp.Domain.Practice.Catalogue.PracticeCatalogue catalogue)
{
    /// <summary>The password of every demo account; printed at start-up, so never use demo data for real pupils.</summary>
    public const string Password = "KeepUpDemo2026";

    /// <summary>The demo school's code for pupils' sign-in.</summary>
    public const string PupilSchoolCode = DemoClass.SchoolCode;

    public static IReadOnlyList<DemoLogin> Logins { get; } =
    [
        new(Roles.Teacher, "teacher@demo.keepup.school", Password),
        new(Roles.SchoolLead, "maths.lead@demo.keepup.school", Password),
        new(Roles.MasterySpecialist, "specialist@demo.keepup.school", Password),
        new(Roles.HubLead, "hub.lead@demo.keepup.school", Password),
        new(Roles.TeachingAssistant, "ta@demo.keepup.school", Password),
    ];

    /// <summary>True when the demo accounts exist (so their logins are worth printing).</summary>
    public Task<bool> IsPresentAsync(CancellationToken cancellationToken = default) =>
        db.Users.AnyAsync(u => u.Email == Logins[0].Email, cancellationToken);

    /// <summary>Creates the roles, and the demo hub, schools and accounts when the database has no hub yet.</summary>
    /// <returns>True when demo data was added.</returns>
    public async Task<bool> SeedAsync(CancellationToken cancellationToken = default)
    {
        await EnsureRolesAsync();
        if (await db.MathsHubs.AnyAsync(cancellationToken))
        {
            return false;
        }

        var hub = new MathsHub { Name = "Riverside Maths Hub (demo)", Region = "North West" };
        var oakfield = new School { Urn = 900001, Name = "Oakfield Primary School (demo)", LocalAuthority = "Demo", MathsHub = hub };
        var brookside = new School { Urn = 900002, Name = "Brookside Primary Academy (demo)", LocalAuthority = "Demo", MathsHub = hub };
        db.AddRange(hub, oakfield, brookside);
        await db.SaveChangesAsync(cancellationToken);

        await AddAsync(Logins[0], "Ms Ada Teacher", school: oakfield);
        await AddAsync(Logins[1], "Mr Sam Lead", school: oakfield);
        await AddAsync(Logins[2], "Dr Priya Specialist", hub: hub);
        await AddAsync(Logins[3], "Mrs Jo Hublead", hub: hub);
        await AddAsync(Logins[4], "Mr Tom Assistant", school: oakfield);
        await AddClassAsync(oakfield, cancellationToken);
        await DemoProgramme.SeedAsync(db, hub, oakfield, brookside, Logins[2].Email, cancellationToken);
        audit.Record(null, "demo.seeded", "Demo hub and programme, two schools, one account per role and a Year 4 class with two weeks of lessons created.");
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)));
            }
        }
    }

    private async Task AddClassAsync(School school, CancellationToken cancellationToken)
    {
        var teacherId = (await users.FindByEmailAsync(Logins[0].Email))!.Id;
        var assistantId = (await users.FindByEmailAsync(Logins[4].Email))!.Id;
        var pupils = new List<Classroom.Pupil>();
        var today = clock.SchoolToday();
        var maple = DemoClass.Create(school, teacherId, assistantId, today, pupils);
        db.Classes.Add(maple);
        await db.SaveChangesAsync(cancellationToken);
        pupils.ForEach(p => p.ClassId = maple.Id);
        db.Pupils.AddRange(pupils);
        await db.SaveChangesAsync(cancellationToken);
        DemoHistory.Add(db, maple, pupils, teacherId, assistantId, today, planner.SequenceOf(maple), catalogue);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<StaffAccount> AddAsync(DemoLogin login, string name, School? school = null, MathsHub? hub = null)
    {
        var account = new StaffAccount
        {
            UserName = login.Email,
            Email = login.Email,
            EmailConfirmed = true,
            DisplayName = name,
            SchoolId = school?.Id,
            MathsHubId = hub?.Id,
        };
        Check(await users.CreateAsync(account, login.Password));
        Check(await users.AddToRoleAsync(account, login.Role));
        return account;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Demo data could not be created: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
