using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace KeepUp.Web.Tests.Classroom;

/// <summary>The server of the access matrix: its own, because the matrix posts every form as every role.</summary>
[CollectionDefinition(Name)]
public sealed class AccessMatrixServer : ICollectionFixture<KeepUpServer>
{
    public const string Name = "Access matrix server";
}

/// <summary>
/// Every role against every endpoint that reads or writes pupil data. Teachers see only their
/// classes, maths leads only their school, teaching assistants not the PINs, the export or the
/// class set-up, hub roles and pupils no staff page at all, and staff cannot answer as a pupil.
/// </summary>
[Collection(AccessMatrixServer.Name)]
public sealed partial class AccessMatrixTests(KeepUpServer server, ITestOutputHelper output)
{
    /// <summary>What teaching assistants may not do, though they work with the class: give PINs, export, set up classes, start checks.</summary>
    private static readonly HashSet<string> DeniedToTeachingAssistants =
    [
        "POST /class", "GET /class/pupils/import", "POST /class/pupils/import",
        "GET /class/{id:int}/pins", "POST /class/{id:int}/pins", "GET /class/{id:int}/evidence.csv",
        "POST /class/{id:int}?handler=ChooseStep", "POST /class/{id:int}?handler=StartCheck",
        "GET /class/{classId:int}/pupils/add", "POST /class/{classId:int}/pupils/add",
        "POST /class/{classId:int}/pupil/{pupilId:guid}?handler=Judge", "POST /class/{classId:int}/pupil/{pupilId:guid}?handler=Archive",
        "POST /class/{classId:int}/pupil/{pupilId:guid}?handler=Restore",
        "GET /class/{classId:int}/pupil/{pupilId:guid}/edit", "POST /class/{classId:int}/pupil/{pupilId:guid}/edit",
        // The times tables check: assistants see the status and results, but only teachers open it, restart it or set arrangements.
        "POST /class/{id:int}/mtc?handler=OpenWindow", "POST /class/{id:int}/mtc?handler=Restart", "POST /class/{id:int}/mtc?handler=Arrangements",
    ];

    /// <summary>Erasing a pupil is for the maths lead or head alone; a class teacher is refused before the pupil is looked up.</summary>
    private static readonly HashSet<string> LeadsOnly =
    [
        "GET /class/{classId:int}/pupil/{pupilId:guid}/erase", "POST /class/{classId:int}/pupil/{pupilId:guid}/erase",
    ];

    /// <summary>Left out, with the reason: they are about signing in, not pupil data, and have their own tests.</summary>
    private static readonly HashSet<string> NotInMatrix =
    [
        "POST /pupil", // a failed sign-in counts towards the lockout of this test's address (PupilSignInTests)
        "POST /pupil/sign-out", // would sign the matrix's pupil out; it reads and writes nothing
    ];

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static readonly Dictionary<KeepUpServer, ClassroomWorld> Worlds = [];

    private enum Outcome
    {
        Ok,
        Allowed,
        SignIn,
        PupilSignIn,
        Unauthorized,
        Forbidden,
        NotFound,
    }

    public static TheoryData<Visitor> Visitors => [.. Enum.GetValues<Visitor>()];

    [Fact]
    public async Task Endpoints_RouteTable_FindsEveryClassPagePupilPageAndTheAnswerApi()
    {
        var endpoints = (await ClassroomEndpoints.FindAsync(server.Services)).Select(e => e.ToString()).ToList();

        foreach (var known in new[]
        {
            "GET /class", "GET /class/{id:int}", "POST /class/{id:int}?handler=StartCheck", "GET /class/{id:int}/check/{checkId:guid}",
            "POST /class/{id:int}/check/{checkId:guid}?handler=Marks", "GET /class/{id:int}/keep-up", "GET /class/{id:int}/intervention/{interventionId:guid}",
            "GET /class/{id:int}/pins", "GET /class/{id:int}/progress", "GET /class/{id:int}/evidence.csv", "GET /class/pupils/import",
            "GET /pupil/check", "POST /api/v1/pupil/answers", "GET /school",
            "GET /class/{id:int}/mtc", "GET /class/{id:int}/mtc.csv", "POST /class/{id:int}/mtc?handler=Restart", "GET /pupil/mtc",
            "POST /api/v1/pupil/mtc/start", "POST /api/v1/pupil/mtc/submit",
            "GET /pupil/practice", "POST /api/v1/pupil/facts", "GET /class/{id:int}/fluency", "GET /class/{id:int}/fluency/{pupilId:guid}",
        })
        {
            Assert.Contains(known, endpoints);
        }

        output.WriteLine(string.Join(Environment.NewLine, endpoints));
    }

