using System.Diagnostics;
using KeepUp.Application.Mastery;
using KeepUp.Domain.Mastery;
using KeepUp.Storage.Audit;
using Microsoft.EntityFrameworkCore;

namespace KeepUp.Storage.Classroom;

/// <summary>What one fitting run did, for the CLI and the audit log.</summary>
public sealed record StepModelFitReport(int Steps, int Fitted, int KeptDefault, int Answers, double Seconds);

/// <summary>
/// Fits the mastery model's parameters for every small step from all the evidence on it, so that
/// "how likely is a lucky guess on this step" comes from how pupils really answer, not from one
/// default for every step. Parameters describe a step, never a pupil, so evidence from every
/// school is pooled: a small school alone rarely has enough answers on a step to fit it.
/// </summary>
public sealed class StepModelFitting(KeepUpDbContext db, AuditLog audit, TimeProvider clock)
{
    /// <summary>Fits every step with evidence; steps with too little evidence lose any stored model and use the defaults.</summary>
    public async Task<StepModelFitReport> FitAllAsync(IProgress<int>? progress = null, int restarts = 5, CancellationToken cancellationToken = default)
    {
        var timer = Stopwatch.StartNew();
        var answers = await db.Evidence.AsNoTracking()
            .Select(e => new EvidenceRow(e.StepId, e.PupilId, e.AnsweredAt, e.QuestionIndex, e.Correct))
            .ToListAsync(cancellationToken);
        var steps = PackByStep(answers);
        var fits = SkillModels.FitAll([.. steps.Values], new BktFitter(restarts), progress);

        var stored = await db.StepModels.ToDictionaryAsync(m => m.StepId, StringComparer.Ordinal, cancellationToken);
        var now = clock.GetUtcNow();
        var fitted = 0;
        var index = 0;
        foreach (var (stepId, sequences) in steps)
        {
            var fit = fits[index++];
            stored.TryGetValue(stepId, out var model);
            if (fit.UsedDefault)
            {
                // Too few answers to trust a fit: an old model fitted before an erasure must not linger.
                if (model is not null)
                {
                    db.StepModels.Remove(model);
                }

                continue;
            }

            if (model is null)
            {
                model = new StepModel { StepId = stepId };
                db.StepModels.Add(model);
            }

            (model.Prior, model.Learn, model.Guess, model.Slip) = (fit.Parameters.Prior, fit.Parameters.Learn, fit.Parameters.Guess, fit.Parameters.Slip);
            model.Observations = sequences.Answers;
            model.FittedAt = now;
            fitted++;
        }

        var report = new StepModelFitReport(steps.Count, fitted, steps.Count - fitted, answers.Count, timer.Elapsed.TotalSeconds);
        audit.Record(null, "mastery.fitted", $"Mastery model fitted on {report.Fitted} steps from {report.Answers} answers; {report.KeptDefault} steps kept the defaults.");
        await db.SaveChangesAsync(cancellationToken);
        return report;
    }

    /// <summary>
    /// Each pupil's answers on a step in the order they were given. Ordering happens here, not in
    /// SQL, because SQLite cannot order by a date-time offset; the question position breaks ties
    /// between answers sent in one batch.
    /// </summary>
    private static SortedDictionary<string, AnswerSequences> PackByStep(List<EvidenceRow> answers) =>
        new(answers
            .GroupBy(a => a.StepId, StringComparer.Ordinal)
            .ToDictionary(
                step => step.Key,
                step => AnswerSequences.From([.. step
                    .GroupBy(a => a.PupilId)
                    .Select(pupil => (IReadOnlyList<bool>)[.. pupil.OrderBy(a => a.AnsweredAt).ThenBy(a => a.QuestionIndex).Select(a => a.Correct)])]),
                StringComparer.Ordinal),
            StringComparer.Ordinal);

    private sealed record EvidenceRow(string StepId, Guid PupilId, DateTimeOffset AnsweredAt, int QuestionIndex, bool Correct);
}
