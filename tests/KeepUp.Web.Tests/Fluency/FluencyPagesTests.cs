using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using KeepUp.Web.Tests.Classroom;
using Microsoft.EntityFrameworkCore;

namespace KeepUp.Web.Tests.Fluency;

/// <summary>A server of its own: the fluency tests build the access matrix's world (classes Birch and Willow) once on it.</summary>
[CollectionDefinition(Name)]
public sealed class FluencyServer : ICollectionFixture<KeepUpServer>
{
    public const string Name = "Fluency server";
}

/// <summary>
/// Daily fact practice over HTTP: a signed-in pupil gets a session and a resent answer is stored
/// once; staff cannot answer as a pupil; the class fluency pages are for the class's own staff.
/// </summary>
[Collection(FluencyServer.Name)]
public sealed partial class FluencyPagesTests(KeepUpServer server)
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static readonly Dictionary<KeepUpServer, ClassroomWorld> Worlds = [];

    [Fact]
    public async Task Practice_PupilAnswersTheSameFactTwice_StoredOnceAndMarkedByTheServer()
    {
        var world = await WorldAsync();
        var pupil = world.Clients[Visitor.Pupil];
        var page = await pupil.GetStringAsync("/pupil/practice");
        var facts = Fact().Matches(page).Select(m => (Position: int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), Id: m.Groups[2].Value, Answer: m.Groups[3].Value)).ToList();
        var day = Day().Match(page).Groups[1].Value;
        Assert.InRange(facts.Count, 20, 30);
        var first = facts[0];
        var body = new { day, answers = new[] { new { id = Guid.NewGuid(), factId = first.Id, position = first.Position, answer = first.Answer, milliseconds = 1200 }, new { id = Guid.NewGuid(), factId = facts[1].Id, position = facts[1].Position, answer = "9999", milliseconds = 2500 } } };

        var sent = await pupil.PostAsJsonAsync("/api/v1/pupil/facts", body);
        var again = await pupil.PostAsJsonAsync("/api/v1/pupil/facts", body);

        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Equal((2, 0), await ReceiptAsync(sent));
        Assert.Equal((0, 2), await ReceiptAsync(again));
        var ids = body.answers.Select(a => a.id).ToList();
        var stored = await server.QueryDatabaseAsync(db => db.FactAnswers.Where(a => ids.Contains(a.Id)).OrderBy(a => a.Position).Select(a => new { a.PupilId, a.Correct }).ToListAsync());
        Assert.Equal(2, stored.Count);
        Assert.All(stored, a => Assert.Equal(world.SignedInPupil.Id, a.PupilId));
        Assert.Equal([true, false], stored.Select(a => a.Correct));
        var reloaded = await pupil.GetStringAsync("/pupil/practice");
        Assert.Contains($"data-answered=\"{first.Position},{facts[1].Position}\"", reloaded, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Visitor.Teacher)]
    [InlineData(Visitor.SchoolLead)]
    [InlineData(Visitor.TeachingAssistant)]
    public async Task Facts_StaffCookie_CannotAnswerForAPupil(Visitor staff)
    {
        var world = await WorldAsync();
        var id = Guid.NewGuid();

        var response = await world.Clients[staff].PostAsJsonAsync("/api/v1/pupil/facts", new { day = "2026-11-20", answers = new[] { new { id, factId = "7x8", position = 1, answer = "56", milliseconds = 1000 } } });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, await server.QueryDatabaseAsync(db => db.FactAnswers.CountAsync(a => a.Id == id)));
    }

    [Fact]
    public async Task Facts_UnknownFact_ProblemNamesItAndNothingIsStored()
    {
        var world = await WorldAsync();
        var id = Guid.NewGuid();

        var response = await world.Clients[Visitor.Pupil].PostAsJsonAsync("/api/v1/pupil/facts", new { day = "2026-11-20", answers = new[] { new { id, factId = "13x13", position = 1, answer = "169", milliseconds = 1000 } } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("13x13", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await server.QueryDatabaseAsync(db => db.FactAnswers.CountAsync(a => a.Id == id)));
    }

    [Theory]
    [InlineData(Visitor.Teacher)]
    [InlineData(Visitor.TeachingAssistant)]
    [InlineData(Visitor.SchoolLead)]
    public async Task ClassFluency_ClassStaff_SeeTheHeatMapAndPupilPages(Visitor staff)
    {
        var world = await WorldAsync();
        var client = world.Clients[staff];
        var pupil = world.SignedInPupil;

        var page = await client.GetStringAsync($"/class/{world.MapleId}/fluency");
        var pupilPage = await client.GetStringAsync($"/class/{world.MapleId}/fluency/{pupil.Id}");

        Assert.Contains("<table class=\"fluency-map\">", page, StringComparison.Ordinal);
        Assert.Contains("not tried yet", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/class/{world.MapleId}/fluency/{pupil.Id}\"", page, StringComparison.Ordinal);
        Assert.Contains("Multiplication tables check readiness", page, StringComparison.Ordinal);
        Assert.Contains("<svg", page, StringComparison.Ordinal);
        Assert.Contains(pupil.FullName, pupilPage, StringComparison.Ordinal);
        Assert.Contains("<table class=\"fluency-map\">", pupilPage, StringComparison.Ordinal);
        Assert.Contains($"href=\"/class/{world.MapleId}/fluency\"", await client.GetStringAsync($"/class/{world.MapleId}"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Visitor.OtherClassTeacher)]
    [InlineData(Visitor.OtherSchoolLead)]
    public async Task ClassFluency_AnotherClassesStaff_GetNotFound(Visitor visitor)
    {
        var world = await WorldAsync();
        var client = world.Clients[visitor];

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/class/{world.MapleId}/fluency")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/class/{world.MapleId}/fluency/{world.SignedInPupil.Id}")).StatusCode);
    }

    [Fact]
    public async Task FluencyPupil_PupilNotInThatClass_GetsNotFound()
    {
        var world = await WorldAsync();

        var response = await world.Clients[Visitor.SchoolLead].GetAsync($"/class/{world.BirchId}/fluency/{world.SignedInPupil.Id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static async Task<(int Stored, int AlreadyHad)> ReceiptAsync(HttpResponseMessage response)
    {
        var receipt = await response.Content.ReadFromJsonAsync<Receipt>();
        return (receipt!.Stored, receipt.AlreadyHad);
    }

    private async Task<ClassroomWorld> WorldAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (!Worlds.TryGetValue(server, out var world))
            {
                world = await ClassroomWorld.BuildAsync(server);
                Worlds[server] = world;
            }

            return world;
        }
        finally
        {
            Gate.Release();
        }
    }

    private sealed record Receipt(int Stored, int AlreadyHad, IReadOnlyList<Guid> Acknowledged);

    [GeneratedRegex("<li data-position=\"(\\d+)\" data-fact=\"([^\"]+)\" data-answer=\"(\\d+)\"")]
    private static partial Regex Fact();

    [GeneratedRegex("data-day=\"([0-9-]{10})\"")]
    private static partial Regex Day();
}
