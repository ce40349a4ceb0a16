using KeepUp.Application.Curriculum;
using KeepUp.Application.Common;
using KeepUp.Domain.Classroom;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Practice;
using KeepUp.Domain.Practice.Catalogue;
using KeepUp.Storage.Audit;
using Microsoft.EntityFrameworkCore;

namespace KeepUp.Storage.Classroom;

/// <summary>
/// Today's step for a class and the end-of-lesson check on it. By default a class moves to the next
/// step in its year's sequence after the last one it was taught; the teacher can choose another.
/// </summary>
public sealed class LessonPlanner(KeepUpDbContext db, CurriculumQueries curriculum, PracticeCatalogue catalogue, AuditLog audit, TimeProvider clock)
{
    /// <summary>The step the class works on next: the teacher's choice, or the next in the sequence.</summary>
    public async Task<SmallStep> TodaysStepAsync(SchoolClass schoolClass, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(schoolClass);
        if (schoolClass.ChosenStepId is { } chosen && curriculum.Map.Find(chosen) is { } step)
        {
            return step;
        }

        var sequence = SequenceOf(schoolClass);
        var lastTaught = await db.Lessons.AsNoTracking()
            .Where(l => l.ClassId == schoolClass.Id)
            .OrderByDescending(l => l.Date)
            .Select(l => l.StepId)
            .FirstOrDefaultAsync(cancellationToken);
        var index = lastTaught is null ? -1 : sequence.FindIndex(s => s.Id.Value == lastTaught);
        return index < 0 ? sequence[0] : sequence[Math.Min(index + 1, sequence.Count - 1)];
    }

    /// <summary>The class's year sequence (the younger year for a mixed-age class), in teaching order.</summary>
    public List<SmallStep> SequenceOf(SchoolClass schoolClass)
    {
        ArgumentNullException.ThrowIfNull(schoolClass);
        var year = Math.Min(schoolClass.YearGroup, schoolClass.SecondYearGroup ?? schoolClass.YearGroup);
        return [.. curriculum.Map.StepsOf(year).OrderBy(s => s.Sequence.BlockOrder).ThenBy(s => s.Sequence.Position)];
    }

    /// <summary>Sets the step the class works on next; null goes back to following the sequence.</summary>
    public async Task<Result<SmallStep?>> ChooseStepAsync(StaffScope scope, SchoolClass schoolClass, string? stepId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(schoolClass);
        SmallStep? step = null;
        if (!string.IsNullOrWhiteSpace(stepId) && (step = curriculum.Map.Find(stepId.Trim())) is null)
        {
            return ClassroomErrors.StepNotInCurriculum(stepId);
        }

        var tracked = await db.Classes.FirstAsync(c => c.Id == schoolClass.Id, cancellationToken);
        tracked.ChosenStepId = step?.Id.Value;
        audit.Record(scope.UserId, "class.step-chosen", $"Class {tracked.Name}: next step {step?.Id.Value ?? "(the sequence)"}.", scope.SchoolId);
        await db.SaveChangesAsync(cancellationToken);
        return step;
    }

