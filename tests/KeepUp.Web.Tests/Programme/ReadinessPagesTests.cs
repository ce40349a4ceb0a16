using System.Net;
using KeepUp.Storage.Accounts;

namespace KeepUp.Web.Tests.Programme;

/// <summary>A school audits its own readiness; hub staff see the profile; teachers do not.</summary>
[Collection(SharedServer.Name)]
public sealed class ReadinessPagesTests(KeepUpServer server)
{
    private static KeyValuePair<string, string> F(string name, string value) => new(name, value);

    [Fact]
    public async Task RecordAudit_MathsLead_ShowsProfileToThemAndTheHub()
    {
        var lead = await server.SignedInAsync(Roles.SchoolLead);

        var response = await KeepUpServer.PostFormAsync(lead, "/school/readiness", "/school/readiness",
        [
            F("rating[VisionAndCulture]", "2"), F("rating[MathematicalMindsets]", "3"), F("rating[SubjectExpertise]", "1"),
            F("rating[SchoolSystems]", "2"), F("rating[ArithmeticalProficiency]", "4"), F("evidence[SubjectExpertise]", "Few staff have had maths CPD"),
        ]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var own = await lead.GetStringAsync("/school/readiness");
        Assert.Contains("Few staff have had maths CPD", own, StringComparison.Ordinal);
        Assert.Contains("Subject expertise 1 of 4", own, StringComparison.Ordinal);
        var hub = await (await server.SignedInAsync(Roles.HubLead)).GetStringAsync("/programme/schools/900001");
        Assert.Contains("Subject expertise 1 of 4", hub, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RecordAudit_AreaNotRated_IsRefusedNamingTheArea()
    {
        var lead = await server.SignedInAsync(Roles.SchoolLead);

        var response = await KeepUpServer.PostFormAsync(lead, "/school/readiness", "/school/readiness", [F("rating[VisionAndCulture]", "2")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Rate &quot;Mathematical mindsets&quot;", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Roles.Teacher)]
    [InlineData(Roles.HubLead)]
    [InlineData(Roles.MasterySpecialist)]
    public async Task ReadinessAndJourneyPages_NotTheSchoolLead_Answer403(string role)
    {
        var client = await server.SignedInAsync(role);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/school/readiness")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/school/journey")).StatusCode);
    }

    [Fact]
    public async Task SpecialistPage_ReadinessLead_ListsReadinessSchoolsWithTheirAudits()
    {
        var page = await (await server.SignedInAsync(Roles.MasterySpecialist)).GetStringAsync("/specialist");
        var hub = await (await server.SignedInAsync(Roles.HubLead)).GetStringAsync("/hub");

        Assert.Contains("Schools in Mastery Readiness", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/programme/schools/900011\">Millbrook Primary School (demo)</a></th><td>2022/23</td><td>2</td><td>30 Jun 2023</td>", page, StringComparison.Ordinal);
        Assert.Contains("Mastery Readiness Lead: Dr Priya Specialist", hub, StringComparison.Ordinal);
    }
}
