using KeepUp.Domain.Fluency;
using KeepUp.Storage.Classroom;
using KeepUp.Storage.Mtc;
using KeepUp.Storage.Tests.Classroom;
using KeepUp.Storage.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;

namespace KeepUp.Storage.Tests.Mtc;

/// <summary>The classroom store with the check's services, sharing one key ring as every web node does.</summary>
internal sealed class MtcStore(ClassroomStore classroom) : IAsyncDisposable
{
    private readonly IDataProtectionProvider keys = new EphemeralDataProtectionProvider();

    public ClassroomStore Classroom { get; } = classroom;

    public static async Task<MtcStore> CreateAsync(DatabaseKind kind) => new(await ClassroomStore.CreateAsync(kind));

    public MtcChecks Checks(KeepUpDbContext db) => new(db, new ClassAccess(db), Tokens, Classroom.Audit(db), Classroom.Clock);

    public MtcCheckToken Tokens => new(keys);

    public MtcClassResults Results(KeepUpDbContext db) => new(db, new ClassAccess(db), Checks(db));

    public async Task OpenWindowAsync()
    {
        await using var db = Classroom.Open();
        var today = Classroom.Clock.SchoolToday();
        var opened = await Checks(db).OpenWindowAsync(Classroom.Teacher, Classroom.ClassId, today, today.AddDays(4));
        Assert.True(opened.IsSuccess, opened.Error?.Message);
    }

    public async Task<MtcCheck> StartAsync(Guid pupilId)
    {
        var pupil = await Classroom.PupilAsync(pupilId);
        await using var db = Classroom.Open();
        var started = await Checks(db).StartAsync(pupil);
        return started.Value ?? throw new InvalidOperationException(started.Error!.Message);
    }

    /// <summary>Right answers for the first <paramref name="right"/> questions, blanks after.</summary>
    public static MtcSubmission Answers(MtcCheck check, int right = 25, string? token = null) => new(
        token ?? check.Token,
        [.. check.Questions.Select((q, i) => new MtcSubmittedAnswer(i + 1, i < right ? q.Product.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty, 9000.0 * i, 1500, false))],
        null);

    public async Task<KeepUp.Application.Common.Result<MtcReceipt>> SubmitAsync(Guid pupilId, MtcSubmission submission)
    {
        await using var db = Classroom.Open();
        return await Checks(db).SubmitAsync(pupilId, submission);
    }

    public static IReadOnlyList<MtcItem> Items(MtcCheck check) => check.Questions;

    public ValueTask DisposeAsync() => Classroom.DisposeAsync();
}
