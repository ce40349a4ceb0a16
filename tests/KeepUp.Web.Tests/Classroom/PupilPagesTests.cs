using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using KeepUp.Domain.Calendar;
using KeepUp.Domain.Classroom;
using KeepUp.Storage.Accounts;
using KeepUp.Storage.Classroom;
using Microsoft.EntityFrameworkCore;

namespace KeepUp.Web.Tests.Classroom;

/// <summary>
/// Pupils in the UI over HTTP: teachers add and edit their own class's pupils, never another class's;
/// teaching assistants only read; the maths lead erases; judgements show on the pupil page. Each test
/// adds its own pupils, so the demo class other tests use is left as it was.
/// </summary>
[Collection(SharedServer.Name)]
public sealed partial class PupilPagesTests(KeepUpServer server)
{
    private static readonly AcademicYear ThisYear = AcademicYear.Containing(KeepUp.Storage.SchoolTime.DateOf(DateTimeOffset.UtcNow));

    [Fact]
    public async Task AddThenEdit_TeacherOfTheClass_SavesThePupilAndLinksTheirPage()
    {
        var teacher = await server.SignedInAsTeacherAsync();
        var maple = await MapleAsync(teacher);
        var upn = NewUpn();

        var added = await AddPupilAsync(teacher, maple, upn, "Orla", "Fenwick", yearGroup: 4);

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var pupilPage = added.Headers.Location!.OriginalString;
        Assert.Matches($"^/class/{maple}/pupil/[0-9a-f-]{{36}}$", pupilPage);
        Assert.Contains($"href=\"{pupilPage}\">Orla Fenwick</a>", await teacher.GetStringAsync($"/class/{maple}"), StringComparison.Ordinal);
        Assert.Contains($"href=\"{pupilPage}\">Orla Fenwick</a>", await teacher.GetStringAsync($"/class/{maple}/progress"), StringComparison.Ordinal);

        var edited = await KeepUpServer.PostFormAsync(teacher, pupilPage + "/edit", pupilPage + "/edit", Fields(maple, upn, "Orla", "Fenwick-Hart", 4, pupilPremium: true));

        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        var page = await teacher.GetStringAsync(pupilPage);
        Assert.Contains("Orla Fenwick-Hart", page, StringComparison.Ordinal);
        Assert.Contains("title=\"Pupil premium\">PP", page, StringComparison.Ordinal);
        Assert.Equal("Fenwick-Hart", await server.QueryDatabaseAsync(db => db.Pupils.Where(p => p.Upn == upn).Select(p => p.Surname).SingleAsync()));
    }

    [Fact]
    public async Task Add_BadCheckLetter_SaysWhatIsWrongAndSavesNothing()
    {
        var teacher = await server.SignedInAsTeacherAsync();
        var maple = await MapleAsync(teacher);
        var good = NewUpn();
        var bad = (good[0] == 'A' ? 'B' : 'A') + good[1..];
        var before = await server.QueryDatabaseAsync(db => db.Pupils.CountAsync());

        var response = await AddPupilAsync(teacher, maple, bad, "Nell", "Ashdown", yearGroup: 4);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("Nothing was saved.", page, StringComparison.Ordinal);
        Assert.Contains("check letter", page, StringComparison.Ordinal);
        Assert.Contains("id=\"problem-Upn\"", page, StringComparison.Ordinal);
        Assert.Equal(before, await server.QueryDatabaseAsync(db => db.Pupils.CountAsync()));
    }

