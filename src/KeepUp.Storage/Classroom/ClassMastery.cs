using KeepUp.Application.Curriculum;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Mastery;
using Microsoft.EntityFrameworkCore;

namespace KeepUp.Storage.Classroom;

/// <summary>A pupil's standing on one step: the label a teacher reads, and the model's estimate behind it.</summary>
public sealed record PupilStepStanding(MasteryLabel Label, int Answers, double Known);

/// <summary>Every pupil of a class on every step they have been taught or answered on.</summary>
public sealed class ClassMasteryGrid(IReadOnlyDictionary<(Guid Pupil, string Step), PupilStepStanding> cells, IReadOnlySet<string> taught)
{
    private static readonly PupilStepStanding Untaught = new(new MasteryLabel(MasteryStatus.NotYetTaught, "The class has not been taught this step yet."), 0, 0);

    /// <summary>The steps the class has been taught.</summary>
    public IReadOnlySet<string> Taught { get; } = taught;

    /// <summary>The pupil's standing on the step ("not yet taught" when there is nothing to go on).</summary>
    public PupilStepStanding For(Guid pupilId, string stepId) =>
        cells.TryGetValue((pupilId, stepId), out var standing) ? standing
        : Taught.Contains(stepId) ? new PupilStepStanding(new MasteryLabel(MasteryStatus.KeepingUp, "Taught, but no answers from this pupil yet."), 0, 0)
        : Untaught;
}

/// <summary>
/// Works out each pupil's mastery from the evidence: fitted parameters per step (defaults where a
/// step has too little data), priors informed by the pupil's prerequisites, and the teacher's
/// judgement overriding when it is newer than the evidence.
/// </summary>
public sealed class ClassMastery(KeepUpDbContext db, CurriculumQueries curriculum)
{
    /// <summary>
    /// The grid for the given pupils. With <paramref name="steps"/> only those steps are worked out,
    /// and only their evidence and their prerequisites' (which set the priors) is read: a page
    /// showing one block need not read a year of answers. Without it, every step with evidence.
    /// </summary>
    public async Task<ClassMasteryGrid> ForPupilsAsync(int schoolId, int classId, IReadOnlyCollection<Guid> pupilIds, DateOnly today, IEnumerable<StepId>? steps = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pupilIds);
        var ids = pupilIds.ToList();
        var query = db.Evidence.AsNoTracking().Where(e => e.SchoolId == schoolId && ids.Contains(e.PupilId));
        if (steps is not null)
        {
            var needed = MasteryGridCalculation.WithPrerequisites(curriculum.Map, steps).ToList();
            query = query.Where(e => needed.Contains(e.StepId));
        }

        var evidence = await query
            .Select(e => new GridAnswer(e.PupilId, e.StepId, e.Correct, e.AnsweredAt, e.AnsweredOn, e.QuestionIndex))
            .ToListAsync(cancellationToken);
        var judgements = await db.MasteryJudgements.AsNoTracking().Where(j => j.SchoolId == schoolId && ids.Contains(j.PupilId)).ToListAsync(cancellationToken);
        var taught = (await db.Lessons.AsNoTracking().Where(l => l.ClassId == classId).Select(l => l.StepId).Distinct().ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var parameters = await MasteryGridCalculation.ParametersAsync(db, [.. evidence.Select(e => e.StepId).Distinct()], cancellationToken);
        return MasteryGridCalculation.Build(evidence, judgements, taught, parameters, curriculum.Map, today);
    }
}
