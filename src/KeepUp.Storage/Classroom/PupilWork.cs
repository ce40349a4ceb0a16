using Microsoft.EntityFrameworkCore;

namespace KeepUp.Storage.Classroom;

/// <summary>What a signed-in pupil may reach: themselves, their class's check today, their own answers. Nothing else.</summary>
public sealed class PupilWork(KeepUpDbContext db, RecentAnswerLookups recent)
{
    /// <summary>
    /// The pupil (still on roll at the school in their cookie) and a check of their own class (open or
    /// closed, today or earlier, so late answers still land), in one round trip: the answers endpoint's lookup.
    /// </summary>
    public async Task<PupilAndCheck?> FindWithCheckAsync(Guid pupilId, int schoolId, Guid checkId, CancellationToken cancellationToken = default)
    {
        if (recent.Find(pupilId, schoolId, checkId) is { } remembered)
        {
            return remembered;
        }

        var found = await db.Pupils.AsNoTracking()
            .Where(p => p.Id == pupilId && p.SchoolId == schoolId && p.ArchivedOn == null)
            .Select(p => new PupilAndCheck(p, db.LessonChecks.AsNoTracking().FirstOrDefault(c => c.Id == checkId && c.ClassId == p.ClassId)))
            .FirstOrDefaultAsync(cancellationToken);
        if (found is not null)
        {
            recent.Remember(schoolId, found);
        }

        return found;
    }

    /// <summary>The pupil, when still on roll at the school in their cookie.</summary>
    public Task<Pupil?> FindAsync(Guid pupilId, int schoolId, CancellationToken cancellationToken = default) =>
        db.Pupils.AsNoTracking().FirstOrDefaultAsync(p => p.Id == pupilId && p.SchoolId == schoolId && p.ArchivedOn == null, cancellationToken);

    /// <summary>The newest open check of the pupil's class today, if any.</summary>
    public async Task<LessonCheck?> OpenCheckAsync(Pupil pupil, DateOnly today, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pupil);
        if (pupil.ClassId is not { } classId)
        {
            return null;
        }

        var checks = await db.LessonChecks.AsNoTracking().Where(c => c.ClassId == classId && c.Date == today && c.ClosedAt == null).ToListAsync(cancellationToken);
        return checks.OrderByDescending(c => c.OpenedAt).FirstOrDefault();
    }

    /// <summary>The question positions the pupil has already answered in a check.</summary>
    public async Task<IReadOnlySet<int>> AnsweredAsync(Pupil pupil, LessonCheck check, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pupil);
        ArgumentNullException.ThrowIfNull(check);
        var answered = await db.Evidence.Where(e => e.CheckId == check.Id && e.PupilId == pupil.Id).Select(e => e.QuestionIndex).ToListAsync(cancellationToken);
        return answered.ToHashSet();
    }
}

/// <summary>A pupil and, when it is their class's, the check they asked for.</summary>
public sealed record PupilAndCheck(Pupil Pupil, LessonCheck? Check);