    [Fact]
    public async Task OtherClassesPupil_Teacher_GetsNotFoundAndChangesNothing()
    {
        var lead = await server.SignedInAsync(Roles.SchoolLead);
        var willow = await ClassAsync(lead, "Willow-" + Guid.NewGuid().ToString("N")[..6], yearGroup: 6);
        var upn = NewUpn();
        var added = await AddPupilAsync(lead, willow, upn, "Cass", "Moreland", yearGroup: 6);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var pupilPage = added.Headers.Location!.OriginalString;
        var teacher = await server.SignedInAsTeacherAsync();
        var maple = await MapleAsync(teacher);

        Assert.Equal(HttpStatusCode.NotFound, (await teacher.GetAsync(pupilPage)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await teacher.GetAsync(pupilPage + "/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await teacher.GetAsync($"/class/{willow}/pupils/add")).StatusCode);
        var edit = await KeepUpServer.PostFormAsync(teacher, $"/class/{maple}", pupilPage + "/edit", Fields(willow, upn, "Cass", "Changed", 6));
        var archive = await KeepUpServer.PostFormAsync(teacher, $"/class/{maple}", pupilPage + "?handler=Archive", []);
        var pupilId = Guid.Parse(pupilPage[^36..]);
        var moved = await KeepUpServer.PostFormAsync(teacher, $"/class/{maple}", $"/class/{maple}/pupil/{pupilId}/edit", Fields(maple, upn, "Cass", "Moreland", 6));

        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, archive.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, moved.StatusCode);
        var stored = await server.QueryDatabaseAsync(db => db.Pupils.AsNoTracking().SingleAsync(p => p.Upn == upn));
        Assert.Equal(("Moreland", (DateOnly?)null, (int?)willow), (stored.Surname, stored.ArchivedOn, stored.ClassId));
    }

    [Fact]
    public async Task PupilPage_TeachingAssistant_ReadsButCannotChange()
    {
        var teacher = await server.SignedInAsTeacherAsync();
        var maple = await MapleAsync(teacher);
        var upn = NewUpn();
        var pupilPage = (await AddPupilAsync(teacher, maple, upn, "Tam", "Rivers", yearGroup: 4)).Headers.Location!.OriginalString;
        var assistant = await server.SignedInAsync(Roles.TeachingAssistant);

        var page = await assistant.GetStringAsync(pupilPage);
        var edit = await assistant.GetAsync(pupilPage + "/edit");
        var add = await assistant.GetAsync($"/class/{maple}/pupils/add");
        // The assistant's pages have no forms to take an anti-forgery token from; the sign-in page issues one for them.
        var archive = await KeepUpServer.PostFormAsync(assistant, "/account/sign-in", pupilPage + "?handler=Archive", []);
        var judge = await KeepUpServer.PostFormAsync(assistant, "/account/sign-in", pupilPage + "?handler=Judge", Judgement(StepIds(page)[0], JudgementChoice.Secure, "Seen it"));
        var erase = await assistant.GetAsync(pupilPage + "/erase");

        Assert.Contains("Tam Rivers", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Record your judgement", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Edit details", page, StringComparison.Ordinal);
        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden],
            [edit.StatusCode, add.StatusCode, archive.StatusCode, judge.StatusCode, erase.StatusCode]);
        var stored = await server.QueryDatabaseAsync(db => db.Pupils.AsNoTracking().SingleAsync(p => p.Upn == upn));
        Assert.Null(stored.ArchivedOn);
        Assert.Equal(0, await server.QueryDatabaseAsync(db => db.MasteryJudgements.CountAsync(j => j.PupilId == stored.Id)));
    }

