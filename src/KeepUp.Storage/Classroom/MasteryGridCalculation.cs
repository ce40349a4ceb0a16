using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Mastery;
using Microsoft.EntityFrameworkCore;

namespace KeepUp.Storage.Classroom;

/// <summary>One answer as the mastery grid reads it: nothing more is loaded for a grid.</summary>
internal sealed record GridAnswer(Guid PupilId, string StepId, bool Correct, DateTimeOffset AnsweredAt, DateOnly AnsweredOn, int QuestionIndex);

/// <summary>
/// The one place labels are worked out from answers already read: a class page reads one class's
/// answers, the school page reads the whole school's once and hands each class's share here, so
/// both always show the same labels.
/// </summary>
internal static class MasteryGridCalculation
{
    /// <summary>
    /// The grid for one class's pupils: <paramref name="evidence"/> and <paramref name="judgements"/>
    /// are theirs only, <paramref name="taught"/> the steps their class has had lessons on.
    /// </summary>
    public static ClassMasteryGrid Build(
        IEnumerable<GridAnswer> evidence,
        IEnumerable<MasteryJudgement> judgements,
        IReadOnlySet<string> taught,
        IReadOnlyDictionary<StepId, BktParameters> parameters,
        CurriculumMap map,
        DateOnly today)
    {
        var latestJudgements = judgements
            .GroupBy(j => (j.PupilId, j.StepId))
            .ToDictionary(g => g.Key, g => g.OrderByDescending(j => j.At).First());
        var tracker = new MasteryTracker(parameters, step => map.Find(step)?.Prerequisites ?? []);

        var cells = new Dictionary<(Guid, string), PupilStepStanding>();
        foreach (var pupilEvidence in evidence.GroupBy(e => e.PupilId))
        {
            // Answers sent in one batch share a time; the question's position orders them, as asked.
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
                    FirstSecure: FirstSecure(replay, answers),
                    Today: today,
                    Judgement: latestJudgements.TryGetValue((pupilEvidence.Key, step.Value), out var j) ? ToDomain(j) : null);
                cells[(pupilEvidence.Key, step.Value)] = new PupilStepStanding(MasteryLabel.For(facts), answers.Count, estimate.Known);
            }
        }

        foreach (var ((pupil, step), judgement) in latestJudgements.Where(j => !cells.ContainsKey(j.Key)))
        {
            var facts = new MasteryFacts(taught.Contains(step), 0, 0, null, false, null, today, ToDomain(judgement));
            cells[(pupil, step)] = new PupilStepStanding(MasteryLabel.For(facts), 0, 0);
        }

        return new ClassMasteryGrid(cells, taught);
    }

    /// <summary>The steps and, transitively, every prerequisite they rest on (their answers set the priors).</summary>
    public static HashSet<string> WithPrerequisites(CurriculumMap map, IEnumerable<StepId> steps)
    {
        var needed = new HashSet<string>(StringComparer.Ordinal);
        var waiting = new Stack<StepId>(steps);
        while (waiting.TryPop(out var step))
        {
            if (needed.Add(step.Value))
            {
                foreach (var prerequisite in map.Find(step.Value)?.Prerequisites ?? [])
                {
                    waiting.Push(prerequisite);
                }
            }
        }

        return needed;
    }

    /// <summary>Fitted parameters for the steps that have valid ones; the rest use the defaults.</summary>
    public static async Task<Dictionary<StepId, BktParameters>> ParametersAsync(KeepUpDbContext db, List<string> steps, CancellationToken cancellationToken)
    {
        var models = await db.StepModels.AsNoTracking().Where(m => steps.Contains(m.StepId)).ToListAsync(cancellationToken);
        return models
            .Where(m => StepId.TryCreate(m.StepId, out _) && BktParameters.AreValid(m.Prior, m.Learn, m.Guess, m.Slip))
            .ToDictionary(m => StepId.Parse(m.StepId), m => new BktParameters(m.Prior, m.Learn, m.Guess, m.Slip));
    }

    /// <summary>The first day the replayed estimate reached "secure", so "check again" can tell secure-then-forgotten from never secure.</summary>
    private static DateOnly? FirstSecure(BktParameters parameters, List<GridAnswer> answers)
    {
        var state = KnowledgeState.Start(parameters);
        for (var i = 0; i < answers.Count; i++)
        {
            state = state.After(answers[i].Correct, parameters);
            if (i + 1 >= MasteryLabel.SecureAnswers && state.Known >= MasteryLabel.SecureKnown)
            {
                return answers[i].AnsweredOn;
            }
        }

        return null;
    }

    private static TeacherJudgement ToDomain(MasteryJudgement judgement) =>
        new(Enum.Parse<MasteryStatus>(judgement.Status), judgement.JudgedBy, judgement.At, judgement.Why);
}
