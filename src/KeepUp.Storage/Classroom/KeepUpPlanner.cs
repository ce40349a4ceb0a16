using KeepUp.Application.Common;
using KeepUp.Application.Curriculum;
using KeepUp.Application.Practice;
using KeepUp.Domain.Calendar;
using KeepUp.Domain.Classroom;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Mastery;
using KeepUp.Domain.Practice;
using KeepUp.Storage.Audit;
using Microsoft.EntityFrameworkCore;

namespace KeepUp.Storage.Classroom;

/// <summary>A pupil to pre-teach before the next step, and the prerequisites they are shaky on.</summary>
public sealed record PreTeachPupil(Pupil Pupil, IReadOnlyList<SmallStep> WeakPrerequisites);

/// <summary>The keep-up work after a lesson: who needs help today, in groups, and who to pre-teach for tomorrow.</summary>
public sealed record KeepUpDay(SmallStep? Step, LessonCheck? Check, KeepUpList List, SmallStep? NextStep, IReadOnlyList<PreTeachPupil> PreTeach, IReadOnlyList<Intervention> Interventions);

/// <summary>An intervention's plan: ten minutes with the stem sentences, a representation and three scaffolded questions.</summary>
public sealed record InterventionPlan(SmallStep Step, IReadOnlyList<string> StemSentences, Representation? Representation, IReadOnlyList<Question> Questions);

/// <summary>
/// Keep up, not catch up: after the end-of-lesson check, the keep-up list grouped by misconception,
/// same-day interventions with a plan a teaching assistant can pick up, their follow-up mini-checks,
/// and the pre-teach list for the next step.
/// </summary>
public sealed class KeepUpPlanner(KeepUpDbContext db, ClassAccess access, ClassMastery mastery, LessonPlanner lessons, EvidenceRecorder recorder, CurriculumQueries curriculum, PracticeQueries practice, AuditLog audit, TimeProvider clock)
{
    /// <summary>Questions in an intervention's plan and follow-up mini-check.</summary>
    public const int PlanQuestions = 3;

    /// <summary>Interventions in a half-term after which the maths lead hears about a pupil.</summary>
    public const int FlagAfterInterventions = 3;

    public async Task<KeepUpDay> DayAsync(SchoolClass schoolClass, DateOnly day, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(schoolClass);
        var pupils = await access.PupilsOfAsync(schoolClass, cancellationToken);
        var checks = await lessons.ChecksOnAsync(schoolClass, day, cancellationToken);
        var check = checks.Count > 0 ? checks[0] : null;
        var interventions = await InterventionsAsync(schoolClass, day, day, cancellationToken);
        var step = check is null ? null : curriculum.Map.Find(check.StepId);
        if (check is null || step is null)
        {
            return new KeepUpDay(null, null, KeepUpList.From([]), null, [], interventions);
        }

        var sequence = lessons.SequenceOf(schoolClass);
        var at = sequence.FindIndex(s => s.Id == step.Id);
        var next = at >= 0 && at + 1 < sequence.Count ? sequence[at + 1] : null;
        var grid = await mastery.ForPupilsAsync(schoolClass.SchoolId, schoolClass.Id, [.. pupils.Select(p => p.Id)], day,
            next is null ? [step.Id] : [step.Id, next.Id], cancellationToken);

        var answers = (await db.Evidence.AsNoTracking().Where(e => e.CheckId == check.Id).ToListAsync(cancellationToken))
            .GroupBy(e => e.PupilId)
            .ToDictionary(g => g.Key, g => g.OrderBy(e => e.QuestionIndex).Select(e => new CheckAnswer(e.Correct, e.Misconception)).ToList());
        var list = KeepUpList.From(pupils.Select(p => new PupilCheck(
            p.Id,
            p.FullName,
            answers.GetValueOrDefault(p.Id) ?? [],
            grid.For(p.Id, step.Id.Value).Label.Status == MasteryStatus.NeedsSameDayHelp)));

        var preTeach = new List<PreTeachPupil>();
        if (next is not null)
        {
            var prerequisites = curriculum.Map.PrerequisitesOf(next);
            foreach (var pupil in pupils)
            {
                var weak = prerequisites.Where(p => grid.For(pupil.Id, p.Id.Value) is { Answers: > 0, Known: < MasteryLabel.SameDayHelpBelow }).ToList();
                if (weak.Count > 0)
                {
                    preTeach.Add(new PreTeachPupil(pupil, weak));
                }
            }
        }

        return new KeepUpDay(step, check, list, next, preTeach, interventions);
    }

