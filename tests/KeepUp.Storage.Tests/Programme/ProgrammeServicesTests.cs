using KeepUp.Domain.Programme;
using KeepUp.Storage.Audit;
using KeepUp.Storage.Programme;
using KeepUp.Storage.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KeepUp.Storage.Tests.Programme;

/// <summary>The programme's services on both databases: ownership, all-or-nothing changes, reports.</summary>
public sealed class ProgrammeServicesTests
{
    private const string Ann = "account-ann";
    private const string Bo = "account-bo";

    /// <summary>One hub, eight schools, two specialists with accounts, one Work Group led by Ann with two schools.</summary>
    private static async Task<(TestDatabase Database, int AnnsGroup)> SeededAsync(DatabaseKind kind)
    {
        var database = await TestDatabase.CreateAsync(kind);
        await using var db = database.OpenContext();
        await db.Database.MigrateAsync();
        var hub = new MathsHub { Name = "Hub", Region = "London", Code = "h1" };
        var schools = Enumerable.Range(0, 8).Select(i => new School { Urn = 100001 + i, Name = $"School {i}", MathsHub = hub }).ToList();
        var ann = new MasterySpecialist { Code = "s1", Name = "Ann", School = schools[0], MathsHub = hub, CohortStartYear = 2015, AccountId = Ann };
        var bo = new MasterySpecialist { Code = "s2", Name = "Bo", School = schools[1], MathsHub = hub, CohortStartYear = 2016, AccountId = Bo };
        var group = new WorkGroup { Code = "w1", MathsHub = hub, StartYear = 2016, Type = WorkGroupType.Development, LeadSpecialist = ann,
            Members = [new WorkGroupMember { School = schools[2] }, new WorkGroupMember { School = schools[3] }] };
        db.AddRange(hub, ann, bo, group);
        db.AddRange(schools);
        await db.SaveChangesAsync();
        return (database, group.Id);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task SetMembersAsync_NotTheLead_IsRefusedAndChangesNothing(DatabaseKind kind)
    {
        var (database, group) = await SeededAsync(kind);
        await using (database)
        {
            await using var db = database.OpenContext();
            var workGroups = new SpecialistWorkGroups(db, new AuditLog(db, TimeProvider.System));

            var result = await workGroups.SetMembersAsync(Bo, group, [new MemberForm(100005, "X", "Y")]);

            Assert.Equal("work-group-not-found", result.Error!.Code);
            Assert.Equal(2, await db.WorkGroupMembers.CountAsync());
            Assert.Empty(await workGroups.OwnAsync(Bo));
            Assert.Single(await workGroups.OwnAsync(Ann));
        }
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task SetMembersAsync_UnknownUrn_ChangesNothing_ThenGoodListReplacesMembers(DatabaseKind kind)
    {
        var (database, group) = await SeededAsync(kind);
        await using (database)
        {
            await using (var db = database.OpenContext())
            {
                var result = await new SpecialistWorkGroups(db, new AuditLog(db, TimeProvider.System)).SetMembersAsync(Ann, group, [new MemberForm(100003, null, null), new MemberForm(999999, null, null)]);
                Assert.Equal("school-not-found", result.Error!.Code);
            }

            await using (var db = database.OpenContext())
            {
                var result = await new SpecialistWorkGroups(db, new AuditLog(db, TimeProvider.System))
                    .SetMembersAsync(Ann, group, [new MemberForm(100004, "Ms A", "Mr B"), new MemberForm(100005, null, null), new MemberForm(100006, null, null)]);
                Assert.True(result.IsSuccess);
            }

            await using (var db = database.OpenContext())
            {
                var view = (await new SpecialistWorkGroups(db, new AuditLog(db, TimeProvider.System)).OpenAsync(Ann, group)).Value!;
                Assert.Equal([100004, 100005, 100006], view.Members.Select(m => m.Urn).Order());
                Assert.Equal(("Ms A", "Mr B"), (view.Members.Single(m => m.Urn == 100004).FirstTeacher, view.Members.Single(m => m.Urn == 100004).SecondTeacher));
                Assert.Contains("expected to have 6 or 7", view.SizeWarning, StringComparison.Ordinal);
                Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Action == "workgroup.members"));
            }
        }
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task FundingClaims_SubmitAndDecide_OnlyOnceAndOnlyInTheHub(DatabaseKind kind)
    {
        var (database, group) = await SeededAsync(kind);
        await using (database)
        {
            await using var db = database.OpenContext();
            var claims = new FundingClaims(db, new AuditLog(db, TimeProvider.System), TimeProvider.System);
            var school = await db.Schools.Where(s => s.Urn == 100003).Select(s => s.Id).SingleAsync();
            var hub = await db.MathsHubs.Select(h => h.Id).SingleAsync();

            Assert.Equal("work-group-not-found", (await claims.SubmitAsync(Bo, group, school, FundingKind.TextbookSubsidy, null, "100")).Error!.Code);
            Assert.Equal("bad-days", (await claims.SubmitAsync(Ann, group, school, FundingKind.TeacherReleaseDays, "1.3", "100")).Error!.Code);
            var id = (await claims.SubmitAsync(Ann, group, school, FundingKind.TextbookSubsidy, null, "£120.00")).Value;

            Assert.Equal("claim-not-found", (await claims.DecideAsync("lead", "Lead", hub + 1000, id, true, null)).Error!.Code);
            Assert.True((await claims.DecideAsync("lead", "Lead", hub, id, true, null)).IsSuccess);
            Assert.Equal("already-decided", (await claims.DecideAsync("lead", "Lead", hub, id, false, "no")).Error!.Code);
            Assert.Equal(12000, (await claims.OfHubAsync(hub)).Single().AmountPence);
        }
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task EvaluationAndSurveys_CountOnlyThePeriodAndTheHub(DatabaseKind kind)
    {
        var (database, _) = await SeededAsync(kind);
        await using (database)
        {
            await using var db = database.OpenContext();
            var audit = new AuditLog(db, TimeProvider.System);
            var hub = await db.MathsHubs.Select(h => h.Id).SingleAsync();
            var evidence = new ImpactEvidence(db, audit);
            await evidence.AddAsync(Ann, hub, new EvidenceForm(new DateOnly(2017, 1, 10), EvidenceSource.LessonObservation, ImpactCategory.ProfessionalPractice, "fluency, Fluency; variation", "Seen", 100003, "Quote", "Teacher", true));
            await evidence.AddAsync(Ann, hub, new EvidenceForm(new DateOnly(2018, 1, 10), EvidenceSource.LessonObservation, ImpactCategory.ProfessionalPractice, "fluency", "Later", null, null, null, false));
            await evidence.AddNoteAsync(Ann, hub, new DateOnly(2017, 2, 1), null, true, "Keep going");

            var report = (await evidence.ReportAsync("h1", new DateOnly(2016, 9, 1), new DateOnly(2017, 8, 31))).Value!;

            Assert.Equal(1, report.EvidenceCount);
            var practice = report.Sections.Single(s => s.Category == ImpactCategory.ProfessionalPractice);
            Assert.Equal(["fluency 1", "variation 1"], practice.Themes.Select(t => $"{t.Theme} {t.Count}"));
            Assert.Equal("Quote", Assert.Single(practice.Quotes).Quote);
            Assert.Equal(["Keep going"], report.NextSteps);
            Assert.Equal(["2015/16", "2016/17"], report.Reach.Select(r => r.Year.ToString()));

            var surveys = new ParticipantSurveys(db, audit, TimeProvider.System);
            var survey = (await surveys.CreateAsync(Ann, hub, "Check-in", "I feel more confident.", "What changed?")).Value;
            var token = await db.Surveys.Where(s => s.Id == survey).Select(s => s.Token).SingleAsync();
            var questions = await db.Surveys.Where(s => s.Id == survey).SelectMany(s => s.Questions).OrderBy(q => q.Position).Select(q => q.Id).ToListAsync();
            await surveys.RespondAsync(token, new Dictionary<int, string?> { [questions[0]] = "5", [questions[1]] = "Talk" });
            await surveys.RespondAsync(token, new Dictionary<int, string?> { [questions[0]] = "2" });
            Assert.Equal("bad-answer", (await surveys.RespondAsync(token, new Dictionary<int, string?> { [questions[0]] = "6" })).Error!.Code);

            var results = (await surveys.ResultsAsync(hub, survey))!;
            Assert.Equal(2, results.Responses);
            Assert.Equal([0, 1, 0, 0, 1], results.Questions[0].Distribution);
            Assert.Equal(["Talk"], results.Questions[1].Texts);
            Assert.Null(await surveys.ResultsAsync(hub + 1000, survey));
        }
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task ReadinessAudits_AllAreasRated_AreKeptInOrder(DatabaseKind kind)
    {
        var (database, _) = await SeededAsync(kind);
        await using (database)
        {
            await using var db = database.OpenContext();
            var audits = new ReadinessAudits(db, new AuditLog(db, TimeProvider.System));
            var school = await db.Schools.Where(s => s.Urn == 100004).Select(s => s.Id).SingleAsync();
            var all = ReadinessRatings.Areas.Select(a => new ReadinessAnswer(a, 2, "evidence")).ToList();

            Assert.Equal("rating-missing", (await audits.RecordAsync("lead", school, new DateOnly(2025, 1, 1), all.Skip(1).ToList())).Error!.Code);
            await audits.RecordAsync("lead", school, new DateOnly(2025, 6, 1), [.. all.Select(a => a with { Rating = 4 })]);
            await audits.RecordAsync("lead", school, new DateOnly(2025, 1, 1), all);

            var stored = await audits.OfSchoolAsync(school);
            Assert.Equal([2, 4], stored.Select(a => a.SubjectExpertise));
            Assert.Equal("evidence", stored[0].EvidenceOf(ReadinessArea.SchoolSystems));
        }
    }
}
