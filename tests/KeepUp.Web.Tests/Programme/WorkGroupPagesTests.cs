using System.Net;
using KeepUp.Storage.Accounts;
using Microsoft.EntityFrameworkCore;

namespace KeepUp.Web.Tests.Programme;

/// <summary>A specialist manages their own Work Groups only; schools see their own journey.</summary>
[Collection(SharedServer.Name)]
public sealed class WorkGroupPagesTests(KeepUpServer server)
{
    private Task<int> GroupLedByAsync(string specialistCode) =>
        server.QueryDatabaseAsync(db => db.WorkGroups.Where(g => g.LeadSpecialist!.Code == specialistCode).Select(g => g.Id).FirstAsync());

    private static KeyValuePair<string, string> F(string name, string value) => new(name, value);

    [Fact]
    public async Task SpecialistPage_ListsOnlyOwnWorkGroups()
    {
        var client = await server.SignedInAsync(Roles.MasterySpecialist);

        var page = await client.GetStringAsync("/specialist");

        Assert.Contains("demo-wg-1920", page, StringComparison.Ordinal);
        Assert.Contains("demo-wg-2526", page, StringComparison.Ordinal);
        Assert.DoesNotContain("demo-wg-2021", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WorkGroup_AnotherSpecialistsGroup_Answers404AndPostsChangeNothing()
    {
        var client = await server.SignedInAsync(Roles.MasterySpecialist);
        var toms = await GroupLedByAsync("demo-ms-2");
        var own = await GroupLedByAsync("demo-ms-1");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/specialist/work-groups/{toms}")).StatusCode);
        var post = await KeepUpServer.PostFormAsync(client, $"/specialist/work-groups/{own}", $"/specialist/work-groups/{toms}?handler=Details",
            [F("year", "2030/31"), F("type", "Development")]);

        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.NotEqual(2030, await server.QueryDatabaseAsync(db => db.WorkGroups.Where(g => g.Id == toms).Select(g => g.StartYear).FirstAsync()));
    }

    [Theory]
    [InlineData(Roles.HubLead)]
    [InlineData(Roles.SchoolLead)]
    [InlineData(Roles.Teacher)]
    public async Task WorkGroupPages_OtherRoles_Answer403(string role)
    {
        var client = await server.SignedInAsync(role);
        var own = await GroupLedByAsync("demo-ms-1");

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync($"/specialist/work-groups/{own}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/specialist/work-groups/new")).StatusCode);
    }

    [Fact]
    public async Task NewWorkGroup_SchoolsMeetingAndVisit_AreSavedAuditedAndWarnOutsideSixOrSeven()
    {
        var client = await server.SignedInAsync(Roles.MasterySpecialist);

        var created = await KeepUpServer.PostFormAsync(client, "/specialist/work-groups/new", "/specialist/work-groups/new", [F("Year", "2026/27"), F("Type", "LessonDesign")]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var path = created.Headers.Location!.OriginalString;
        var members = await KeepUpServer.PostFormAsync(client, path, path + "?handler=Members", [F("add", "900001\n900002")]);
        Assert.Equal(HttpStatusCode.Redirect, members.StatusCode);
        var page = await client.GetStringAsync(path);
        Assert.Contains("This Work Group has 2 schools; Work Groups are expected to have 6 or 7.", page, StringComparison.Ordinal);

        var schoolId = await server.QueryDatabaseAsync(db => db.Schools.Where(s => s.Urn == 900002).Select(s => s.Id).FirstAsync());
        var teachers = await KeepUpServer.PostFormAsync(client, path, path + "?handler=Members",
            [F("members[0].Urn", "900001"), F("members[0].FirstTeacher", "Ms Khan"), F("members[0].SecondTeacher", "Mr Lee"), F("members[1].Urn", "900002"), F("members[1].Remove", "true")]);
        var meeting = await KeepUpServer.PostFormAsync(client, path, path + "?handler=Meeting", [F("date", "2026-10-05"), F("attendance", "12"), F("agenda", "Bar models"), F("notes", "Year 3 lesson")]);
        var visit = await KeepUpServer.PostFormAsync(client, path, path + "?handler=Visit", [F("schoolId", schoolId.ToString(System.Globalization.CultureInfo.InvariantCulture)), F("date", "2026-11-01"), F("focus", "Variation"), F("notes", "x")]);

        Assert.Equal(HttpStatusCode.Redirect, teachers.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, meeting.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, visit.StatusCode);
        page = await client.GetStringAsync(path);
        Assert.Contains("value=\"Ms Khan\"", page, StringComparison.Ordinal);
        Assert.Contains("Bar models", page, StringComparison.Ordinal);
        Assert.Contains("This Work Group has 1 school;", page, StringComparison.Ordinal);
        var actions = await server.QueryDatabaseAsync(db => db.AuditEntries.Select(a => a.Action).ToListAsync());
        Assert.Contains("workgroup.created", actions);
        Assert.Contains("workgroup.members", actions);
        Assert.Contains("workgroup.meeting-added", actions);
    }

    [Fact]
    public async Task NewWorkGroup_BadYear_SaysWhyAndCreatesNothing()
    {
        var client = await server.SignedInAsync(Roles.MasterySpecialist);
        var before = await server.QueryDatabaseAsync(db => db.WorkGroups.CountAsync());

        var response = await KeepUpServer.PostFormAsync(client, "/specialist/work-groups/new", "/specialist/work-groups/new", [F("Year", "2026/28"), F("Type", "Development")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("is not an academic year", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await server.QueryDatabaseAsync(db => db.WorkGroups.CountAsync()));
    }

    [Fact]
    public async Task SchoolJourney_MathsLead_SeesOwnSchoolsPhasesByYear()
    {
        var client = await server.SignedInAsync(Roles.SchoolLead);

        var page = await client.GetStringAsync("/school/journey");

        Assert.Contains("Oakfield Primary School (demo)", page, StringComparison.Ordinal);
        Assert.Contains("Development year", page, StringComparison.Ordinal);
        Assert.Contains("Sustaining and embedding", page, StringComparison.Ordinal);
        Assert.Contains("demo-wg-1920", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HubPage_HubLead_SeesSpecialistsPhasesAndWorkGroups()
    {
        var page = await (await server.SignedInAsync(Roles.HubLead)).GetStringAsync("/hub");

        Assert.Contains("2018/19 training; 2019/20 leading work groups", page, StringComparison.Ordinal);
        Assert.Contains("2019/20 training; 2020/21 leading work groups", page, StringComparison.Ordinal);
        Assert.Contains("2021/22 training; 2022/23 leading work groups; 2023/24 not leading a work group", page, StringComparison.Ordinal);
        Assert.Contains("demo-wg-2223", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ProgrammeSchoolPage_HubLeadYes_TeacherNo()
    {
        Assert.Equal(HttpStatusCode.OK, (await (await server.SignedInAsync(Roles.HubLead)).GetAsync("/programme/schools/900003")).StatusCode);
        var millbrook = await (await server.SignedInAsync(Roles.MasterySpecialist)).GetStringAsync("/programme/schools/900011");
        Assert.Contains("Mathematical mindsets 3 of 4 (first audit 1)", millbrook, StringComparison.Ordinal);
        Assert.Contains("Mastery Readiness", millbrook, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await server.SignedInAsync(Roles.Teacher)).GetAsync("/programme/schools/900003")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await server.SignedInAsync(Roles.SchoolLead)).GetAsync("/programme/schools/900003")).StatusCode);
    }
}
