using System.Globalization;
using System.Net;
using KeepUp.Domain.Programme;
using KeepUp.Storage.Accounts;
using Microsoft.EntityFrameworkCore;

namespace KeepUp.Web.Tests.Programme;

/// <summary>Funding claims: the specialist submits for their own groups' schools; the hub lead decides.</summary>
[Collection(SharedServer.Name)]
public sealed class FundingPagesTests(KeepUpServer server)
{
    private static KeyValuePair<string, string> F(string name, string value) => new(name, value);

    private Task<(int Group, int School)> OwnGroupAndSchoolAsync(string specialist) => server.QueryDatabaseAsync(async db =>
    {
        var member = await db.WorkGroupMembers.Where(m => m.WorkGroup!.LeadSpecialist!.Code == specialist).OrderBy(m => m.WorkGroupId).FirstAsync();
        return (member.WorkGroupId, member.SchoolId);
    });

    [Fact]
    public async Task Claim_SubmittedThenApprovedByHubLead_RecordsApproverAndAudits()
    {
        var specialist = await server.SignedInAsync(Roles.MasterySpecialist);
        var (group, school) = await OwnGroupAndSchoolAsync("demo-ms-1");
        var page = $"/specialist/work-groups/{group}";

        var submitted = await KeepUpServer.PostFormAsync(specialist, page, page + "?handler=Claim",
            [F("schoolId", school.ToString(CultureInfo.InvariantCulture)), F("kind", "TeacherReleaseDays"), F("days", "1.5"), F("amount", "£337.50")]);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var claimId = await server.QueryDatabaseAsync(db => db.FundingClaims.Where(c => c.AmountPence == 33750).Select(c => c.Id).SingleAsync());

        var lead = await server.SignedInAsync(Roles.HubLead);
        var list = WebUtility.HtmlDecode(await lead.GetStringAsync("/hub/claims"));
        Assert.Contains("£337.50", list, StringComparison.Ordinal);
        var refused = await KeepUpServer.PostFormAsync(lead, "/hub/claims", "/hub/claims", [F("claimId", claimId.ToString(CultureInfo.InvariantCulture)), F("decision", "reject")]);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var approved = await KeepUpServer.PostFormAsync(lead, "/hub/claims", "/hub/claims", [F("claimId", claimId.ToString(CultureInfo.InvariantCulture)), F("decision", "approve")]);
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);

        var claim = await server.QueryDatabaseAsync(db => db.FundingClaims.SingleAsync(c => c.Id == claimId));
        Assert.Equal((ClaimStatus.Approved, "Mrs Jo Hublead", 1.5m), (claim.Status, claim.ApproverName, claim.Days));
        var actions = await server.QueryDatabaseAsync(db => db.AuditEntries.Select(a => a.Action).ToListAsync());
        Assert.Contains("funding.submitted", actions);
        Assert.Contains("funding.approved", actions);
    }

    [Fact]
    public async Task Claim_OnAnotherSpecialistsGroup_Answers404AndSavesNothing()
    {
        var specialist = await server.SignedInAsync(Roles.MasterySpecialist);
        var (own, _) = await OwnGroupAndSchoolAsync("demo-ms-1");
        var (toms, school) = await OwnGroupAndSchoolAsync("demo-ms-2");
        var before = await server.QueryDatabaseAsync(db => db.FundingClaims.CountAsync());

        var response = await KeepUpServer.PostFormAsync(specialist, $"/specialist/work-groups/{own}", $"/specialist/work-groups/{toms}?handler=Claim",
            [F("schoolId", school.ToString(CultureInfo.InvariantCulture)), F("kind", "TextbookSubsidy"), F("amount", "100")]);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(before, await server.QueryDatabaseAsync(db => db.FundingClaims.CountAsync()));
    }

    [Theory]
    [InlineData(Roles.MasterySpecialist)]
    [InlineData(Roles.SchoolLead)]
    [InlineData(Roles.Teacher)]
    public async Task ClaimsPage_NotHubLead_Answers403(string role) =>
        Assert.Equal(HttpStatusCode.Forbidden, (await (await server.SignedInAsync(role)).GetAsync("/hub/claims")).StatusCode);
}
