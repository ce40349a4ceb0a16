using KeepUp.Application.Common;
using KeepUp.Application.Curriculum;
using KeepUp.Domain.Curriculum;
using Microsoft.EntityFrameworkCore;

namespace KeepUp.Storage.Classroom;

/// <summary>A pupil on one step of the block: the label, the answers behind it, and the teacher's judgement if there is one.</summary>
public sealed record PupilStepRow(SmallStep Step, PupilStepStanding Standing, int Answers, int Correct, MasteryJudgement? Judgement);

/// <summary>One of the pupil's recent answers, as the pupil page lists it.</summary>
public sealed record PupilAnswer(DateTimeOffset At, string StepId, string StepTitle, bool Correct, string? Misconception, EvidenceSource Source);

/// <summary>A same-day intervention the pupil was in.</summary>
public sealed record PupilIntervention(Guid Id, DateOnly Date, string StepId, string StepTitle, string? Misconception, bool Happened);

/// <summary>Everything the pupil page shows about one pupil.</summary>
public sealed record PupilProfile(
    Pupil Pupil,
    SchoolClass Class,
    string BlockTitle,
    IReadOnlyList<PupilStepRow> Steps,
    IReadOnlyList<PupilAnswer> RecentAnswers,
    IReadOnlyList<PupilIntervention> Interventions,
    bool CanManage);

/// <summary>
/// A pupil's page: where they stand on each step of the class's current block (with the teacher's
/// judgement where one overrides the estimate), their recent answers and the interventions they were
/// in. Read through <see cref="ClassAccess"/>, so staff see only pupils of classes they work with.
/// </summary>
public sealed class PupilProfiles(KeepUpDbContext db, ClassAccess access, LessonPlanner planner, ClassMastery mastery, CurriculumQueries curriculum, TimeProvider clock)
{
    /// <summary>How many recent answers the page lists.</summary>
    public const int RecentAnswerCount = 20;

    public async Task<Result<PupilProfile>> OpenAsync(StaffScope scope, int classId, Guid pupilId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (await access.FindAsync(scope, classId, cancellationToken) is not { } schoolClass)
        {
            return ClassroomErrors.NoSuchClass(classId);
        }

        if (await access.FindPupilAsync(scope, pupilId, cancellationToken) is not { } pupil || pupil.ClassId != classId)
        {
            return ClassroomErrors.NoSuchPupil(pupilId);
        }

        var today = await planner.TodaysStepAsync(schoolClass, cancellationToken);
        var block = planner.SequenceOf(schoolClass).Where(s => s.Year == today.Year && s.Sequence.BlockOrder == today.Sequence.BlockOrder).ToList();
        var grid = await mastery.ForPupilsAsync(scope.SchoolId, classId, [pupil.Id], clock.SchoolToday(), block.Select(s => s.Id), cancellationToken);
        var blockIds = block.Select(s => s.Id.Value).ToList();
        var counts = (await db.Evidence.AsNoTracking()
                .Where(e => e.SchoolId == scope.SchoolId && e.PupilId == pupil.Id && blockIds.Contains(e.StepId))
                .GroupBy(e => e.StepId)
                .Select(g => new { StepId = g.Key, Answers = g.Count(), Correct = g.Count(e => e.Correct) })
                .ToListAsync(cancellationToken))
            .ToDictionary(c => c.StepId, StringComparer.Ordinal);
        var judgements = (await db.MasteryJudgements.AsNoTracking()
                .Where(j => j.SchoolId == scope.SchoolId && j.PupilId == pupil.Id && blockIds.Contains(j.StepId))
                .ToListAsync(cancellationToken))
            .GroupBy(j => j.StepId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(j => j.At).First(), StringComparer.Ordinal);
        var steps = block.Select(s => new PupilStepRow(
            s,
            grid.For(pupil.Id, s.Id.Value),
            counts.TryGetValue(s.Id.Value, out var c) ? c.Answers : 0,
            c?.Correct ?? 0,
            judgements.GetValueOrDefault(s.Id.Value))).ToList();

        return new PupilProfile(pupil, schoolClass, today.Sequence.BlockTitle, steps, await RecentAnswersAsync(pupil, cancellationToken), await InterventionsAsync(pupil, cancellationToken), PupilRecords.Manages(scope, schoolClass));
    }

    private async Task<List<PupilAnswer>> RecentAnswersAsync(Pupil pupil, CancellationToken cancellationToken)
    {
        // SQLite cannot order by a DateTimeOffset, so the pupil's answers (hundreds a year) are sorted here.
        var recent = await db.Evidence.AsNoTracking()
            .Where(e => e.SchoolId == pupil.SchoolId && e.PupilId == pupil.Id)
            .Select(e => new { e.AnsweredAt, e.StepId, e.Correct, e.Misconception, e.Source, e.QuestionIndex })
            .ToListAsync(cancellationToken);
        return [.. recent.OrderByDescending(e => e.AnsweredAt).ThenByDescending(e => e.QuestionIndex).Take(RecentAnswerCount)
            .Select(e => new PupilAnswer(e.AnsweredAt, e.StepId, TitleOf(e.StepId), e.Correct, e.Misconception, e.Source))];
    }

    private async Task<List<PupilIntervention>> InterventionsAsync(Pupil pupil, CancellationToken cancellationToken)
    {
        var found = await db.Interventions.AsNoTracking()
            .Where(i => i.SchoolId == pupil.SchoolId && i.Pupils.Any(p => p.PupilId == pupil.Id))
            .Select(i => new { i.Id, i.Date, i.StepId, i.Misconception, Happened = i.HappenedAt != null })
            .ToListAsync(cancellationToken);
        return [.. found.OrderByDescending(i => i.Date).Select(i => new PupilIntervention(i.Id, i.Date, i.StepId, TitleOf(i.StepId), i.Misconception, i.Happened))];
    }

    private string TitleOf(string stepId) => curriculum.Map.Find(stepId)?.Title ?? stepId;
}
