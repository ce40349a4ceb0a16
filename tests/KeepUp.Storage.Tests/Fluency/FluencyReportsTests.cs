using KeepUp.Domain.Fluency;
using KeepUp.Storage.Fluency;
using KeepUp.Storage.Tests.Classroom;
using KeepUp.Storage.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KeepUp.Storage.Tests.Fluency;

/// <summary>Teachers' fluency reports read the answers stored by practice, per pupil and per class.</summary>
public sealed class FluencyReportsTests
{
    // Three days of fast right answers secure a fact (FluencySettings: 3 days within 3 seconds).
    private static async Task PractiseOnThreeDaysAsync(ClassroomStore store, Guid pupilId, string factId, string typed, int ms)
    {
        for (var day = 0; day < 3; day++)
        {
            var pupil = await store.PupilAsync(pupilId);
            await using (var db = store.Open())
            {
                var sent = await new FluencyPractice(db, store.Clock).RecordAsync(pupil, store.Clock.SchoolToday(), [new SentFactAnswer(Guid.NewGuid(), factId, 1, typed, ms)]);
                Assert.True(sent.IsSuccess, sent.Error?.Message);
            }

            store.Clock.Advance(TimeSpan.FromDays(1));
        }
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task ForPupilAsync_ThreeFastRightDays_FactSecuredOnHeatMapAndChart(DatabaseKind kind)
    {
        await using var store = await ClassroomStore.CreateAsync(kind);
        await PractiseOnThreeDaysAsync(store, store.Pupils[0], "6x7", "42", 1800);
        await using var db = store.Open();

        var report = await new FluencyReports(db).ForPupilAsync(await store.PupilAsync(store.Pupils[0]), store.Clock.SchoolToday());

        Assert.Equal(3, report.Answers);
        Assert.Equal((3, 3, 1800), (report.HeatMap[6, 7].Attempts, report.HeatMap[6, 7].Correct, report.HeatMap[6, 7].MedianMilliseconds!.Value));
        Assert.Equal(0, report.HeatMap[7, 6].Attempts);
        Assert.Equal(0, report.SecuredOverTime[0].Secured);
        Assert.Equal(1, report.SecuredOverTime[^1].Secured);
        Assert.Equal(4, report.SecuredOverTime.Count);
        Assert.Equal(FactCatalogue.ExpectedBy(4).Count - 1, report.Expectations!.NotYetSecure.Count);
        Assert.NotNull(report.Readiness);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task ForClassAsync_TwoPupilsPractised_PooledMapAndAverageSecured(DatabaseKind kind)
    {
        await using var store = await ClassroomStore.CreateAsync(kind);
        await PractiseOnThreeDaysAsync(store, store.Pupils[0], "6x7", "42", 1800);
        await PractiseOnThreeDaysAsync(store, store.Pupils[1], "6x7", "41", 1800);
        await using var db = store.Open();
        var pupils = await db.Pupils.AsNoTracking().Where(p => store.Pupils.Contains(p.Id)).ToListAsync();

        var report = await new FluencyReports(db).ForClassAsync(pupils, store.Clock.SchoolToday());

        var cell = report.HeatMap[6, 7];
        Assert.Equal((6, 3, 2, 1), (cell.Attempts, cell.Correct, cell.Pupils, cell.SecurePupils));
        Assert.Equal(2, report.PupilsPractising);
        Assert.Equal(3, report.NotYetSecure.Count);
        Assert.Equal(3, report.Readiness.Count);
        Assert.Equal(1.0 / 3, report.SecuredOverTime[^1].AveragePerPupil, 6);
        Assert.Equal(0, report.SecuredOverTime[0].AveragePerPupil);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task HistoriesAsync_OtherSchoolsId_ReadsNothing(DatabaseKind kind)
    {
        await using var store = await ClassroomStore.CreateAsync(kind);
        await PractiseOnThreeDaysAsync(store, store.Pupils[0], "6x7", "42", 1800);
        await using var db = store.Open();

        var histories = await new FluencyReports(db).HistoriesAsync(store.OtherSchoolId, [store.Pupils[0]]);

        Assert.Empty(histories);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task ForClassAsync_SeededWeeksOfPractice_SameAsReadingEachPupilsAnswersForEachPart(DatabaseKind kind)
    {
        await using var store = await ClassroomStore.CreateAsync(kind, pupils: 4);
        var today = store.Clock.SchoolToday();
        var tables = FactCatalogue.All.Where(f => f.Operation == FactOperation.Multiply).Take(60).ToList();
        var dice = new Random(5);
        await using (var seed = store.Open())
        {
            // Stored out of order (positions shuffled within each day): the report must put them back in order.
            foreach (var pupilId in store.Pupils)
            {
                for (var d = 40; d >= 1; d--)
                {
                    foreach (var position in Enumerable.Range(1, 20).OrderBy(_ => dice.Next()))
                    {
                        seed.FactAnswers.Add(new FactAnswer
                        {
                            Id = Guid.NewGuid(), SchoolId = store.SchoolId, PupilId = pupilId, FactId = tables[dice.Next(tables.Count)].Id, Day = today.AddDays(-d),
                            Position = position, Correct = dice.NextDouble() < 0.8, Milliseconds = 900 + dice.Next(4000), AnsweredAt = store.Clock.GetUtcNow(),
                        });
                    }
                }
            }

            await seed.SaveChangesAsync();
        }

        await using var db = store.Open();
        var pupils = await db.Pupils.AsNoTracking().Where(p => store.Pupils.Contains(p.Id)).OrderBy(p => p.Upn).ToListAsync();
        var report = await new FluencyReports(db).ForClassAsync(pupils, today);

        var rows = await db.FactAnswers.AsNoTracking().ToListAsync();
        var histories = pupils.ToDictionary(p => p.Id, p => rows.Where(r => r.PupilId == p.Id).OrderBy(r => r.Day).ThenBy(r => r.Position)
            .Select(r => new FactAttempt(r.FactId, r.Day.DayNumber, r.Correct, r.Milliseconds)).ToList());
        var map = TablesHeatMap.ForClass(pupils.Select(p => histories[p.Id]));
        Assert.Equal(map.Cells, report.HeatMap.Cells);
        Assert.Contains(map.Cells, c => c.SecurePupils > 0);
        var expectations = pupils.Select(p => FactProgress.AgainstExpectations(4, histories[p.Id])).ToList();
        Assert.Equal(
            expectations.Where(e => !e.AllSecure).Select(e => e.Secure).Order(),
            report.NotYetSecure.Select(e => e.Progress.Secure).Order());
        Assert.Equal(
            pupils.Select(p => MtcReadinessEstimate.For(histories[p.Id]).ExpectedScore),
            report.Readiness.Select(r => r.Readiness.ExpectedScore));
        var from = today.DayNumber - FluencyReports.ChartDays + 1;
        var first = Math.Max(from, rows.Min(r => r.Day.DayNumber));
        var perPupil = pupils.Select(p => FactProgress.SecuredOverTime(histories[p.Id], first, today.DayNumber)).ToList();
        Assert.Equal(
            Enumerable.Range(0, today.DayNumber - first + 1).Select(i => perPupil.Average(points => points[i].Secured)),
            report.SecuredOverTime.Select(p => p.AveragePerPupil));
    }
}