    /// <summary>The class's interventions between two days (inclusive), newest first, with their pupils.</summary>
    public async Task<IReadOnlyList<Intervention>> InterventionsAsync(SchoolClass schoolClass, DateOnly from, DateOnly until, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(schoolClass);
        var found = await db.Interventions.AsNoTracking().Include(i => i.Pupils)
            .Where(i => i.ClassId == schoolClass.Id && i.Date >= from && i.Date <= until)
            .ToListAsync(cancellationToken);
        return [.. found.OrderByDescending(i => i.Date).ThenBy(i => i.Misconception, StringComparer.Ordinal)];
    }

    /// <summary>Plans a same-day intervention for a group of the class's pupils.</summary>
    public async Task<Result<Intervention>> PlanAsync(StaffScope scope, SchoolClass schoolClass, string stepId, string? misconception, IReadOnlyCollection<Guid> pupilIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(schoolClass);
        ArgumentNullException.ThrowIfNull(pupilIds);
        if (curriculum.Map.Find(stepId) is not { } step)
        {
            return ClassroomErrors.StepNotInCurriculum(stepId);
        }

        var classPupils = (await access.PupilsOfAsync(schoolClass, cancellationToken)).Select(p => p.Id).ToHashSet();
        if (pupilIds.Count == 0 || pupilIds.Any(p => !classPupils.Contains(p)))
        {
            return ClassroomErrors.BadClass("Choose one or more pupils of this class for the group.");
        }

        var now = clock.GetUtcNow();
        var intervention = new Intervention
        {
            Id = Guid.NewGuid(),
            SchoolId = schoolClass.SchoolId,
            ClassId = schoolClass.Id,
            StepId = step.Id.Value,
            Date = SchoolTime.DateOf(now),
            Misconception = string.IsNullOrWhiteSpace(misconception) ? null : misconception.Trim()[..Math.Min(200, misconception.Trim().Length)],
            PlanSeed = (int)(now.ToUnixTimeMilliseconds() % VariationSet.MaximumSeed),
            PlannedBy = scope.UserId,
            Pupils = [.. pupilIds.Distinct().Select(p => new InterventionPupil { PupilId = p })],
        };
        db.Interventions.Add(intervention);
        audit.Record(scope.UserId, "intervention.planned", $"Class {schoolClass.Name}: same-day intervention on {step.Id.Value} for {intervention.Pupils.Count} pupils.", scope.SchoolId);
        await db.SaveChangesAsync(cancellationToken);
        return intervention;
    }

    /// <summary>The plan for an intervention: rebuilt from its step and seed, like every question in KeepUp.</summary>
    public InterventionPlan PlanOf(Intervention intervention)
    {
        ArgumentNullException.ThrowIfNull(intervention);
        var step = curriculum.Map.Find(intervention.StepId) ?? throw new InvalidOperationException($"Step {intervention.StepId} has left the curriculum.");
        var questions = practice.Generate(step.Id.Value, intervention.PlanSeed).Value?.Set.Questions.Take(PlanQuestions).ToList() ?? [];
        return new InterventionPlan(step, [.. step.StemSentences.Take(2)], step.Representations.Count > 0 ? step.Representations[0] : null, questions);
    }