    /// <summary>
    /// Records that the class was taught the step today and opens its end-of-lesson check. Opening a
    /// second check on the same day and step closes the first (e.g. the teacher changed the number of
    /// questions); answers already given stay as evidence.
    /// </summary>
    public async Task<Result<LessonCheck>> StartCheckAsync(StaffScope scope, SchoolClass schoolClass, string stepId, int questions, int seed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(schoolClass);
        if (curriculum.Map.Find(stepId) is not { } step)
        {
            return ClassroomErrors.StepNotInCurriculum(stepId);
        }

        if (catalogue.Generate(step, 0) is not { } sample)
        {
            return ClassroomErrors.NoGenerator(step.Id.Value);
        }

        var now = clock.GetUtcNow();
        var today = SchoolTime.DateOf(now);
        var lesson = await db.Lessons.FirstOrDefaultAsync(l => l.ClassId == schoolClass.Id && l.Date == today && l.StepId == step.Id.Value, cancellationToken);
        if (lesson is null)
        {
            lesson = new Lesson { Id = Guid.NewGuid(), SchoolId = schoolClass.SchoolId, ClassId = schoolClass.Id, StepId = step.Id.Value, Date = today, TaughtBy = scope.UserId };
            db.Lessons.Add(lesson);
        }

        foreach (var open in await db.LessonChecks.Where(c => c.ClassId == schoolClass.Id && c.Date == today && c.ClosedAt == null).ToListAsync(cancellationToken))
        {
            open.ClosedAt = now;
        }

        var positions = CheckPlan.Positions(sample.Questions.Count, questions);
        var check = new LessonCheck
        {
            Id = Guid.NewGuid(),
            SchoolId = schoolClass.SchoolId,
            ClassId = schoolClass.Id,
            LessonId = lesson.Id,
            StepId = step.Id.Value,
            Date = today,
            BaseSeed = Math.Clamp(seed, 0, VariationSet.MaximumSeed),
            QuestionIndexes = string.Join(',', positions),
            OpenedAt = now,
        };
        db.LessonChecks.Add(check);
        if (schoolClass.ChosenStepId == step.Id.Value)
        {
            (await db.Classes.FirstAsync(c => c.Id == schoolClass.Id, cancellationToken)).ChosenStepId = null;
        }

        audit.Record(scope.UserId, "check.opened", $"Class {schoolClass.Name}: end-of-lesson check on {step.Id.Value}, {positions.Count} questions.", scope.SchoolId);
        await db.SaveChangesAsync(cancellationToken);
        return check;
    }

    /// <summary>Closes the check to device answers.</summary>
    public async Task CloseCheckAsync(StaffScope scope, LessonCheck check, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(check);
        var tracked = await db.LessonChecks.FirstAsync(c => c.Id == check.Id, cancellationToken);
        tracked.ClosedAt ??= clock.GetUtcNow();
        audit.Record(scope.UserId, "check.closed", $"End-of-lesson check on {check.StepId} closed.", scope.SchoolId);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A check of the class by id.</summary>
    public Task<LessonCheck?> FindCheckAsync(SchoolClass schoolClass, Guid checkId, CancellationToken cancellationToken = default) =>
        db.LessonChecks.AsNoTracking().FirstOrDefaultAsync(c => c.Id == checkId && c.ClassId == schoolClass.Id, cancellationToken);

    /// <summary>The class's checks on a day, newest first.</summary>
    public async Task<IReadOnlyList<LessonCheck>> ChecksOnAsync(SchoolClass schoolClass, DateOnly day, CancellationToken cancellationToken = default)
    {
        var checks = await db.LessonChecks.AsNoTracking().Where(c => c.ClassId == schoolClass.Id && c.Date == day).ToListAsync(cancellationToken);
        return [.. checks.OrderByDescending(c => c.OpenedAt)];
    }

    /// <summary>The latest days, up to <paramref name="until"/>, on which the class did a check, newest first.</summary>
    public async Task<IReadOnlyList<DateOnly>> CheckDaysAsync(SchoolClass schoolClass, DateOnly until, int count, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(schoolClass);
        return await db.LessonChecks.AsNoTracking()
            .Where(c => c.ClassId == schoolClass.Id && c.Date <= until)
            .Select(c => c.Date)
            .Distinct()
            .OrderByDescending(d => d)
            .Take(count)
            .ToListAsync(cancellationToken);
    }

    /// <summary>The positions a check asks.</summary>
    public static IReadOnlyList<int> PositionsOf(LessonCheck check) =>
        [.. (check ?? throw new ArgumentNullException(nameof(check))).QuestionIndexes.Split(',').Select(p => int.Parse(p, System.Globalization.CultureInfo.InvariantCulture))];
}
