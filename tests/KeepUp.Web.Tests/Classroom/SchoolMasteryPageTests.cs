using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using KeepUp.Domain.Mastery;
using KeepUp.Storage.Accounts;
using KeepUp.Storage.Classroom;
using KeepUp.Storage.Demo;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace KeepUp.Web.Tests.Classroom;

/// <summary>
/// The school page for maths leads and heads, on a server of its own so its figures are exactly the
/// evidence seeded here: the demo teacher marks a paper check (every SEND pupil and one other wrong,
/// the rest right) and plans the keep-up group's intervention three times.
/// </summary>
public sealed partial class SchoolMasteryPageTests(SchoolMasteryPageTests.SeededSchool school) : IClassFixture<SchoolMasteryPageTests.SeededSchool>
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    [Fact]
    public async Task YearGroups_LeadAfterAPaperCheck_FiguresMatchTheEvidence()
    {
        var lead = await school.Server.SignedInAsync(Roles.SchoolLead);

        var page = await lead.GetStringAsync("/school/mastery");

        var year4 = Cells(page, "Year 4");
        Assert.Equal(school.Pupils.Count.ToString(English), year4[0]);
        Assert.StartsWith(school.Wrong.Count + " (", year4[1 + Column(MasteryStatus.NeedsSameDayHelp)], StringComparison.Ordinal);
        Assert.Equal(school.Pupils.Count - school.Wrong.Count, Count(year4[1 + Column(MasteryStatus.Secure)]) + Count(year4[1 + Column(MasteryStatus.KeepingUp)]));
        Assert.StartsWith("0 ", year4[1 + Column(MasteryStatus.NotYetTaught)], StringComparison.Ordinal);
        var answers = school.Pupils.Count * school.Questions;
        var right = (school.Pupils.Count - school.Wrong.Count) * school.Questions;
        Assert.Equal($"{((double)right / answers).ToString("P0", English)} of {answers}", year4[7]);
        Assert.StartsWith((school.Wrong.Count * SeededSchool.Interventions).ToString(English) + " ", year4[8], StringComparison.Ordinal);
        Assert.Contains("role=\"img\"", page, StringComparison.Ordinal);
        Assert.Contains("<title id=\"year-chart-title\">", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PupilGroups_LeadAfterAPaperCheck_EachGroupAgainstTheRest()
    {
        var lead = await school.Server.SignedInAsync(Roles.SchoolLead);

        var page = await lead.GetStringAsync("/school/mastery");

        var send = school.Pupils.Where(p => p.SenStatus != "None").ToList();
        var sendRow = Cells(page, "SEND");
        Assert.Equal(send.Count.ToString(English), sendRow[0]);
        Assert.StartsWith(send.Count(p => school.Wrong.Contains(p.Id)) + " (", sendRow[1 + Column(MasteryStatus.NeedsSameDayHelp)], StringComparison.Ordinal);
        var rest = Cells(page, "No SEND");
        Assert.Equal((school.Pupils.Count - send.Count).ToString(English), rest[0]);
        Assert.StartsWith(school.Wrong.Count(w => send.All(p => p.Id != w)) + " (", rest[1 + Column(MasteryStatus.NeedsSameDayHelp)], StringComparison.Ordinal);
        var premium = Cells(page, "Pupil premium");
        Assert.Equal(school.Pupils.Count(p => p.PupilPremium).ToString(English), premium[0]);
        Assert.StartsWith(school.Pupils.Count(p => p.PupilPremium && school.Wrong.Contains(p.Id)) + " (", premium[1 + Column(MasteryStatus.NeedsSameDayHelp)], StringComparison.Ordinal);
    }

    [Fact]
    public async Task FlagList_PupilsHelpedThreeTimes_NamedWithClassAndKeepUpLink()
    {
        var lead = await school.Server.SignedInAsync(Roles.SchoolLead);

        var page = await lead.GetStringAsync("/school/mastery");

        var flagged = page[page.IndexOf("id=\"flagged\"", StringComparison.Ordinal)..];
        foreach (var pupil in school.Pupils)
        {
            Assert.Equal(school.Wrong.Contains(pupil.Id), flagged.Contains($"<th scope=\"row\">{WebUtility.HtmlEncode(pupil.FullName)}</th>", StringComparison.Ordinal));
        }

        Assert.Equal(school.Wrong.Count, FlagRow().Matches(flagged).Count(m => m.Groups[1].Value == SeededSchool.Interventions.ToString(English)));
        Assert.Contains($"href=\"/class/{school.ClassId}/keep-up\"", flagged, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_SmallGroup_ShowsTheCountButTooFewToCompare()
    {
        var lead = await school.Server.SignedInAsync(Roles.SchoolLead);

        var page = await lead.GetStringAsync("/school/mastery");

        var groups = new Dictionary<string, int>
        {
            ["Pupil premium"] = school.Pupils.Count(p => p.PupilPremium),
            ["SEND"] = school.Pupils.Count(p => p.SenStatus != "None"),
            ["EAL"] = school.Pupils.Count(p => p.Eal),
            ["Lower prior attainers"] = school.Pupils.Count(p => p.LowerPriorAttainer),
        };
        foreach (var (name, size) in groups)
        {
            var row = Cells(page, name);
            Assert.Equal(size.ToString(English), row[0]);
            Assert.Equal(size < MasteryTallyFewest, row[1] == "Too few to compare");
        }
    }

    [Theory]
    [InlineData(Roles.Teacher)]
    [InlineData(Roles.TeachingAssistant)]
    [InlineData(Roles.HubLead)]
    [InlineData(Roles.MasterySpecialist)]
    public async Task Page_NotALead_IsForbidden(string role)
    {
        var client = await school.Server.SignedInAsync(role);

        var response = await client.GetAsync("/school/mastery");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(school.Pupils, p => body.Contains(p.Surname, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Page_NotSignedIn_GoesToSignIn()
    {
        var response = await school.Server.CreateClient().GetAsync("/school/mastery");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/sign-in", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_LeadOfAnotherSchool_SeesNoneOfOakfieldsPupils()
    {
        var other = school.Server.CreateClient();
        Assert.Equal(HttpStatusCode.Redirect, (await KeepUpServer.SignInAsync(other, school.OtherLeadEmail, DemoData.Password)).StatusCode);

        var page = await other.GetStringAsync("/school/mastery");

        Assert.Equal(["0", "Too few to compare"], Cells(page, "Whole school"));
        Assert.Equal(["0", "Too few to compare"], Cells(page, "Pupil premium"));
        Assert.DoesNotContain(school.Pupils, p => page.Contains(p.Surname, StringComparison.Ordinal) || page.Contains(p.Forename, StringComparison.Ordinal));
        Assert.DoesNotContain("Year 4", page, StringComparison.Ordinal);
        Assert.Contains("No pupil has needed same-day help", page, StringComparison.Ordinal);
    }

    private const int MasteryTallyFewest = KeepUp.Domain.Classroom.MasteryTally.FewestToCompare;

    /// <summary>The cells after a row's heading, as text (a row's first match: groups come before the rest).</summary>
    private static List<string> Cells(string page, string rowName)
    {
        var row = Regex.Match(page, "<th scope=\"row\">" + Regex.Escape(rowName) + "</th>(.*?)</tr>", RegexOptions.Singleline);
        Assert.True(row.Success, $"No row '{rowName}' on the page.");
        return [.. CellText().Matches(row.Groups[1].Value).Select(m => Spaces().Replace(Tags().Replace(WebUtility.HtmlDecode(m.Groups[1].Value), string.Empty), " ").Trim())];
    }

    private static int Column(MasteryStatus status) => KeepUp.Domain.Classroom.SchoolMasteryChart.Order.ToList().IndexOf(status);

    private static int Count(string cell) => int.Parse(cell.Split(' ')[0], NumberStyles.AllowThousands, English);

    [GeneratedRegex("<td[^>]*>(.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex CellText();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex("\\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex("</th>\\s*<td>[^<]*</td>\\s*<td>(\\d+)</td>")]
    private static partial Regex FlagRow();

    /// <summary>A server of its own, with the demo class's evidence seeded through the teacher's pages.</summary>
    public sealed partial class SeededSchool : IAsyncLifetime
    {
        /// <summary>How many times the keep-up group is planned an intervention: enough to be flagged.</summary>
        public const int Interventions = KeepUpPlanner.FlagAfterInterventions;

        public KeepUpServer Server { get; } = new();

        public List<Pupil> Pupils { get; private set; } = [];

        /// <summary>The pupils marked wrong on every question.</summary>
        public HashSet<Guid> Wrong { get; private set; } = [];

        public int Questions { get; private set; }

        public string ClassId { get; private set; } = string.Empty;

        public string OtherLeadEmail { get; } = $"lead-{Guid.NewGuid():N}@brookside.test.keepup.school";

        public async Task InitializeAsync()
        {
            await Server.InitializeAsync();
            // The demo class comes with two weeks of made-up lessons; clear them so the figures are this test's alone.
            await Server.QueryDatabaseAsync(async db =>
            {
                db.InterventionPupils.RemoveRange(db.InterventionPupils);
                db.Interventions.RemoveRange(db.Interventions);
                db.Evidence.RemoveRange(db.Evidence);
                db.LessonChecks.RemoveRange(db.LessonChecks);
                db.Lessons.RemoveRange(db.Lessons);
                return await db.SaveChangesAsync();
            });
            Pupils = await Server.QueryDatabaseAsync(db => db.Pupils.AsNoTracking().OrderBy(p => p.Surname).ToListAsync());
            // Every SEND pupil and one other get it wrong: a gap the page must show.
            Wrong = [.. Pupils.Where(p => p.SenStatus != "None").Select(p => p.Id), Pupils.First(p => p.SenStatus == "None").Id];
            var teacher = await Server.SignedInAsTeacherAsync();
            ClassId = ClassLink().Match(await teacher.GetStringAsync("/class")).Groups[1].Value;
            var stepId = StepField().Match(await teacher.GetStringAsync($"/class/{ClassId}")).Groups[1].Value;
            var started = await KeepUpServer.PostFormAsync(teacher, $"/class/{ClassId}", $"/class/{ClassId}?handler=StartCheck", new Dictionary<string, string> { ["stepId"] = stepId, ["questions"] = "3" });
            Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
            var checkPath = started.Headers.Location!.OriginalString;

            var cells = MarkCell().Matches(await teacher.GetStringAsync(checkPath)).Select(m => (Pupil: Guid.ParseExact(m.Groups[1].Value, "N"), Name: m.Value)).ToList();
            Questions = cells.Count / Pupils.Count;
            var marked = await KeepUpServer.PostFormAsync(teacher, checkPath, checkPath + "?handler=Marks", cells.Select(c => new KeyValuePair<string, string>(c.Name[6..^1], Wrong.Contains(c.Pupil) ? "0" : "1")));
            Assert.Equal(HttpStatusCode.Redirect, marked.StatusCode);

            for (var i = 0; i < Interventions; i++)
            {
                var keepUp = await teacher.GetStringAsync($"/class/{ClassId}/keep-up");
                var group = PlanForm().Match(keepUp);
                Assert.True(group.Success, "The keep-up page offers no intervention group.");
                var fields = FormField().Matches(group.Value).Select(m => new KeyValuePair<string, string>(m.Groups[1].Value, WebUtility.HtmlDecode(m.Groups[2].Value))).ToList();
                Assert.Equal(Wrong.Order(), fields.Where(f => f.Key == "pupils").Select(f => Guid.Parse(f.Value)).Order());
                var planned = await KeepUpServer.PostFormAsync(teacher, $"/class/{ClassId}/keep-up", $"/class/{ClassId}/keep-up?handler=Plan", fields);
                Assert.Equal(HttpStatusCode.Redirect, planned.StatusCode);
            }

            await AddOtherSchoolLeadAsync();
        }

        public Task DisposeAsync() => Server.DisposeAsync();

        /// <summary>A maths lead at Brookside, the demo hub's other school, which has no pupils on KeepUp.</summary>
        private Task AddOtherSchoolLeadAsync() => Server.QueryDatabaseAsync(async db =>
        {
            var brookside = await db.Schools.SingleAsync(s => s.Urn == 900002);
            var account = new StaffAccount
            {
                UserName = OtherLeadEmail,
                NormalizedUserName = OtherLeadEmail.ToUpperInvariant(),
                Email = OtherLeadEmail,
                NormalizedEmail = OtherLeadEmail.ToUpperInvariant(),
                EmailConfirmed = true,
                DisplayName = "Brookside Lead",
                SchoolId = brookside.Id,
                SecurityStamp = Guid.NewGuid().ToString("N"),
            };
            account.PasswordHash = new PasswordHasher<StaffAccount>().HashPassword(account, DemoData.Password);
            db.Users.Add(account);
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = account.Id, RoleId = (await db.Roles.SingleAsync(r => r.Name == Roles.SchoolLead)).Id });
            return await db.SaveChangesAsync();
        });

        [GeneratedRegex("href=\"/class/(\\d+)\"")]
        private static partial Regex ClassLink();

        [GeneratedRegex("name=\"stepId\" value=\"([^\"]+)\"")]
        private static partial Regex StepField();

        [GeneratedRegex("name=\"m_([0-9a-f]{32})_\\d+\"")]
        private static partial Regex MarkCell();

        [GeneratedRegex("<form method=\"post\" action=\"[^\"]*handler=Plan\".*?</form>", RegexOptions.Singleline)]
        private static partial Regex PlanForm();

        [GeneratedRegex("<input type=\"hidden\" name=\"(stepId|misconception|pupils)\" value=\"([^\"]*)\"")]
        private static partial Regex FormField();
    }
}
