using System.Net;
using System.Text.Json;
using KeepUp.Storage.Accounts;

namespace KeepUp.Web.Tests.Programme;

/// <summary>Reach for hub leads and specialists: page, chart, CSV and JSON from the demo hub's records.</summary>
[Collection(SharedServer.Name)]
public sealed class ReachPagesTests(KeepUpServer server)
{
    [Theory]
    [InlineData(Roles.HubLead)]
    [InlineData(Roles.MasterySpecialist)]
    public async Task ReachPage_HubStaff_ShowsTableChartAndEveryHub(string role)
    {
        var client = await server.SignedInAsync(role);

        var page = await client.GetStringAsync("/programme/reach?hub=riverside-demo");

        Assert.Contains("Reach: Riverside Maths Hub (demo)", page, StringComparison.Ordinal);
        Assert.Contains("<svg", page, StringComparison.Ordinal);
        Assert.Contains("role=\"img\"", page, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">2025/26</th>", page, StringComparison.Ordinal);
        Assert.Contains("North West", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Dr Priya Specialist", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Roles.Teacher)]
    [InlineData(Roles.SchoolLead)]
    public async Task Reach_SchoolStaff_Answers403OnPageAndApi(string role)
    {
        var client = await server.SignedInAsync(role);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/programme/reach")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/v1/programme/reach")).StatusCode);
    }

    [Fact]
    public async Task ReachApi_Anonymous_Answers401()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await server.CreateClient().GetAsync("/api/v1/programme/reach")).StatusCode);
    }

    [Fact]
    public async Task ReachApi_DemoHub_CountsSpecialistsAndSchoolsFromTheRecords()
    {
        var client = await server.SignedInAsync(Roles.HubLead);

        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/v1/programme/reach?hub=riverside-demo"));

        var years = json.RootElement.EnumerateArray().Select(y => $"{y.GetProperty("academicYear").GetString()} {y.GetProperty("specialists").GetInt32()} {y.GetProperty("schools").GetInt32()}").ToList();
        // 2018/19: Priya's cohort brings Brookside; 2019/20: Tom's cohort and Priya's first Work Group of six.
        Assert.Equal("2018/19 1 1", years[0]);
        Assert.Equal("2019/20 2 8", years[1]);
        // Other tests on the shared server may add later Work Groups, so look the year up.
        Assert.Contains("2025/26 3 14", years);
    }

    [Fact]
    public async Task ReachApi_Csv_IsADownloadWithAHeaderRow()
    {
        var client = await server.SignedInAsync(Roles.MasterySpecialist);

        var response = await client.GetAsync("/api/v1/programme/reach?region=North%20West&format=csv");

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("AcademicYear,Specialists,Schools", lines[0].TrimEnd('\r'));
        Assert.StartsWith("2018/19,1,1", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReachApi_UnknownHub_Answers404ProblemDetails()
    {
        var client = await server.SignedInAsync(Roles.HubLead);

        var response = await client.GetAsync("/api/v1/programme/reach?hub=atlantis");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task OpenApi_DescribesTheProgrammeEndpoints()
    {
        var document = await server.CreateClient().GetStringAsync("/api/v1/openapi.json");

        Assert.Contains("/api/v1/programme/reach", document, StringComparison.Ordinal);
        Assert.Contains("/api/v1/programme/reach/by-region", document, StringComparison.Ordinal);
    }
}