    /// <summary>An intervention of the class.</summary>
    public Task<Intervention?> FindAsync(SchoolClass schoolClass, Guid interventionId, CancellationToken cancellationToken = default) =>
        db.Interventions.AsNoTracking().Include(i => i.Pupils).FirstOrDefaultAsync(i => i.Id == interventionId && i.ClassId == schoolClass.Id, cancellationToken);

    /// <summary>Records that the intervention happened, who led it, and the follow-up mini-check's marks.</summary>
    public async Task<Result<int>> RecordAsync(StaffScope scope, Intervention intervention, string? notes, IReadOnlyList<PaperMark> followUp, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(intervention);
        ArgumentNullException.ThrowIfNull(followUp);
        var members = intervention.Pupils.Select(p => p.PupilId).ToHashSet();
        if (followUp.Any(m => !members.Contains(m.PupilId) || m.Index is < 1 or > PlanQuestions))
        {
            return ClassroomErrors.BadAnswer(1, "a mark is for a pupil outside the group or a question outside the mini-check.");
        }

        var tracked = await db.Interventions.FirstAsync(i => i.Id == intervention.Id, cancellationToken);
        var now = clock.GetUtcNow();
        tracked.HappenedAt ??= now;
        tracked.LedBy = scope.UserId;
        tracked.Notes = string.IsNullOrWhiteSpace(notes) ? tracked.Notes : notes.Trim()[..Math.Min(1000, notes.Trim().Length)];
        var marked = await recorder.ApplyMarksAsync(intervention.Id, followUp, scope.UserId, (mark, correct) => new Evidence
        {
            SchoolId = intervention.SchoolId,
            PupilId = mark.PupilId,
            StepId = intervention.StepId,
            Seed = intervention.PlanSeed,
            QuestionIndex = mark.Index,
            Correct = correct,
            Source = EvidenceSource.FollowUp,
            InterventionId = intervention.Id,
            AnsweredAt = now,
            AnsweredOn = SchoolTime.DateOf(now),
        }, cancellationToken);
        audit.Record(scope.UserId, "intervention.recorded", $"Intervention on {intervention.StepId} happened; {marked} follow-up marks changed.", scope.SchoolId);
        await db.SaveChangesAsync(cancellationToken);
        return marked;
    }

    /// <summary>Follow-up marks already recorded for an intervention, by pupil and question.</summary>
    public async Task<IReadOnlyDictionary<(Guid Pupil, int Index), bool>> FollowUpMarksAsync(Intervention intervention, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(intervention);
        var marks = await db.Evidence.AsNoTracking().Where(e => e.InterventionId == intervention.Id).ToListAsync(cancellationToken);
        return marks.ToDictionary(e => (e.PupilId, e.QuestionIndex), e => e.Correct);
    }

    /// <summary>
    /// Pupils of the school who needed same-day help at least <see cref="FlagAfterInterventions"/>
    /// times this half-term: the maths lead should know, as keeping up is not working for them.
    /// </summary>
    public async Task<IReadOnlyList<(Pupil Pupil, int Interventions)>> OftenHelpedAsync(int schoolId, DateOnly today, CancellationToken cancellationToken = default)
    {
        var since = AcademicYear.HalfTermStart(today);
        var counts = await (
            from member in db.InterventionPupils
            join intervention in db.Interventions on member.InterventionId equals intervention.Id
            where intervention.SchoolId == schoolId && intervention.Date >= since && intervention.Date <= today
            group member by member.PupilId into g
            select new { PupilId = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var flagged = counts.Where(c => c.Count >= FlagAfterInterventions).ToDictionary(c => c.PupilId, c => c.Count);
        var pupils = await db.Pupils.AsNoTracking().Where(p => flagged.Keys.Contains(p.Id) && p.ArchivedOn == null).ToListAsync(cancellationToken);
        return [.. pupils.Select(p => (p, flagged[p.Id])).OrderByDescending(p => p.Item2).ThenBy(p => p.p.Surname, StringComparer.Ordinal)];
    }
}