    [Fact]
    public async Task ArchiveThenRestore_Teacher_PupilLeavesTheClassListAndComesBack()
    {
        var teacher = await server.SignedInAsTeacherAsync();
        var maple = await MapleAsync(teacher);
        var pupilPage = (await AddPupilAsync(teacher, maple, NewUpn(), "Bea", "Lindqvist", yearGroup: 4)).Headers.Location!.OriginalString;

        var archived = await KeepUpServer.PostFormAsync(teacher, pupilPage, pupilPage + "?handler=Archive", []);

        Assert.Equal(HttpStatusCode.Redirect, archived.StatusCode);
        Assert.DoesNotContain("Bea Lindqvist", await teacher.GetStringAsync($"/class/{maple}"), StringComparison.Ordinal);
        Assert.Contains("Bea Lindqvist", await teacher.GetStringAsync($"/class/{maple}/pupils/archived"), StringComparison.Ordinal);

        var restored = await KeepUpServer.PostFormAsync(teacher, pupilPage, pupilPage + "?handler=Restore", []);

        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.Contains("Bea Lindqvist", await teacher.GetStringAsync($"/class/{maple}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Judge_TeacherWithReason_ShowsWhoWhenAndWhyNextToTheLabel()
    {
        var teacher = await server.SignedInAsTeacherAsync();
        var maple = await MapleAsync(teacher);
        var pupilPage = (await AddPupilAsync(teacher, maple, NewUpn(), "Ren", "Okafor", yearGroup: 4)).Headers.Location!.OriginalString;
        var step = StepIds(await teacher.GetStringAsync(pupilPage))[1];

        var noReason = await KeepUpServer.PostFormAsync(teacher, pupilPage, pupilPage + "?handler=Judge", Judgement(step, JudgementChoice.Secure, "  "));
        var judged = await KeepUpServer.PostFormAsync(teacher, pupilPage, pupilPage + "?handler=Judge", Judgement(step, JudgementChoice.Secure, "Explained exchanging with counters & a place-value chart"));

        Assert.Contains("Give a reason for your judgement", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, judged.StatusCode);
        var page = await teacher.GetStringAsync(pupilPage);
        var today = KeepUp.Storage.SchoolTime.DateOf(DateTimeOffset.UtcNow).ToString("d MMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
        Assert.Contains($"Teacher judgement by Ms Ada Teacher on {today}: Explained exchanging with counters &amp; a place-value chart", page, StringComparison.Ordinal);
        Assert.Matches($"id=\"step-{Regex.Escape(step)}\">.*?status-chip heat-secure", Regex.Replace(page, @"\s+", " "));
        var audit = await server.QueryDatabaseAsync(db => db.AuditEntries.Where(a => a.Action == "judgement.recorded").Select(a => a.Detail).ToListAsync());
        Assert.Contains(audit, d => d.Contains(step, StringComparison.Ordinal) && d.Contains("Secure", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Erase_Lead_TypedNameRequired_ThenOnlyAnonymisedCountsRemain()
    {
        var lead = await server.SignedInAsync(Roles.SchoolLead);
        var teacher = await server.SignedInAsTeacherAsync();
        var maple = await MapleAsync(teacher);
        var upn = NewUpn();
        var pupilPage = (await AddPupilAsync(lead, maple, upn, "Juno", "Vasquez-Ellery", yearGroup: 4)).Headers.Location!.OriginalString;
        var pupilId = Guid.Parse(pupilPage[^36..]);
        var schoolId = await server.QueryDatabaseAsync(async db =>
        {
            var pupil = await db.Pupils.SingleAsync(p => p.Id == pupilId);
            var day = KeepUp.Storage.SchoolTime.DateOf(DateTimeOffset.UtcNow);
            for (var i = 0; i < 5; i++)
            {
                db.Evidence.Add(new Evidence { Id = Guid.NewGuid(), SchoolId = pupil.SchoolId, PupilId = pupilId, StepId = "erasure-test-step", Correct = i < 3, AnsweredAt = DateTimeOffset.UtcNow, AnsweredOn = day });
            }

            await db.SaveChangesAsync();
            return pupil.SchoolId;
        });

        Assert.Equal(HttpStatusCode.Forbidden, (await teacher.GetAsync(pupilPage + "/erase")).StatusCode);
        var wrong = await KeepUpServer.PostFormAsync(lead, pupilPage + "/erase", pupilPage + "/erase", [new("confirmation", "Juno")]);
        Assert.Contains("Nothing was erased", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(5, await server.QueryDatabaseAsync(db => db.Evidence.CountAsync(e => e.PupilId == pupilId)));

        var erased = await KeepUpServer.PostFormAsync(lead, pupilPage + "/erase", pupilPage + "/erase", [new("confirmation", "juno vasquez-ellery")]);

        Assert.Equal($"/class/{maple}/pupils/archived?erased=5", erased.Headers.Location?.OriginalString);
        Assert.False(await server.QueryDatabaseAsync(db => db.Pupils.AnyAsync(p => p.Id == pupilId || p.Upn == upn)));
        Assert.Equal(0, await server.QueryDatabaseAsync(db => db.Evidence.CountAsync(e => e.PupilId == pupilId)));
        var tally = await server.QueryDatabaseAsync(db => db.AnonymisedTallies.AsNoTracking().SingleAsync(t => t.SchoolId == schoolId && t.StepId == "erasure-test-step"));
        Assert.Equal((5, 3, 4, ThisYear.StartYear), (tally.Answers, tally.Correct, tally.YearGroup, tally.AcademicYear));
        var details = await server.QueryDatabaseAsync(db => db.AuditEntries.Select(a => a.Detail).ToListAsync());
        Assert.DoesNotContain(details, d => d.Contains("Vasquez", StringComparison.OrdinalIgnoreCase) || d.Contains(upn, StringComparison.Ordinal) || d.Contains(pupilId.ToString(), StringComparison.Ordinal));
        Assert.Contains("A pupil's personal data was erased on request; 5 answers kept as anonymised counts.", details);
        Assert.Equal(HttpStatusCode.NotFound, (await lead.GetAsync(pupilPage)).StatusCode);
    }

    [Theory]
    [InlineData(Roles.HubLead)]
    [InlineData(Roles.MasterySpecialist)]
    public async Task PupilPages_HubRoles_AreForbidden(string role)
    {
        var teacher = await server.SignedInAsTeacherAsync();
        var maple = await MapleAsync(teacher);
        var pupilPage = PupilLink().Match(await teacher.GetStringAsync($"/class/{maple}")).Groups[1].Value;
        var hub = await server.SignedInAsync(role);

        foreach (var page in new[] { pupilPage, pupilPage + "/edit", pupilPage + "/erase", $"/class/{maple}/pupils/add", $"/class/{maple}/pupils/archived" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await hub.GetAsync(page)).StatusCode);
        }
    }

    private static async Task<int> MapleAsync(HttpClient teacher) =>
        int.Parse(ClassLink().Match(await teacher.GetStringAsync("/class")).Groups[1].Value, CultureInfo.InvariantCulture);

    private static async Task<int> ClassAsync(HttpClient lead, string name, int yearGroup)
    {
        var created = await KeepUpServer.PostFormAsync(lead, "/class", "/class", new Dictionary<string, string>
        {
            ["Name"] = name,
            ["YearGroup"] = yearGroup.ToString(CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return int.Parse(created.Headers.Location!.OriginalString["/class/".Length..], CultureInfo.InvariantCulture);
    }

    private static Task<HttpResponseMessage> AddPupilAsync(HttpClient client, int classId, string upn, string forename, string surname, int yearGroup) =>
        KeepUpServer.PostFormAsync(client, $"/class/{classId}/pupils/add", $"/class/{classId}/pupils/add", Fields(classId, upn, forename, surname, yearGroup));

    /// <summary>The form's fields, with a date of birth that fits the year group this academic year.</summary>
    private static Dictionary<string, string> Fields(int classId, string upn, string forename, string surname, int yearGroup, bool pupilPremium = false)
    {
        var born = new DateOnly(ThisYear.StartYear - yearGroup - 5, 12, 1);
        var fields = new Dictionary<string, string>
        {
            ["Fields.Upn"] = upn,
            ["Fields.Forename"] = forename,
            ["Fields.Surname"] = surname,
            ["Fields.DateOfBirth"] = born.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Fields.YearGroup"] = yearGroup.ToString(CultureInfo.InvariantCulture),
            ["Fields.ClassId"] = classId.ToString(CultureInfo.InvariantCulture),
            ["Fields.SenStatus"] = "N",
        };
        if (pupilPremium)
        {
            fields["Fields.PupilPremium"] = "true";
        }

        return fields;
    }

    private static Dictionary<string, string> Judgement(string stepId, JudgementChoice choice, string why) => new()
    {
        ["stepId"] = stepId,
        ["choice"] = choice.ToString(),
        ["why"] = why,
    };

    private static List<string> StepIds(string pupilPage) => [.. StepRow().Matches(pupilPage).Select(m => m.Groups[1].Value)];

    /// <summary>A real UPN (right check letter) no other test uses.</summary>
    private static string NewUpn() => Upn.WithCheckLetter("93820077" + Random.Shared.Next(0, 10000).ToString("0000", CultureInfo.InvariantCulture)).Value;

    [GeneratedRegex("href=\"/class/(\\d+)\"")]
    private static partial Regex ClassLink();

    [GeneratedRegex("href=\"(/class/\\d+/pupil/[0-9a-f-]{36})\"")]
    private static partial Regex PupilLink();

    [GeneratedRegex("<tr id=\"step-([^\"]+)\">")]
    private static partial Regex StepRow();
}
