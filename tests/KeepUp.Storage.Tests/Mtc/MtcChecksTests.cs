using KeepUp.Domain.Fluency;
using KeepUp.Storage.Mtc;
using KeepUp.Storage.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KeepUp.Storage.Tests.Mtc;

/// <summary>The check from the server's side: one signed check per start, stored exactly once, restarts at most twice.</summary>
public sealed class MtcChecksTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task StartAsync_NoWindowOpen_RefusedAndNothingStarted(DatabaseKind kind)
    {
        await using var store = await MtcStore.CreateAsync(kind);
        var pupil = await store.Classroom.PupilAsync(store.Classroom.Pupils[0]);
        await using var db = store.Classroom.Open();

        var started = await store.Checks(db).StartAsync(pupil);

        Assert.Equal("mtc-not-open", started.Error?.Code);
        Assert.Equal(0, await db.MtcAttempts.CountAsync());
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task StartAsync_WindowOpen_GivesThreePracticeAnd25ValidQuestionsAndRefusesASecondStart(DatabaseKind kind)
    {
        await using var store = await MtcStore.CreateAsync(kind);
        await store.OpenWindowAsync();

        var check = await store.StartAsync(store.Classroom.Pupils[0]);
        var pupil = await store.Classroom.PupilAsync(store.Classroom.Pupils[0]);
        await using var db = store.Classroom.Open();
        var again = await store.Checks(db).StartAsync(pupil);

        Assert.Equal([new MtcItem(1, 12), new MtcItem(2, 2), new MtcItem(10, 10)], check.Practice);
        Assert.Empty(MtcForms.Problems(check.Questions));
        Assert.Equal(MtcTiming.Official, check.Timing);
        Assert.Equal("mtc-already-started", again.Error?.Code);
        Assert.Equal(MtcStatus.InProgress, (await db.MtcAttempts.SingleAsync()).Status);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task SubmitAsync_WholeCheck_MarkedOnTheServerAndComplete(DatabaseKind kind)
    {
        await using var store = await MtcStore.CreateAsync(kind);
        await store.OpenWindowAsync();
        var check = await store.StartAsync(store.Classroom.Pupils[0]);

        var receipt = await store.SubmitAsync(store.Classroom.Pupils[0], MtcStore.Answers(check, right: 19));

        Assert.False(receipt.Value!.AlreadyHad);
        await using var db = store.Classroom.Open();
        var attempt = await db.MtcAttempts.SingleAsync();
        Assert.Equal((MtcStatus.Complete, 19), (attempt.Status, attempt.Score));
        Assert.Equal(19, await db.MtcResponses.CountAsync(r => r.Correct));
        Assert.Equal(6, await db.MtcResponses.CountAsync(r => r.Answer == string.Empty));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task SubmitAsync_SentAgain_AcknowledgedButStoredOnce(DatabaseKind kind)
    {
        await using var store = await MtcStore.CreateAsync(kind);
        await store.OpenWindowAsync();
        var check = await store.StartAsync(store.Classroom.Pupils[0]);

        var first = await store.SubmitAsync(store.Classroom.Pupils[0], MtcStore.Answers(check));
        var second = await store.SubmitAsync(store.Classroom.Pupils[0], MtcStore.Answers(check, right: 0));

        Assert.Equal((false, true), (first.Value!.AlreadyHad, second.Value!.AlreadyHad));
        await using var db = store.Classroom.Open();
        Assert.Equal(25, await db.MtcResponses.CountAsync());
        Assert.Equal(25, (await db.MtcAttempts.SingleAsync()).Score);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task SubmitAsync_SentFourTimesAtOnce_StoredOnceAndEveryRequestAcknowledged(DatabaseKind kind)
    {
        await using var store = await MtcStore.CreateAsync(kind);
        await store.OpenWindowAsync();
        var check = await store.StartAsync(store.Classroom.Pupils[0]);

        var receipts = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => store.SubmitAsync(store.Classroom.Pupils[0], MtcStore.Answers(check)))));

        Assert.All(receipts, r => Assert.True(r.IsSuccess, r.Error?.Message));
        Assert.Single(receipts, r => !r.Value!.AlreadyHad);
        await using var db = store.Classroom.Open();
        Assert.Equal(25, await db.MtcResponses.CountAsync());
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Action == "mtc.completed"));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task SubmitAsync_TamperedOrForgedToken_RefusedAndNothingStored(DatabaseKind kind)
    {
        await using var store = await MtcStore.CreateAsync(kind);
        await store.OpenWindowAsync();
        var check = await store.StartAsync(store.Classroom.Pupils[0]);
        var tampered = check.Token[..^3] + (check.Token[^3] == 'A' ? "BBB" : "AAA");
        var forged = store.Tokens.Issue(new MtcTokenClaims(check.AttemptId, store.Classroom.Pupils[0], 12345));

        var bad = await store.SubmitAsync(store.Classroom.Pupils[0], MtcStore.Answers(check, token: tampered));
        var none = await store.SubmitAsync(store.Classroom.Pupils[0], MtcStore.Answers(check, token: string.Empty));
        var otherForm = await store.SubmitAsync(store.Classroom.Pupils[0], MtcStore.Answers(check, token: forged));

        Assert.All([bad, none, otherForm], r => Assert.Equal("mtc-token-invalid", r.Error?.Code));
        await using var db = store.Classroom.Open();
        Assert.Equal(0, await db.MtcResponses.CountAsync());
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task SubmitAsync_AnotherPupilSignedInOnTheTablet_RefusedAsNotTheirsAndTheOwnerCanStillSendIt(DatabaseKind kind)
    {
        await using var store = await MtcStore.CreateAsync(kind);
        await store.OpenWindowAsync();
        var check = await store.StartAsync(store.Classroom.Pupils[0]);

        var underAnotherPupil = await store.SubmitAsync(store.Classroom.Pupils[1], MtcStore.Answers(check));
        await using (var db = store.Classroom.Open())
        {
            Assert.Equal(0, await db.MtcResponses.CountAsync());
        }

        var byOwner = await store.SubmitAsync(store.Classroom.Pupils[0], MtcStore.Answers(check));

        Assert.Equal(MtcErrors.NotYourCheckCode, underAnotherPupil.Error?.Code);
        Assert.False(byOwner.Value?.AlreadyHad);
        await using var after = store.Classroom.Open();
        Assert.Equal(25, await after.MtcResponses.CountAsync());
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task SubmitAsync_MissingRepeatedOrBadPositions_RefusedNamingThePosition(DatabaseKind kind)
    {
        await using var store = await MtcStore.CreateAsync(kind);
        await store.OpenWindowAsync();
        var check = await store.StartAsync(store.Classroom.Pupils[0]);
        var full = MtcStore.Answers(check);

        var missing = await store.SubmitAsync(store.Classroom.Pupils[0], full with { Answers = [.. full.Answers!.Where(a => a.Position != 17)] });
        var repeated = await store.SubmitAsync(store.Classroom.Pupils[0], full with { Answers = [.. full.Answers!, full.Answers![3]] });
        var letters = await store.SubmitAsync(store.Classroom.Pupils[0], full with { Answers = [.. full.Answers!.Select(a => a.Position == 5 ? a with { Answer = "4a" } : a)] });
        var tooLong = await store.SubmitAsync(store.Classroom.Pupils[0], full with { Answers = [.. full.Answers!.Select(a => a.Position == 6 ? a with { Answer = "123456" } : a)] });
        var beyond = await store.SubmitAsync(store.Classroom.Pupils[0], full with { Answers = [.. full.Answers!, full.Answers![0] with { Position = 26 }] });

        Assert.Contains("position 17", missing.Error?.Message, StringComparison.Ordinal);
        Assert.Contains("Position 4 is answered 2 times", repeated.Error?.Message, StringComparison.Ordinal);
        Assert.Contains("position 5", letters.Error?.Message, StringComparison.Ordinal);
        Assert.Contains("position 6", tooLong.Error?.Message, StringComparison.Ordinal);
        Assert.Contains("Position 26", beyond.Error?.Message, StringComparison.Ordinal);
        await using var db = store.Classroom.Open();
        Assert.Equal(0, await db.MtcResponses.CountAsync());
        Assert.Equal(MtcStatus.InProgress, (await db.MtcAttempts.SingleAsync()).Status);
    }

    [Fact]
    public void Read_Over64Kilobytes_RefusedAsTooLarge()
    {
        var body = System.Text.Encoding.UTF8.GetBytes("{\"token\":\"" + new string('x', MtcSubmission.MaxBytes) + "\"}");

        var read = MtcSubmission.Read(body);
        var fine = MtcSubmission.Read("{\"token\":\"t\",\"answers\":[{\"position\":1,\"answer\":\"042\"}]}"u8);
        var junk = MtcSubmission.Read("not json"u8);

        Assert.Equal("mtc-too-large", read.Error?.Code);
        Assert.Equal("042", fine.Value!.Answers![0].Answer);
        Assert.Equal("mtc-unreadable", junk.Error?.Code);
    }
}
