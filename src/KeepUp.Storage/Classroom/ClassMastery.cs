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
            var needed = WithPrerequisites(steps);
            query = query.Where(e => needed.Contains(e.StepId));
        }

        // Answers sent in one batch share a time; the question's position orders them, as asked.
        var evidence = await query
            .Select(e => new { e.PupilId, e.StepId, e.Correct, e.AnsweredAt, e.AnsweredOn, e.QuestionIndex })
            .ToListAsync(cancellationToken);
        var judgements = (await db.MasteryJudgements.AsNoTracking().Where(j => j.SchoolId == schoolId && ids.Contains(j.PupilId)).ToListAsync(cancellationToken))
            .GroupBy(j => (j.PupilId, j.StepId))
            .ToDictionary(g => g.Key, g => g.OrderByDescending(j => j.At).First());
        var taught = (await db.Lessons.AsNoTracking().Where(l => l.ClassId == classId).Select(l => l.StepId).Distinct().ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var stepsSeen = evidence.Select(e => e.StepId).Distinct().ToList();
        var parameters = await ParametersAsync(stepsSeen, cancellationToken);
        var tracker = new MasteryTracker(parameters, step => curriculum.Map.Find(step)?.Prerequisites ?? []);

        var cells = new Dictionary<(Guid, string), PupilStepStanding>();
        foreach (var pupilEvidence in evidence.GroupBy(e => e.PupilId))
        {
            var byStep = pupilEvidence.GroupBy(e => e.StepId)
                .Where(g => StepId.TryCreate(g.Key, out _))
                .ToDictionary(g => StepId.Parse(g.Key), g => g.OrderBy(e => e.AnsweredAt).ThenBy(e => e.QuestionIndex).ToList());
            var estimates = tracker.EstimateAll(byStep.ToDictionary(p => p.Key, p => (IReadOnlyList<bool>)[.. p.Value.Select(e => e.Correct)]));
            foreach (var (step, answers) in byStep)
            {
                var estimate = estimates[step];
                var stepParameters = parameters.GetValueOrDefault(step) ?? BktParameters.Default;
                var replay = new BktParameters(estimate.Prior, stepParameters.Learn, stepParameters.Guess, stepParameters.Slip);
                var latestDay = answers[^1].AnsweredOn;
                var facts = new MasteryFacts(
                    Taught: taught.Contains(step.Value),
                    Answers: answers.Count,
                    Known: estimate.Known,
                    LastEvidence: answers[^1].AnsweredAt,
                    LatestHadWrongAnswers: answers.Any(a => a.AnsweredOn == latestDay && !a.Correct),
                    FirstSecure: FirstSecure(replay, [.. answers.Select(a => (a.Correct, a.AnsweredOn))]),
                    Today: today,
                    Judgement: judgements.TryGetValue((pupilEvidence.Key, step.Value), out var j) ? ToDomain(j) : null);
                cells[(pupilEvidence.Key, step.Value)] = new PupilStepStanding(MasteryLabel.For(facts), answers.Count, estimate.Known);
            }
        }

        foreach (var ((pupil, step), judgement) in judgements.Where(j => !cells.ContainsKey(j.Key)))
        {
            var facts = new MasteryFacts(taught.Contains(step), 0, 0, null, false, null, today, ToDomain(judgement));
            cells[(pupil, step)] = new PupilStepStanding(MasteryLabel.For(facts), 0, 0);
        }

        return new ClassMasteryGrid(cells, taught);
    }

    /// <summary>The steps and, transitively, every prerequisite they rest on.</summary>
    private List<string> WithPrerequisites(IEnumerable<StepId> steps)
    {
        var needed = new HashSet<string>(StringComparer.Ordinal);
        var waiting = new Stack<StepId>(steps);
        while (waiting.TryPop(out var step))
        {
            if (needed.Add(step.Value))
            {
                foreach (var prerequisite in curriculum.Map.Find(step.Value)?.Prerequisites ?? [])
                {
                    waiting.Push(prerequisite);
                }
            }
        }

        return [.. needed];
    }

    private async Task<Dictionary<StepId, BktParameters>> ParametersAsync(List<string> steps, CancellationToken cancellationToken)
    {
        var models = await db.StepModels.AsNoTracking().Where(m => steps.Contains(m.StepId)).ToListAsync(cancellationToken);
        return models
            .Where(m => StepId.TryCreate(m.StepId, out _) && BktParameters.AreValid(m.Prior, m.Learn, m.Guess, m.Slip))
            .ToDictionary(m => StepId.Parse(m.StepId), m => new BktParameters(m.Prior, m.Learn, m.Guess, m.Slip));
    }

    /// <summary>The first day the replayed estimate reached "secure", so "check again" can tell secure-then-forgotten from never secure.</summary>
    private static DateOnly? FirstSecure(BktParameters parameters, IReadOnlyList<(bool Correct, DateOnly Day)> answers)
    {
        var state = KnowledgeState.Start(parameters);
        for (var i = 0; i < answers.Count; i++)
        {
            state = state.After(answers[i].Correct, parameters);
            if (i + 1 >= MasteryLabel.SecureAnswers && state.Known >= MasteryLabel.SecureKnown)
            {
                return answers[i].Day;
            }
        }

        return null;
    }

    private static TeacherJudgement ToDomain(MasteryJudgement judgement) =>
        new(Enum.Parse<MasteryStatus>(judgement.Status), judgement.JudgedBy, judgement.At, judgement.Why);
}
