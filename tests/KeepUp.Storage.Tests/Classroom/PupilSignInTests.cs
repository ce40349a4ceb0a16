using KeepUp.Application.Common;
using KeepUp.Storage.Classroom;
using KeepUp.Storage.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KeepUp.Storage.Tests.Classroom;

/// <summary>4,096 possible PINs: guessing is locked out per device address and per school, in the database every node shares.</summary>
public sealed class PupilSignInTests
{
    private static async Task<string> OpenPinsAsync(ClassroomStore store)
    {
        await using var db = store.Open();
        var opened = await store.Register(db).OpenSignInAsync(store.Teacher, await store.MapleAsync(db), store.Clock.SchoolToday(), new TimeOnly(8, 0), new TimeOnly(16, 0));
        Assert.True(opened.IsSuccess, opened.Error?.Message);
        return (await db.Pupils.AsNoTracking().SingleAsync(p => p.Id == store.Pupils[0])).Pin!;
    }

    private static async Task<Result<Pupil>> SignInAsync(ClassroomStore store, string code, string pin, string address)
    {
        await using var db = store.Open();
        return await store.SignIn(db).SignInAsync(code, pin, address);
    }

    private static string WrongPin(string pin) => pin == "2222" ? "3333" : "2222";

    [Theory, OnSqlite, OnPostgres]
    public async Task SignInAsync_TenWrongPinsFromOneAddress_LocksThatAddressOnlyUntilTheSpanPasses(DatabaseKind kind)
    {
        await using var store = await ClassroomStore.CreateAsync(kind);
        var pin = await OpenPinsAsync(store);
        for (var i = 0; i < PupilSignIn.FailuresPerAddress; i++)
        {
            Assert.Equal("sign-in-failed", (await SignInAsync(store, "OAK123", WrongPin(pin), "10.0.0.1")).Error!.Code);
        }

        var locked = await SignInAsync(store, "OAK123", pin, "10.0.0.1");
        var elsewhere = await SignInAsync(store, "oak-123", pin, "10.0.0.2");
        store.Clock.Advance(PupilSignIn.LockoutSpan + TimeSpan.FromSeconds(1));
        var later = await SignInAsync(store, "OAK123", pin, "10.0.0.1");

        Assert.Equal("sign-in-locked", locked.Error?.Code);
        Assert.True(elsewhere.IsSuccess, "Another device was refused: " + elsewhere.Error?.Message);
        Assert.True(later.IsSuccess, "Still locked after the span: " + later.Error?.Message);
        Assert.Equal([store.Pupils[0], store.Pupils[0]], [elsewhere.Value!.Id, later.Value!.Id]);
        await using var db = store.Open();
        Assert.Equal(PupilSignIn.FailuresPerAddress, await db.AuditEntries.CountAsync(a => a.Action == "pupil.sign-in-failed"));
        Assert.Equal(1, await db.AuditEntries.CountAsync(a => a.Action == "pupil.sign-in-locked"));
        Assert.Equal(2, await db.AuditEntries.CountAsync(a => a.Action == "pupil.signed-in"));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task SignInAsync_WrongPinsFromManyAddresses_LockTheSchoolButNotAnotherSchool(DatabaseKind kind)
    {
        await using var store = await ClassroomStore.CreateAsync(kind);
        var pin = await OpenPinsAsync(store);
        for (var i = 0; i < PupilSignIn.FailuresPerSchool; i++)
        {
            await SignInAsync(store, "OAK123", WrongPin(pin), $"10.1.{i / 250}.{i % 250}");
        }

        var locked = await SignInAsync(store, "OAK123", pin, "10.9.9.9");
        var otherSchool = await SignInAsync(store, "BRK456", "2345", "10.9.9.9");

        Assert.Equal("sign-in-locked", locked.Error?.Code);
        Assert.Equal("sign-in-failed", otherSchool.Error?.Code);
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task SignInAsync_RightPinOutsideTheWindow_RefusedAndAudited(DatabaseKind kind)
    {
        await using var store = await ClassroomStore.CreateAsync(kind);
        var pin = await OpenPinsAsync(store);
        store.Clock.Advance(TimeSpan.FromHours(5));

        var late = await SignInAsync(store, "OAK123", pin, "10.0.0.1");

        Assert.Equal("sign-in-closed", late.Error?.Code);
        await using var db = store.Open();
        Assert.Contains("outside its sign-in window", (await db.AuditEntries.SingleAsync(a => a.Action == "pupil.sign-in-failed")).Detail, StringComparison.Ordinal);
    }
}
