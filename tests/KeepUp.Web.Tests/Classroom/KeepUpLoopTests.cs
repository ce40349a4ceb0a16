using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using KeepUp.Storage.Accounts;
using KeepUp.Storage.Demo;

namespace KeepUp.Web.Tests.Classroom;

/// <summary>
/// The lesson loop over HTTP, as the people in it do it: the teacher opens PINs and starts the
/// check, a pupil signs in and answers, the teacher sees the grid and the keep-up list.
/// </summary>
[Collection(SharedServer.Name)]
public sealed partial class KeepUpLoopTests(KeepUpServer server)
{
    [Fact]
    public async Task LessonLoop_PupilAnswersOnDevice_TeacherSeesThemOnceEvenWhenResent()
    {
        var teacher = await server.SignedInAsTeacherAsync();
        var classId = ClassLink().Match(await teacher.GetStringAsync("/class")).Groups[1].Value;
        var today = KeepUp.Storage.SchoolTime.DateOf(DateTimeOffset.UtcNow);
        var pins = await KeepUpServer.PostFormAsync(teacher, $"/class/{classId}/pins", $"/class/{classId}/pins", new Dictionary<string, string>
        {
            ["Date"] = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["From"] = "00:00",
            ["Until"] = "23:59",
        });
        Assert.Equal(HttpStatusCode.Redirect, pins.StatusCode);
        var slip = Slip().Match(await teacher.GetStringAsync($"/class/{classId}/pins"));
        Assert.True(slip.Success, "The PIN page shows no slips.");

        var classPage = await teacher.GetStringAsync($"/class/{classId}");
        var stepId = StepField().Match(classPage).Groups[1].Value;
        var started = await KeepUpServer.PostFormAsync(teacher, $"/class/{classId}", $"/class/{classId}?handler=StartCheck", new Dictionary<string, string> { ["stepId"] = stepId, ["questions"] = "3" });
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var checkPath = started.Headers.Location!.OriginalString;

        var pupil = server.CreateClient();
        var signedIn = await KeepUpServer.PostFormAsync(pupil, "/pupil", "/pupil", new Dictionary<string, string> { ["SchoolCode"] = DemoData.PupilSchoolCode.ToLowerInvariant(), ["Pin"] = slip.Groups[2].Value });
        Assert.Equal("/pupil/check", signedIn.Headers.Location?.OriginalString);
        var checkPage = await pupil.GetStringAsync("/pupil/check");
        var checkId = CheckId().Match(checkPage).Groups[1].Value;
        var indexes = QuestionIndex().Matches(checkPage).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(3, indexes.Count);
        Assert.DoesNotContain("\"answer\"", checkPage, StringComparison.Ordinal);

        var answers = new { checkId, answers = indexes.Select(i => new { id = Guid.NewGuid(), index = i, answer = i == indexes[0] ? "=SUM(1)" : "0", millisecondsTaken = 4000 }).ToList() };
        var first = await (await pupil.PostAsJsonAsync("/api/v1/pupil/answers", answers)).Content.ReadFromJsonAsync<JsonElement>();
        var again = await (await pupil.PostAsJsonAsync("/api/v1/pupil/answers", answers)).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(3, first.GetProperty("stored").GetInt32());
        Assert.Equal(0, again.GetProperty("stored").GetInt32());
        Assert.Equal(3, again.GetProperty("alreadyHad").GetInt32());
        var grid = await teacher.GetStringAsync(checkPath);
        var row = Regex.Match(grid, "<th scope=\"row\">" + Regex.Escape(slip.Groups[1].Value) + "</th>(.*?)</tr>", RegexOptions.Singleline);
        Assert.True(row.Success, "The pupil's row is missing from the check grid.");
        Assert.Equal(3, CellMark().Count(row.Groups[1].Value));
        Assert.Equal(HttpStatusCode.OK, (await teacher.GetAsync($"/class/{classId}/keep-up")).StatusCode);
        Assert.Contains("heat-", await teacher.GetStringAsync($"/class/{classId}/progress"), StringComparison.Ordinal);
        var csv = await teacher.GetStringAsync($"/class/{classId}/evidence.csv");
        Assert.StartsWith("UPN,Forename,Surname,Step", csv, StringComparison.Ordinal);
        Assert.Contains(",'=SUM(1),no,", csv, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Roles.HubLead)]
    [InlineData(Roles.MasterySpecialist)]
    public async Task ClassPages_HubRoles_SeeNoPupilData(string role)
    {
        var teacher = await server.SignedInAsTeacherAsync();
        var classId = ClassLink().Match(await teacher.GetStringAsync("/class")).Groups[1].Value;
        var hub = await server.SignedInAsync(role);

        foreach (var page in new[] { "/class", $"/class/{classId}", $"/class/{classId}/pins", $"/class/{classId}/keep-up", "/class/pupils/import" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await hub.GetAsync(page)).StatusCode);
        }
    }

    [Fact]
    public async Task PupilApi_StaffCookie_IsNotAPupil()
    {
        var teacher = await server.SignedInAsTeacherAsync();

        var response = await teacher.PostAsJsonAsync("/api/v1/pupil/answers", new { checkId = Guid.NewGuid(), answers = Array.Empty<object>() });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await teacher.GetAsync("/pupil/check")).StatusCode);
    }

    [Fact]
    public async Task PupilSignIn_WrongPin_IsRefusedWithoutSayingWhich()
    {
        var pupil = server.CreateClient();

        var response = await KeepUpServer.PostFormAsync(pupil, "/pupil", "/pupil", new Dictionary<string, string> { ["SchoolCode"] = "ZZZZZZ", ["Pin"] = "2468" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("do not match", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [GeneratedRegex("href=\"/class/(\\d+)\"")]
    private static partial Regex ClassLink();

    [GeneratedRegex("pin-slip-name\">([^<]+)</span>.*?pin-slip-pin\">(\\d{4})<", RegexOptions.Singleline)]
    private static partial Regex Slip();

    [GeneratedRegex("name=\"stepId\" value=\"([^\"]+)\"")]
    private static partial Regex StepField();

    [GeneratedRegex("data-check=\"([0-9a-f-]+)\"")]
    private static partial Regex CheckId();

    [GeneratedRegex("pupil-question\" data-index=\"(\\d+)\"")]
    private static partial Regex QuestionIndex();

    [GeneratedRegex("class=\"cell-(right|wrong)\"")]
    private static partial Regex CellMark();
}
