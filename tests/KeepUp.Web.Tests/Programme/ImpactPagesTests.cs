using System.Net;
using System.Text.RegularExpressions;
using KeepUp.Storage.Accounts;
using Microsoft.EntityFrameworkCore;

namespace KeepUp.Web.Tests.Programme;

/// <summary>Impact evidence, surveys and the evaluation report: hub staff only; survey answers by link, anonymously.</summary>
[Collection(SharedServer.Name)]
public sealed partial class ImpactPagesTests(KeepUpServer server)
{
    private static KeyValuePair<string, string> F(string name, string value) => new(name, value);

    [Fact]
    public async Task Evaluation_DemoHubYear_ShowsReachLensesQuotesChallengesAndNextSteps()
    {
        var client = await server.SignedInAsync(Roles.HubLead);

        var page = await client.GetStringAsync("/programme/evaluation?scope=hub&from=2024-09-01&to=2025-08-31");

        Assert.Contains("Evaluation: Riverside Maths Hub (demo)", page, StringComparison.Ordinal);
        Assert.Contains("7 pieces of evidence through four lenses", page, StringComparison.Ordinal);
        Assert.Contains("1. Teachers&#39; professional learning", page, StringComparison.Ordinal);
        Assert.Contains("Being part of the Work Group gave me confidence", page, StringComparison.Ordinal);
        Assert.Contains("Embedding is harder in schools with high staff turnover.", page, StringComparison.Ordinal);
        Assert.Contains("Continue support so Work Group schools embed", page, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"row\">2024/25</th>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<th scope=\"row\">2025/26</th>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluation_PeriodWithoutEvidence_CountsNothing()
    {
        var client = await server.SignedInAsync(Roles.MasterySpecialist);

        var page = await client.GetStringAsync("/programme/evaluation?scope=hub&from=2020-09-01&to=2021-08-31");

        Assert.Contains("0 pieces of evidence", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Being part of the Work Group", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddEvidence_QuoteForPublicationWithoutQuote_IsRefusedAndSavesNothing()
    {
        var client = await server.SignedInAsync(Roles.HubLead);
        var before = await server.QueryDatabaseAsync(db => db.EvidenceItems.CountAsync());

        var response = await KeepUpServer.PostFormAsync(client, "/programme/evidence", "/programme/evidence?handler=Evidence",
            [F("date", "2025-01-10"), F("source", "LessonObservation"), F("category", "ProfessionalPractice"), F("summary", "Seen"), F("forPublication", "true")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await server.QueryDatabaseAsync(db => db.EvidenceItems.CountAsync()));
    }

    [Fact]
    public async Task Survey_CreateAnswerByLinkAnonymously_ShowsDistribution()
    {
        var lead = await server.SignedInAsync(Roles.HubLead);
        var created = await KeepUpServer.PostFormAsync(lead, "/programme/surveys", "/programme/surveys",
            [F("title", "Autumn check-in"), F("likert", "My subject knowledge has improved.\nPupils are more engaged."), F("freeText", "What has changed most?")]);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var results = await lead.GetStringAsync(created.Headers.Location!.OriginalString);
        var link = SurveyLink().Match(results).Value;
        var questions = await server.QueryDatabaseAsync(db => db.Surveys.Where(s => s.Title == "Autumn check-in").SelectMany(s => s.Questions).OrderBy(q => q.Position).Select(q => q.Id).ToListAsync());

        var participant = server.CreateClient();
        foreach (var point in new[] { "4", "5", "4" })
        {
            var answered = await KeepUpServer.PostFormAsync(participant, link, link, [F($"answer[{questions[0]}]", point), F($"answer[{questions[2]}]", "Talk in lessons")]);
            Assert.Contains("Thank you", await answered.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var bad = await KeepUpServer.PostFormAsync(participant, link, link, [F($"answer[{questions[0]}]", "9")]);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        results = await lead.GetStringAsync(created.Headers.Location!.OriginalString);
        Assert.Contains("3 responses", results, StringComparison.Ordinal);
        Assert.Contains("Agree 2 (67%)", results, StringComparison.Ordinal);
        Assert.Contains("Strongly agree 1 (33%)", results, StringComparison.Ordinal);
        Assert.Contains("Talk in lessons", results, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Roles.Teacher)]
    [InlineData(Roles.SchoolLead)]
    public async Task ImpactPages_SchoolStaff_Answer403(string role)
    {
        var client = await server.SignedInAsync(role);

        foreach (var page in new[] { "/programme/evidence", "/programme/surveys", "/programme/evaluation" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(page)).StatusCode);
        }
    }

    [Fact]
    public async Task SurveyLink_Unknown_Answers404()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await server.CreateClient().GetAsync("/survey/not-a-real-token")).StatusCode);
    }

    [GeneratedRegex("/survey/[0-9a-f]{32}")]
    private static partial Regex SurveyLink();
}
