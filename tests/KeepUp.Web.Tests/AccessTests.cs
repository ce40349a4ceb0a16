using System.Net;
using KeepUp.Storage.Accounts;

namespace KeepUp.Web.Tests;

/// <summary>Least privilege: each role reaches its own pages only; strangers are sent to sign in.</summary>
[Collection(SharedServer.Name)]
public sealed class AccessTests(KeepUpServer server)
{
    public static TheoryData<string, string> RolePages => new()
    {
        { Roles.HubLead, "/hub" },
        { Roles.MasterySpecialist, "/specialist" },
        { Roles.SchoolLead, "/school" },
        { Roles.Teacher, "/class" },
    };

    public static TheoryData<string> AllRoles => [.. Roles.All];

    [Theory]
    [MemberData(nameof(AllRoles))]
    public async Task RolePages_SignedInRole_OwnPageOpensAndOthersAnswer403(string role)
    {
        var client = await server.SignedInAsync(role);

        foreach (var (pageRole, page) in RolePages.Select(row => ((string)row[0], (string)row[1])))
        {
            var response = await client.GetAsync(page);
            // Class pages are for everyone who works with pupils: teachers, teaching assistants and maths leads.
            var schoolStaff = role is Roles.Teacher or Roles.TeachingAssistant or Roles.SchoolLead;
            var expected = pageRole == role || (page == "/class" && schoolStaff) ? HttpStatusCode.OK : HttpStatusCode.Forbidden;
            Assert.True(expected == response.StatusCode, $"{role} opening {page}: expected {expected}, got {response.StatusCode}");
            if (expected == HttpStatusCode.Forbidden)
            {
                Assert.Contains("This page is for another role", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            }
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/curriculum")).StatusCode);
    }

    [Theory]
    [InlineData("/hub")]
    [InlineData("/specialist")]
    [InlineData("/school")]
    [InlineData("/class")]
    [InlineData("/curriculum")]
    [InlineData("/curriculum/year/3")]
    [InlineData("/curriculum/steps/y3-npv-ten-tens-make-a-hundred")]
    [InlineData("/curriculum/mixed-age")]
    public async Task Pages_Anonymous_AreSentToSignIn(string page)
    {
        var response = await server.CreateClient().GetAsync(page);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/sign-in?ReturnUrl=", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_Anonymous_Answers401NotARedirect()
    {
        var response = await server.CreateClient().GetAsync("/api/v1/curriculum/steps");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/account/sign-in")]
    public async Task PublicPages_Anonymous_Open(string page) =>
        Assert.Equal(HttpStatusCode.OK, (await server.CreateClient().GetAsync(page)).StatusCode);

    [Fact]
    public async Task SchoolPage_ListsOnlyTheLeadsOwnSchoolStaff()
    {
        var page = await (await server.SignedInAsync(Roles.SchoolLead)).GetStringAsync("/school");

        Assert.Contains("teacher@demo.keepup.school", page, StringComparison.Ordinal);
        Assert.DoesNotContain("specialist@demo.keepup.school", page, StringComparison.Ordinal);
    }
}
