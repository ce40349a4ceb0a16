using KeepUp.Application.Common;
using KeepUp.Application.Curriculum;
using KeepUp.Domain.Mastery;
using KeepUp.Storage.Audit;
using Microsoft.EntityFrameworkCore;

namespace KeepUp.Storage.Classroom;

/// <summary>The calls a teacher can make about a pupil on a step.</summary>
public enum JudgementChoice
{
    /// <summary>The teacher has seen the pupil understand the step securely.</summary>
    Secure,

    /// <summary>The teacher has seen the pupil has not got it yet: help them.</summary>
    NotYetSecure,

    /// <summary>Take the judgement away, so the evidence speaks again.</summary>
    Clear,
}

/// <summary>
/// A teacher's judgement of a pupil on a step, which overrides the model's estimate until newer
/// evidence arrives (see <see cref="MasteryLabel"/>). It is kept with who made it, when and why, and
/// audited. Teachers judge the pupils of their classes, a maths lead any pupil; teaching assistants
/// only read. Clearing deletes the step's judgements, with the audit keeping who cleared what.
/// </summary>
public sealed class PupilJudgements(KeepUpDbContext db, ClassAccess access, CurriculumQueries curriculum, AuditLog audit, TimeProvider clock)
{
    /// <summary>The longest reason kept (the column's size).</summary>
    public const int MaxReasonLength = 500;

    public async Task<Result<JudgementChoice>> RecordAsync(StaffScope scope, Guid pupilId, string? stepId, JudgementChoice choice, string? why, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.IsTeachingAssistant)
        {
            return PupilRecordErrors.ReadOnly();
        }

        if (await access.FindPupilAsync(scope, pupilId, cancellationToken) is not { } pupil
            || (!scope.SeesWholeSchool && (pupil.ClassId is not { } classId || await access.FindAsync(scope, classId, cancellationToken) is not { } schoolClass || !PupilRecords.Manages(scope, schoolClass))))
        {
            return ClassroomErrors.NoSuchPupil(pupilId);
        }

        if (curriculum.Map.Find(stepId ?? string.Empty) is not { } step)
        {
            return ClassroomErrors.StepNotInCurriculum(stepId ?? string.Empty);
        }

        var reason = (why ?? string.Empty).Trim();
        if (choice != JudgementChoice.Clear && reason.Length == 0)
        {
            return PupilRecordErrors.ReasonRequired();
        }

        if (reason.Length > MaxReasonLength)
        {
            return PupilRecordErrors.ReasonTooLong(MaxReasonLength);
        }

        if (choice == JudgementChoice.Clear)
        {
            var cleared = await db.MasteryJudgements.Where(j => j.PupilId == pupil.Id && j.SchoolId == scope.SchoolId && j.StepId == step.Id.Value).ToListAsync(cancellationToken);
            db.MasteryJudgements.RemoveRange(cleared);
            audit.Record(scope.UserId, "judgement.cleared", $"Pupil {pupil.Id}, step {step.Id.Value}: {cleared.Count} teacher judgements cleared; the evidence decides again.", scope.SchoolId);
        }
        else
        {
            var status = choice == JudgementChoice.Secure ? MasteryStatus.Secure : MasteryStatus.NeedsSameDayHelp;
            var judge = await db.Users.AsNoTracking().Where(u => u.Id == scope.UserId).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken);
            db.MasteryJudgements.Add(new MasteryJudgement
            {
                SchoolId = scope.SchoolId,
                PupilId = pupil.Id,
                StepId = step.Id.Value,
                Status = status.ToString(),
                // The name, not the account id: the label reads "Judged by Ms Ada Teacher"; the audit keeps the account.
                JudgedBy = judge ?? scope.UserId,
                At = clock.GetUtcNow(),
                Why = reason,
            });
            audit.Record(scope.UserId, "judgement.recorded", $"Pupil {pupil.Id}, step {step.Id.Value}: teacher judgement {status.Title()}.", scope.SchoolId);
        }

        await db.SaveChangesAsync(cancellationToken);
        return choice;
    }
}
