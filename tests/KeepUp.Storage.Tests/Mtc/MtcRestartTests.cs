using KeepUp.Domain.Fluency;
using KeepUp.Storage.Mtc;
using KeepUp.Storage.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KeepUp.Storage.Tests.Mtc;

/// <summary>Restarts: at most two, with a reason, each on a form the pupil has never had; late answers to a restarted check do not count.</summary>
public sealed class MtcRestartTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task RestartAsync_ThirdRestart_RefusedAndEveryAttemptHadANewForm(DatabaseKind kind)
    {
        await using var store = await MtcStore.CreateAsync(kind);
        await store.OpenWindowAsync();
        var pupil = store.Classroom.Pupils[0];
        var checks = new List<MtcCheck> { await store.StartAsync(pupil) };
        for (var i = 0; i < MtcChecks.MaxRestarts; i++)
        {
            await using var db = store.Classroom.Open();
            var restarted = await store.Checks(db).RestartAsync(store.Classroom.Teacher, pupil, MtcRestartReason.InternetLoss);
            Assert.True(restarted.IsSuccess, restarted.Error?.Message);
            checks.Add(await store.StartAsync(pupil));
        }

        await using var last = store.Classroom.Open();
        var third = await store.Checks(last).RestartAsync(store.Classroom.Teacher, pupil, MtcRestartReason.DidNotComplete);

        Assert.Equal("mtc-restart-limit", third.Error?.Code);
        var forms = checks.Select(c => new MtcForm(0, c.Questions)).ToList();
        for (var i = 0; i < forms.Count; i++)
        {
            for (var j = i + 1; j < forms.Count; j++)
            {
                Assert.False(forms[i].SameItemsAs(forms[j]), $"Attempts {i + 1} and {j + 1} had the same form.");
            }
        }

        var attempts = await last.MtcAttempts.AsNoTracking().ToListAsync();
        Assert.Equal(3, attempts.Select(a => a.FormSeed).Distinct().Count());
        Assert.Equal(2, attempts.Count(a => a.Status == MtcStatus.Restarted && a.RestartReason == MtcRestartReason.InternetLoss));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task SubmitAsync_AfterARestart_RefusedSoTheRestartStands(DatabaseKind kind)
    {
        await using var store = await MtcStore.CreateAsync(kind);
        await store.OpenWindowAsync();
        var pupil = store.Classroom.Pupils[0];
        var check = await store.StartAsync(pupil);
        await using (var db = store.Classroom.Open())
        {
            Assert.True((await store.Checks(db).RestartAsync(store.Classroom.Teacher, pupil, MtcRestartReason.ItIssues)).IsSuccess);
        }

        var late = await store.SubmitAsync(pupil, MtcStore.Answers(check));

        Assert.Equal("mtc-restarted", late.Error?.Code);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task RestartAsync_ByTeachingAssistantOrBeforeAStart_Refused(DatabaseKind kind)
    {
        await using var store = await MtcStore.CreateAsync(kind);
        await store.OpenWindowAsync();
        var pupil = store.Classroom.Pupils[0];
        await using var db = store.Classroom.Open();

        var notStarted = await store.Checks(db).RestartAsync(store.Classroom.Teacher, pupil, MtcRestartReason.ClassroomDisruption);
        await store.StartAsync(pupil);
        var byAssistant = await store.Checks(db).RestartAsync(store.Classroom.Assistant, pupil, MtcRestartReason.ClassroomDisruption);

        Assert.Equal("mtc-nothing-to-restart", notStarted.Error?.Code);
        Assert.Equal("mtc-read-only", byAssistant.Error?.Code);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task ForClassAsync_MixedPupils_LiveStatusScoresAndCsv(DatabaseKind kind)
    {
        await using var store = await MtcStore.CreateAsync(kind);
        await store.OpenWindowAsync();
        var (done, going, restarted) = (store.Classroom.Pupils[0], store.Classroom.Pupils[1], store.Classroom.Pupils[2]);
        var check = await store.StartAsync(done);
        await store.SubmitAsync(done, MtcStore.Answers(check, right: 22) with { InputAssistantName = "  Mrs Patel " });
        await store.StartAsync(going);
        await store.StartAsync(restarted);
        await using var db = store.Classroom.Open();
        await store.Checks(db).RestartAsync(store.Classroom.Teacher, restarted, MtcRestartReason.ItIssues);

        var report = (await store.Results(db).ForClassAsync(store.Classroom.Assistant, store.Classroom.ClassId)).Value!;
        var csv = MtcClassResults.ToCsv(report);

        var byPupil = report.Pupils.ToDictionary(p => p.Pupil.Id);
        Assert.Equal((MtcStatus.Complete, 22), (byPupil[done].Status, byPupil[done].Result!.Score));
        Assert.Equal(MtcStatus.InProgress, byPupil[going].Status);
        Assert.Equal((MtcStatus.Restarted, 1), (byPupil[restarted].Status, byPupil[restarted].Restarts));
        Assert.NotEmpty(byPupil[done].Result!.FamiliesToWorkOn);
        Assert.Equal(4, csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains(",Complete,0,22,25,", csv, StringComparison.Ordinal);
        Assert.Equal(("Mrs Patel", null), (byPupil[done].InputAssistantName, byPupil[going].InputAssistantName));
        Assert.EndsWith(",Input assistant", csv.Split('\n')[0], StringComparison.Ordinal);
        Assert.EndsWith(",Mrs Patel", csv.Split('\n').Single(l => l.Contains(",Complete,", StringComparison.Ordinal)), StringComparison.Ordinal);
    }
}
