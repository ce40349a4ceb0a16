using KeepUp.Domain.Classroom;
using KeepUp.Storage;
using KeepUp.Storage.Accounts;
using KeepUp.Storage.Classroom;
using KeepUp.Storage.Demo;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KeepUp.Web.Tests.Classroom;

/// <summary>Who is asking, in the access matrix: each a different way of being (or not being) allowed near Maple's pupils.</summary>
public enum Visitor
{
    Anonymous,
    Pupil,
    Teacher,
    OtherClassTeacher,
    TeachingAssistant,
    SchoolLead,
    OtherSchoolLead,
    HubLead,
    MasterySpecialist,
}

/// <summary>
/// The demo school Oakfield with its class Maple, plus what the access matrix needs around it: a
/// teacher of another Oakfield class (Birch), a maths lead of another school (Brookside) with a class
/// of its own, an open check and an intervention on Maple, and a pupil of Maple signed in.
/// </summary>
public sealed class ClassroomWorld
{
    public const string Password = "Matrix-Password-2026";

    public required int MapleId { get; init; }

    public required int BirchId { get; init; }

    public required int WillowId { get; init; }

    public required Guid CheckId { get; init; }

    public required Guid BirchCheckId { get; init; }

    public required Guid InterventionId { get; init; }

    public required Pupil SignedInPupil { get; init; }

    /// <summary>Every pupil of Oakfield: none of them may appear in a response to another school's staff.</summary>
    public required IReadOnlyList<Pupil> OakfieldPupils { get; init; }

    public required IReadOnlyDictionary<Visitor, HttpClient> Clients { get; init; }

    public static async Task<ClassroomWorld> BuildAsync(KeepUpServer server)
    {
        var otherTeacher = $"birch-{Guid.NewGuid():N}@test.keepup.school";
        var otherLead = $"brookside-lead-{Guid.NewGuid():N}@test.keepup.school";
        var (mapleId, birchId, willowId, checkId, birchCheckId, interventionId, pupil, pupils) = await server.InScopeAsync(async services =>
        {
            var db = services.GetRequiredService<KeepUpDbContext>();
            var users = services.GetRequiredService<UserManager<StaffAccount>>();
            var oakfield = await db.Schools.SingleAsync(s => s.Urn == 900001);
            var brookside = await db.Schools.SingleAsync(s => s.Urn == 900002);
            var teacherId = (await users.FindByEmailAsync(DemoData.Logins.Single(l => l.Role == Roles.Teacher).Email))!.Id;
            var birchTeacherId = await AddAccountAsync(users, otherTeacher, Roles.Teacher, oakfield.Id);
            var brooksideLeadId = await AddAccountAsync(users, otherLead, Roles.SchoolLead, brookside.Id);

            var setup = services.GetRequiredService<ClassSetup>();
            var birch = (await setup.CreateAsync(new StaffScope(birchTeacherId, oakfield.Id, false, false), new NewClass("Birch", 3, null))).Value!;
            var willow = (await setup.CreateAsync(new StaffScope(brooksideLeadId, brookside.Id, true, false), new NewClass("Willow", 4, null))).Value!;
            db.Pupils.Add(new Pupil
            {
                Id = Guid.NewGuid(), SchoolId = brookside.Id, ClassId = willow.Id, Upn = Upn.WithCheckLetter("938200133001").Value,
                Forename = "Brook", Surname = "Sideperson", DateOfBirth = new DateOnly(2016, 1, 1), YearGroup = 4, SenStatus = "None",
            });
            await db.SaveChangesAsync();

            var access = services.GetRequiredService<ClassAccess>();
            var teacher = new StaffScope(teacherId, oakfield.Id, false, false);
            var maple = (await db.Classes.AsNoTracking().SingleAsync(c => c.Name == "Maple" && c.SchoolId == oakfield.Id));
            var planner = services.GetRequiredService<LessonPlanner>();
            var step = await planner.TodaysStepAsync(maple);
            var check = (await planner.StartCheckAsync(teacher, maple, step.Id.Value, 3, 7)).Value!;
            var birchStep = await planner.TodaysStepAsync(birch);
            var birchCheck = (await planner.StartCheckAsync(new StaffScope(birchTeacherId, oakfield.Id, false, false), birch, birchStep.Id.Value, 3, 7)).Value!;
            var maplePupils = await access.PupilsOfAsync(maple);
            var intervention = (await services.GetRequiredService<KeepUpPlanner>().PlanAsync(teacher, maple, step.Id.Value, null, [maplePupils[0].Id])).Value!;
            var today = services.GetRequiredService<TimeProvider>().SchoolToday();
            await services.GetRequiredService<PupilRegister>().OpenSignInAsync(teacher, maple, today, new TimeOnly(0, 0), new TimeOnly(23, 59));
            var signedIn = await db.Pupils.AsNoTracking().SingleAsync(p => p.Id == maplePupils[1].Id);
            var everyone = await db.Pupils.AsNoTracking().Where(p => p.SchoolId == oakfield.Id).ToListAsync();
            return (maple.Id, birch.Id, willow.Id, check.Id, birchCheck.Id, intervention.Id, signedIn, everyone);
        });

        var pupilClient = server.CreateClient();
        var signIn = await KeepUpServer.PostFormAsync(pupilClient, "/pupil", "/pupil", new Dictionary<string, string> { ["SchoolCode"] = DemoData.PupilSchoolCode, ["Pin"] = pupil.Pin! });
        Assert.True(signIn.Headers.Location?.OriginalString == "/pupil/check", $"The pupil could not sign in: {signIn.StatusCode}");

        return new ClassroomWorld
        {
            MapleId = mapleId,
            BirchId = birchId,
            WillowId = willowId,
            CheckId = checkId,
            BirchCheckId = birchCheckId,
            InterventionId = interventionId,
            SignedInPupil = pupil,
            OakfieldPupils = pupils,
            Clients = new Dictionary<Visitor, HttpClient>
            {
                [Visitor.Anonymous] = server.CreateClient(),
                [Visitor.Pupil] = pupilClient,
                [Visitor.Teacher] = await server.SignedInAsync(Roles.Teacher),
                [Visitor.OtherClassTeacher] = await SignedInAsync(server, otherTeacher),
                [Visitor.TeachingAssistant] = await server.SignedInAsync(Roles.TeachingAssistant),
                [Visitor.SchoolLead] = await server.SignedInAsync(Roles.SchoolLead),
                [Visitor.OtherSchoolLead] = await SignedInAsync(server, otherLead),
                [Visitor.HubLead] = await server.SignedInAsync(Roles.HubLead),
                [Visitor.MasterySpecialist] = await server.SignedInAsync(Roles.MasterySpecialist),
            },
        };
    }

    private static async Task<string> AddAccountAsync(UserManager<StaffAccount> users, string email, string role, int schoolId)
    {
        var account = new StaffAccount { UserName = email, Email = email, DisplayName = "Matrix " + role, EmailConfirmed = true, SchoolId = schoolId };
        Assert.True((await users.CreateAsync(account, Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(account, role)).Succeeded);
        return account.Id;
    }

    private static async Task<HttpClient> SignedInAsync(KeepUpServer server, string email)
    {
        var client = server.CreateClient();
        Assert.Equal(System.Net.HttpStatusCode.Redirect, (await KeepUpServer.SignInAsync(client, email, Password)).StatusCode);
        return client;
    }
}