    [Theory]
    [MemberData(nameof(Visitors))]
    public async Task EveryClassroomEndpoint_Visitor_GetsExactlyWhatTheirRoleAllows(Visitor visitor)
    {
        var world = await WorldAsync();
        var client = world.Clients[visitor];
        var endpoints = (await ClassroomEndpoints.FindAsync(server.Services)).Where(e => !NotInMatrix.Contains(e.ToString())).ToList();
        var token = await TokenAsync(client, visitor);
        var failures = new List<string>();
        var bodies = new List<(ClassroomEndpoint Endpoint, string Body)>();

        // Writes that are allowed go last, so anything they change cannot hide a refusal.
        foreach (var endpoint in endpoints.OrderBy(e => e.IsPost && Expected(visitor, e) is Outcome.Allowed or Outcome.Ok))
        {
            var expected = Expected(visitor, endpoint);
            using var response = await SendAsync(client, endpoint, world, token);
            var body = await response.Content.ReadAsStringAsync();
            bodies.Add((endpoint, body));
            if (!Matches(expected, response))
            {
                failures.Add($"{visitor} {endpoint}: expected {expected}, got {(int)response.StatusCode} {response.Headers.Location}");
            }
        }

        output.WriteLine($"{visitor}: {endpoints.Count} endpoints checked.");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        AssertNoPupilOutsideTheirReach(visitor, world, bodies);
    }

