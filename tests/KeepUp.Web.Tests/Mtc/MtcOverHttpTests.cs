using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using KeepUp.Storage.Demo;
using Microsoft.EntityFrameworkCore;

namespace KeepUp.Web.Tests.Mtc;

/// <summary>
/// The times tables check over HTTP, as the people in it do it: the teacher opens PINs and the
/// check, a pupil starts it and sends it (twice: stored once), the teacher sees the score.
/// </summary>
[Collection(SharedServer.Name)]
public sealed partial class MtcOverHttpTests(KeepUpServer server)
{
    [Fact]
    public async Task Mtc_PupilTakesTheCheck_StoredOnceAndTheTeacherSeesTheScoreAndCsv()
    {
        var (teacher, classId, pupil, name) = await OpenCheckAndSignInPupilAsync();

        var check = await StartAsync(pupil);
        var questions = check.GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("a").GetInt32() * q.GetProperty("b").GetInt32()).ToList();
        var body = Submission(check.GetProperty("token").GetString()!, questions, right: 21);
        var first = await pupil.PostAsync("/api/v1/pupil/mtc/submit", Json(body));
        var again = await pupil.PostAsync("/api/v1/pupil/mtc/submit", Json(body));

        Assert.Equal(3, check.GetProperty("practice").GetArrayLength());
        Assert.Equal(25, questions.Count);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.False((await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("alreadyHad").GetBoolean());
        Assert.True((await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("alreadyHad").GetBoolean());
        var attemptId = check.GetProperty("attemptId").GetGuid();
        Assert.Equal(25, await server.QueryDatabaseAsync(db => db.MtcResponses.CountAsync(r => r.AttemptId == attemptId)));
        var page = await teacher.GetStringAsync($"/class/{classId}/mtc");
        var row = Regex.Match(page, "<th scope=\"row\">" + Regex.Escape(name) + "</th>(.*?)</tr>", RegexOptions.Singleline);
        Assert.Contains("Complete", row.Groups[1].Value, StringComparison.Ordinal);
        Assert.Contains("21 out of 25", row.Groups[1].Value, StringComparison.Ordinal);
        var csv = await teacher.GetStringAsync($"/class/{classId}/mtc.csv");
        Assert.StartsWith("UPN,Forename,Surname,Status,Restarts,Score", csv, StringComparison.Ordinal);
        Assert.Contains(",Complete,0,21,25,", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mtc_TamperedTokenOrOver64KilobytesOrStaffCookie_Refused()
    {
        var (teacher, _, pupil, _) = await OpenCheckAndSignInPupilAsync();
        var check = await StartAsync(pupil);
        var token = check.GetProperty("token").GetString()!;
        var products = check.GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("a").GetInt32() * q.GetProperty("b").GetInt32()).ToList();

        var tampered = await pupil.PostAsync("/api/v1/pupil/mtc/submit", Json(Submission(token[..^4] + (token.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA"), products)));
        var huge = await pupil.PostAsync("/api/v1/pupil/mtc/submit", new StringContent("{\"token\":\"" + new string('x', 70_000) + "\"}", Encoding.UTF8, "application/json"));
        var staffStart = await teacher.PostAsync("/api/v1/pupil/mtc/start", null);
        var staffSubmit = await teacher.PostAsync("/api/v1/pupil/mtc/submit", Json(Submission(token, products)));

        Assert.Equal(HttpStatusCode.BadRequest, tampered.StatusCode);
        Assert.Contains("mtc-token-invalid", await tampered.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, huge.StatusCode);
        Assert.Contains("64 KB", await huge.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, staffStart.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, staffSubmit.StatusCode);
        var attemptId = check.GetProperty("attemptId").GetGuid();
        Assert.Equal(0, await server.QueryDatabaseAsync(db => db.MtcResponses.CountAsync(r => r.AttemptId == attemptId)));
    }

    [Fact]
    public async Task Mtc_AnotherPupilSignedInSendsTheCheck_Refused403SoTheDeviceKeepsItAndTheOwnerSendsIt()
    {
        var (_, _, owner, _) = await OpenCheckAndSignInPupilAsync();
        var check = await StartAsync(owner);
        var (_, _, another, _) = await OpenCheckAndSignInPupilAsync();
        var products = check.GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("a").GetInt32() * q.GetProperty("b").GetInt32()).ToList();
        var body = Submission(check.GetProperty("token").GetString()!, products);

        var refused = await another.PostAsync("/api/v1/pupil/mtc/submit", Json(body));
        var attemptId = check.GetProperty("attemptId").GetGuid();
        var storedMeanwhile = await server.QueryDatabaseAsync(db => db.MtcResponses.CountAsync(r => r.AttemptId == attemptId));
        var sent = await owner.PostAsync("/api/v1/pupil/mtc/submit", Json(body));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("mtc-not-your-check", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, storedMeanwhile);
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        Assert.Equal(25, await server.QueryDatabaseAsync(db => db.MtcResponses.CountAsync(r => r.AttemptId == attemptId)));
    }

    [Fact]
    public async Task Mtc_TeacherRestartsTwice_PupilGetsNewFormsAndAThirdRestartIsRefused()
    {
        var (teacher, classId, pupil, name) = await OpenCheckAndSignInPupilAsync();
        var first = await StartAsync(pupil);
        var pupilId = await server.QueryDatabaseAsync(db => db.MtcAttempts.Where(a => a.Id == first.GetProperty("attemptId").GetGuid()).Select(a => a.PupilId).SingleAsync());
        var forms = new List<string> { first.GetProperty("questions").GetRawText() };
        var refusedStart = await pupil.PostAsync("/api/v1/pupil/mtc/start", null);
        for (var i = 0; i < 2; i++)
        {
            var restarted = await KeepUpServer.PostFormAsync(teacher, $"/class/{classId}/mtc", $"/class/{classId}/mtc?handler=Restart", new Dictionary<string, string> { ["pupilId"] = pupilId.ToString(), ["reason"] = "ItIssues" });
            Assert.Equal(HttpStatusCode.Redirect, restarted.StatusCode);
            var page = await teacher.GetStringAsync($"/class/{classId}/mtc");
            Assert.Contains("Restarted", Regex.Match(page, "<th scope=\"row\">" + Regex.Escape(name) + "</th>(.*?)</tr>", RegexOptions.Singleline).Groups[1].Value, StringComparison.Ordinal);
            forms.Add((await StartAsync(pupil)).GetProperty("questions").GetRawText());
        }

        var third = await KeepUpServer.PostFormAsync(teacher, $"/class/{classId}/mtc", $"/class/{classId}/mtc?handler=Restart", new Dictionary<string, string> { ["pupilId"] = pupilId.ToString(), ["reason"] = "ItIssues" });

        Assert.Equal(HttpStatusCode.BadRequest, refusedStart.StatusCode);
        Assert.Equal(3, forms.Distinct().Count());
        Assert.Equal(HttpStatusCode.OK, third.StatusCode);
        Assert.Contains("already had 2 restarts", await third.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<(HttpClient Teacher, string ClassId, HttpClient Pupil, string Name)> OpenCheckAndSignInPupilAsync()
    {
        var teacher = await server.SignedInAsTeacherAsync();
        var classId = ClassLink().Match(await teacher.GetStringAsync("/class")).Groups[1].Value;
        var today = KeepUp.Storage.SchoolTime.DateOf(DateTimeOffset.UtcNow);
        var day = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await KeepUpServer.PostFormAsync(teacher, $"/class/{classId}/pins", $"/class/{classId}/pins", new Dictionary<string, string> { ["Date"] = day, ["From"] = "00:00", ["Until"] = "23:59" });
        var opened = await KeepUpServer.PostFormAsync(teacher, $"/class/{classId}/mtc", $"/class/{classId}/mtc?handler=OpenWindow", new Dictionary<string, string>
        {
            ["opensOn"] = day,
            ["closesOn"] = today.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);

        // Each test takes a different pupil, so each starts a fresh check.
        var slips = Slip().Matches(await teacher.GetStringAsync($"/class/{classId}/pins")).ToList();
        var started = await server.QueryDatabaseAsync(db => db.MtcAttempts.Select(a => a.PupilId).ToListAsync());
        var pupilIds = await server.QueryDatabaseAsync(db => db.Pupils.Where(p => p.Pin != null).Select(p => new { p.Id, p.Pin }).ToListAsync());
        var slip = slips.First(s => pupilIds.Any(p => p.Pin == s.Groups[2].Value && !started.Contains(p.Id)));
        var pupil = server.CreateClient();
        var signedIn = await KeepUpServer.PostFormAsync(pupil, "/pupil", "/pupil", new Dictionary<string, string> { ["SchoolCode"] = DemoData.PupilSchoolCode, ["Pin"] = slip.Groups[2].Value });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Contains("data-open=\"true\"", await pupil.GetStringAsync("/pupil/mtc"), StringComparison.Ordinal);
        return (teacher, classId, pupil, slip.Groups[1].Value);
    }

    private static async Task<JsonElement> StartAsync(HttpClient pupil)
    {
        var response = await pupil.PostAsync("/api/v1/pupil/mtc/start", null);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static object Submission(string token, IReadOnlyList<int> products, int right = 25) => new
    {
        token,
        answers = products.Select((p, i) => new { position = i + 1, answer = i < right ? p.ToString(CultureInfo.InvariantCulture) : string.Empty, shownAtMilliseconds = 9000 * i, millisecondsOnScreen = 2000, byInputAssistant = false }),
    };

    private static StringContent Json(object body) => new(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");

    [GeneratedRegex("href=\"/class/(\\d+)\"")]
    private static partial Regex ClassLink();

    [GeneratedRegex("pin-slip-name\">([^<]+)</span>.*?pin-slip-pin\">(\\d{4})<", RegexOptions.Singleline)]
    private static partial Regex Slip();
}
