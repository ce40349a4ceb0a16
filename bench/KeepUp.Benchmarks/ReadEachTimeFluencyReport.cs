using KeepUp.Domain.Fluency;
using KeepUp.Storage;
using KeepUp.Storage.Classroom;
using KeepUp.Storage.Fluency;
using Microsoft.EntityFrameworkCore;

namespace KeepUp.Benchmarks;

/// <summary>
/// The class fluency report as it was before it read each pupil's answers into standings once:
/// every part of the report read the answers again. Kept only as the benchmark's baseline (the
/// readiness forms' frequencies are now worked out once, which this baseline also gains from).
/// </summary>
internal sealed class ReadEachTimeFluencyReport(KeepUpDbContext db)
{
    private const int ChartDays = FluencyReports.ChartDays;

    public async Task<ClassFluencyReport> ForClassAsync(IReadOnlyList<Pupil> pupils, DateOnly today, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pupils);
        if (pupils.Count == 0)
        {
            return new ClassFluencyReport(0, TablesHeatMap.ForClass([]), [], [], []);
        }

        var histories = await HistoriesAsync(pupils[0].SchoolId, [.. pupils.Select(p => p.Id)], cancellationToken);
        List<FactAttempt> HistoryOf(Pupil p) => histories.GetValueOrDefault(p.Id) ?? [];
        var notYet = pupils.Where(p => p.YearGroup is >= 1 and <= 6)
            .Select(p => new PupilExpectation(p, FactProgress.AgainstExpectations(p.YearGroup, HistoryOf(p))))
            .Where(e => !e.Progress.AllSecure)
            .OrderBy(e => (double)e.Progress.Secure / e.Progress.Expected)
            .ToList();
        var readiness = pupils.Where(p => p.YearGroup == 4)
            .Select(p => new PupilMtcReadiness(p, MtcReadinessEstimate.For(HistoryOf(p)), HistoryOf(p).Count))
            .ToList();
        var from = ChartStart([.. histories.Values.SelectMany(h => h)], today);
        var perPupil = pupils.Select(p => FactProgress.SecuredOverTime(HistoryOf(p), from, today.DayNumber)).ToList();
        var chart = Enumerable.Range(0, today.DayNumber - from + 1)
            .Select(i => new ClassSecuredOnDay(DateOnly.FromDayNumber(from + i), perPupil.Average(points => points[i].Secured)))
            .ToList();
        return new ClassFluencyReport(histories.Count, TablesHeatMap.ForClass(pupils.Select(HistoryOf)), notYet, readiness, chart);
    }

    public async Task<Dictionary<Guid, List<FactAttempt>>> HistoriesAsync(int schoolId, IReadOnlyCollection<Guid> pupilIds, CancellationToken cancellationToken = default)
    {
        var rows = await db.FactAnswers.AsNoTracking()
            .Where(a => a.SchoolId == schoolId && pupilIds.Contains(a.PupilId))
            .Select(a => new { a.PupilId, a.FactId, a.Day, a.Correct, a.Milliseconds, a.Position })
            .ToListAsync(cancellationToken);
        // A day has one session, so its positions give the order answers were given in; reading
        // the time of each answer too would cost more than everything else on a year's data.
        return rows.OrderBy(a => a.Day).ThenBy(a => a.Position)
            .GroupBy(a => a.PupilId)
            .ToDictionary(g => g.Key, g => g.Select(a => new FactAttempt(a.FactId, a.Day.DayNumber, a.Correct, a.Milliseconds)).ToList());
    }

    // The chart starts at the first answer, but looks back no further than ChartDays.
    private static int ChartStart(List<FactAttempt> history, DateOnly today) =>
        Math.Max(today.DayNumber - ChartDays + 1, history.Count == 0 ? today.DayNumber : Math.Min(today.DayNumber, history.Min(a => a.Day)));
}