    [Fact]
    public async Task PupilApi_AnswersToAnotherClassesCheck_AreRefusedAndNothingIsStored()
    {
        var world = await WorldAsync();
        var pupil = world.Clients[Visitor.Pupil];

        var response = await pupil.PostAsJsonAsync("/api/v1/pupil/answers", new { checkId = world.BirchCheckId, answers = new[] { new { id = Guid.NewGuid(), index = 1, answer = "1", millisecondsTaken = 1000 } } });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(0, await server.QueryDatabaseAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Evidence, e => e.CheckId == world.BirchCheckId)));
    }

    [Theory]
    [InlineData(Visitor.Teacher)]
    [InlineData(Visitor.SchoolLead)]
    [InlineData(Visitor.TeachingAssistant)]
    public async Task PupilApi_StaffCookieWithAValidCheck_CannotAnswerForAPupil(Visitor staff)
    {
        var world = await WorldAsync();

        var response = await world.Clients[staff].PostAsJsonAsync("/api/v1/pupil/answers", new { checkId = world.CheckId, answers = new[] { new { id = Guid.NewGuid(), index = 1, answer = "1", millisecondsTaken = 1000 } } });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, await server.QueryDatabaseAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Evidence, e => e.CheckId == world.CheckId && e.RecordedBy == null && e.Answer == "1")));
    }

    [Fact]
    public async Task ClassPages_OtherSchoolLead_SeesTheirOwnClassButNoOakfieldPupil()
    {
        var world = await WorldAsync();
        var lead = world.Clients[Visitor.OtherSchoolLead];

        var own = await lead.GetAsync($"/class/{world.WillowId}");
        var list = await lead.GetStringAsync("/class");

        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        var page = await own.Content.ReadAsStringAsync();
        Assert.Contains("Brook Sideperson", page, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"/class/{world.MapleId}\"", list, StringComparison.Ordinal);
        Assert.DoesNotContain(world.OakfieldPupils, p => page.Contains(p.FullName, StringComparison.Ordinal) || list.Contains(p.FullName, StringComparison.Ordinal));
    }

    private static Outcome Expected(Visitor visitor, ClassroomEndpoint endpoint)
    {
        var allowed = endpoint.IsPost ? Outcome.Allowed : Outcome.Ok;
        if (endpoint.IsApi)
        {
            return visitor == Visitor.Pupil ? allowed : Outcome.Unauthorized;
        }

        if (endpoint.Template == "/pupil")
        {
            return Outcome.Ok;
        }

        if (endpoint.Template.StartsWith("/pupil/", StringComparison.Ordinal))
        {
            return visitor == Visitor.Pupil ? allowed : Outcome.PupilSignIn;
        }

        switch (visitor)
        {
            case Visitor.Anonymous or Visitor.Pupil:
                return Outcome.SignIn;
            case Visitor.HubLead or Visitor.MasterySpecialist:
                return Outcome.Forbidden;
        }

        if (endpoint.Template.StartsWith("/school", StringComparison.Ordinal))
        {
            return visitor is Visitor.SchoolLead or Visitor.OtherSchoolLead ? allowed : Outcome.Forbidden;
        }

        if (LeadsOnly.Contains(endpoint.ToString()) && visitor is Visitor.Teacher or Visitor.OtherClassTeacher or Visitor.TeachingAssistant)
        {
            return Outcome.Forbidden;
        }

        if (visitor == Visitor.TeachingAssistant && DeniedToTeachingAssistants.Contains(endpoint.ToString()))
        {
            return Outcome.Forbidden;
        }

        return endpoint.NamesClassData && visitor is Visitor.OtherClassTeacher or Visitor.OtherSchoolLead ? Outcome.NotFound : allowed;
    }

    private static bool Matches(Outcome expected, HttpResponseMessage response)
    {
        var location = response.Headers.Location is { IsAbsoluteUri: true } absolute ? absolute.PathAndQuery : response.Headers.Location?.OriginalString ?? string.Empty;
        return expected switch
        {
            Outcome.Ok => response.StatusCode == HttpStatusCode.OK,
            // A write that passed the gate: done (a redirect onwards) or refused for its input (the page again), never a 5xx.
            Outcome.Allowed => response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NoContent or HttpStatusCode.BadRequest
                || (response.StatusCode == HttpStatusCode.Redirect && !location.StartsWith("/account/sign-in", StringComparison.Ordinal) && !location.StartsWith("/pupil", StringComparison.Ordinal)),
            Outcome.SignIn => response.StatusCode == HttpStatusCode.Redirect && location.StartsWith("/account/sign-in", StringComparison.Ordinal),
            Outcome.PupilSignIn => response.StatusCode == HttpStatusCode.Redirect && location.StartsWith("/pupil", StringComparison.Ordinal) && !location.StartsWith("/pupil/", StringComparison.Ordinal),
            Outcome.Unauthorized => response.StatusCode == HttpStatusCode.Unauthorized,
            Outcome.Forbidden => response.StatusCode == HttpStatusCode.Forbidden,
            Outcome.NotFound => response.StatusCode == HttpStatusCode.NotFound,
            _ => false,
        };
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, ClassroomEndpoint endpoint, ClassroomWorld world, string? token)
    {
        var path = endpoint.PathFor(world);
        if (!endpoint.IsPost)
        {
            return client.GetAsync(path);
        }

        if (endpoint.IsApi)
        {
            return client.PostAsJsonAsync(path, new { checkId = world.CheckId, answers = Array.Empty<object>() });
        }

        var fields = token is null ? [] : new Dictionary<string, string> { ["__RequestVerificationToken"] = token };
        return client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    /// <summary>The anti-forgery token of a signed-in person (the sign-in form makes one for whoever is signed in); none for visitors without staff sign-in.</summary>
    private static async Task<string?> TokenAsync(HttpClient client, Visitor visitor)
    {
        if (visitor is Visitor.Anonymous or Visitor.Pupil)
        {
            return null;
        }

        var match = Token().Match(await client.GetStringAsync("/account/sign-in"));
        Assert.True(match.Success, $"No anti-forgery token on the sign-in page for {visitor}.");
        return match.Groups[1].Value;
    }

    /// <summary>Names and UPNs: other schools' staff and hub roles never see Oakfield's; a teacher of another class never sees Maple's; a pupil only their own.</summary>
    private static void AssertNoPupilOutsideTheirReach(Visitor visitor, ClassroomWorld world, List<(ClassroomEndpoint Endpoint, string Body)> bodies)
    {
        var outOfReach = visitor switch
        {
            Visitor.Teacher or Visitor.TeachingAssistant or Visitor.SchoolLead => [],
            Visitor.Pupil => world.OakfieldPupils.Where(p => p.Id != world.SignedInPupil.Id).ToList(),
            _ => world.OakfieldPupils,
        };
        var leaks = (from item in bodies
                     from pupil in outOfReach
                     where item.Body.Contains(pupil.FullName, StringComparison.Ordinal) || item.Body.Contains(pupil.Upn, StringComparison.Ordinal)
                     select $"{item.Endpoint} shows {pupil.FullName} to {visitor}").ToList();
        Assert.True(leaks.Count == 0, string.Join(Environment.NewLine, leaks));
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

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
