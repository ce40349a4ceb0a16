using KeepUp.Domain.Classroom;
using KeepUp.Storage.Demo;
using KeepUp.Storage.Tests.Infrastructure;
using KeepUp.Storage.Tests.Mtc;
using Microsoft.EntityFrameworkCore;

namespace KeepUp.Storage.Tests.Demo;

/// <summary>The load run's seed (keepup bench seed-mtc): pupils spread over schools and classes, PINs that sign in, the check open.</summary>
public sealed class MtcLoadSeedTests
{
    [Theory, OnSqlite, OnPostgres]
    public async Task SeedAsync_SmallPlan_SpreadsPupilsWithUniquePinsAndOpensSignInAndCheckToday(DatabaseKind kind)
    {
        await using var store = await MtcStore.CreateAsync(kind);
        var today = store.Classroom.Clock.SchoolToday();
        IReadOnlyList<MtcLoadPupil> seeded;
        await using (var db = store.Classroom.Open())
        {
            var result = await new MtcLoadSeed(db, store.Classroom.Clock).SeedAsync(new MtcLoadPlan(25, PupilsPerSchool: 10, PupilsPerClass: 4));
            seeded = result.Value ?? throw new InvalidOperationException(result.Error!.Message);
        }

        await using var check = store.Classroom.Open();
        var schools = await check.Schools.AsNoTracking().Where(s => s.Urn >= MtcLoadSeed.FirstUrn && s.Urn < MtcLoadSeed.FirstUrn + MtcLoadSeed.MaxSchools).ToListAsync();
        var schoolIds = schools.Select(s => s.Id).ToList();
        var pupils = await check.Pupils.AsNoTracking().Where(p => schoolIds.Contains(p.SchoolId)).ToListAsync();
        var classes = await check.Classes.AsNoTracking().Where(c => schoolIds.Contains(c.SchoolId)).ToListAsync();
        var classIds = classes.Select(c => c.Id).ToList();
        Assert.Equal(25, seeded.Count);
        Assert.Equal(3, schools.Count);
        Assert.Equal(3, schools.Select(s => s.SignInCode).Distinct().Count());
        Assert.Equal(25, pupils.Count);
        Assert.All(pupils, p => Assert.Equal(4, p.YearGroup));
        Assert.Equal(3 + 3 + 2, classes.Count); // 10, 10 and 5 pupils in classes of at most 4
        Assert.All(pupils.GroupBy(p => p.ClassId), g => Assert.InRange(g.Count(), 1, 4));
        Assert.All(pupils.GroupBy(p => p.SchoolId), g => Assert.Equal(g.Count(), g.Select(p => p.Pin).Distinct().Count()));
        Assert.All(pupils, p => Assert.True(PupilPins.IsWellFormed(p.Pin)));
        Assert.Equal(
            pupils.Select(p => (schools.Single(s => s.Id == p.SchoolId).SignInCode, p.Pin, p.Id)).Order(),
            seeded.Select(p => ((string?)p.SchoolCode, (string?)p.Pin, p.PupilId)).Order());
        Assert.Equal(classes.Count, await check.SignInWindows.CountAsync(w => classIds.Contains(w.ClassId) && w.Date == today));
        Assert.Equal(classes.Count, await check.MtcWindows.CountAsync(w => classIds.Contains(w.ClassId) && w.OpensOn <= today && w.ClosesOn >= today));
    }

    [Theory, OnSqlite, OnPostgres]
    public async Task SeedAsync_SeededPupil_SignsInWithTheSlipAndStartsTheCheck(DatabaseKind kind)
    {
        await using var store = await MtcStore.CreateAsync(kind);
        MtcLoadPupil first;
        await using (var db = store.Classroom.Open())
        {
            first = (await new MtcLoadSeed(db, store.Classroom.Clock).SeedAsync(new MtcLoadPlan(5))).Value![0];
        }

        await using var again = store.Classroom.Open();
        var signedIn = await store.Classroom.SignIn(again).SignInAsync(first.SchoolCode, first.Pin, "10.0.0.9");
        var started = await store.Checks(again).StartAsync(signedIn.Value ?? throw new InvalidOperationException(signedIn.Error!.Message));

        Assert.Equal(first.PupilId, signedIn.Value.Id);
        Assert.True(started.IsSuccess, started.Error?.Message);
        Assert.Equal(25, started.Value!.Questions.Count);
    }

    [Theory, OnSqlite]
    public async Task SeedAsync_SecondTime_RefusedAndNothingAdded(DatabaseKind kind)
    {
        await using var store = await MtcStore.CreateAsync(kind);
        await using var db = store.Classroom.Open();
        var seed = new MtcLoadSeed(db, store.Classroom.Clock);
        await seed.SeedAsync(new MtcLoadPlan(12, PupilsPerSchool: 6));
        var pupilsBefore = await db.Pupils.CountAsync();

        var second = await seed.SeedAsync(new MtcLoadPlan(12, PupilsPerSchool: 6));

        Assert.Equal("bench-seed-present", second.Error?.Code);
        Assert.Equal(pupilsBefore, await db.Pupils.CountAsync());
    }

    [Theory, OnSqlite]
    public async Task SeedAsync_MorePupilsPerSchoolThanPins_RefusedNamingTheLimitAndNothingAdded(DatabaseKind kind)
    {
        await using var store = await MtcStore.CreateAsync(kind);
        await using var db = store.Classroom.Open();
        var pupilsBefore = await db.Pupils.CountAsync();

        var refused = await new MtcLoadSeed(db, store.Classroom.Clock).SeedAsync(new MtcLoadPlan(5000, PupilsPerSchool: 5000));

        Assert.Equal("bench-seed-invalid", refused.Error?.Code);
        Assert.Contains(PupilPins.Capacity.ToString("N0", System.Globalization.CultureInfo.CurrentCulture), refused.Error!.Message, StringComparison.Ordinal);
        Assert.Equal(pupilsBefore, await db.Pupils.CountAsync());
    }
}
