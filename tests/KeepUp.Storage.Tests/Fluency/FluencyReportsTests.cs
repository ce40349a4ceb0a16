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
}
