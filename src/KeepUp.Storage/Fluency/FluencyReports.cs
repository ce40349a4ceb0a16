using KeepUp.Domain.Fluency;
using KeepUp.Storage.Classroom;
using Microsoft.EntityFrameworkCore;

namespace KeepUp.Storage.Fluency;

/// <summary>How many facts a class's pupils had secured, on average, by the end of a day.</summary>
public sealed record ClassSecuredOnDay(DateOnly Day, double AveragePerPupil);

/// <summary>One pupil against the facts expected of their year.</summary>
public sealed record PupilExpectation(Pupil Pupil, ExpectationProgress Progress);

/// <summary>A Year 4 pupil's likely multiplication tables check score today.</summary>
public sealed record PupilMtcReadiness(Pupil Pupil, MtcReadiness Readiness, int Answers);

/// <summary>One pupil's fact practice for their teacher.</summary>
public sealed record PupilFluencyReport(
    Pupil Pupil, int Answers, TablesHeatMap HeatMap, ExpectationProgress? Expectations, MtcReadiness? Readiness, IReadOnlyList<SecuredOnDay> SecuredOverTime);

/// <summary>A class's fact practice: the pooled heat map, who is not yet secure, Year 4 readiness and facts secured over time.</summary>
public sealed record ClassFluencyReport(
    int PupilsPractising, TablesHeatMap HeatMap, IReadOnlyList<PupilExpectation> NotYetSecure, IReadOnlyList<PupilMtcReadiness> Readiness, IReadOnlyList<ClassSecuredOnDay> SecuredOverTime);

/// <summary>
/// Reports on fact practice for teachers. Pupils are passed in already checked by
/// <see cref="ClassAccess"/>; every read is still scoped by the pupils' school.
/// </summary>
public sealed class FluencyReports(KeepUpDbContext db)
{
    /// <summary>How far back the facts-secured chart looks: 90 days, about a term.</summary>
    public const int ChartDays = 90;

    /// <summary>The report on one pupil.</summary>
    public async Task<PupilFluencyReport> ForPupilAsync(Pupil pupil, DateOnly today, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pupil);
        var history = (await HistoriesAsync(pupil.SchoolId, [pupil.Id], cancellationToken)).GetValueOrDefault(pupil.Id) ?? [];
        var standings = FactStandings.From(history, FluencySettings.Default);
        var from = ChartStart(history.Count == 0 ? null : history.Min(a => a.Day), today);
        return new PupilFluencyReport(
            pupil,
            history.Count,
            TablesHeatMap.ForPupils([(history, standings)]),
            pupil.YearGroup is >= 1 and <= 6 ? FactProgress.AgainstExpectations(pupil.YearGroup, standings) : null,
            pupil.YearGroup == 4 ? MtcReadinessEstimate.For(history) : null,
            FactProgress.SecuredOverTime(standings, from, today.DayNumber));
    }

    /// <summary>
    /// The report on a class's pupils. Each pupil's answers are read into standings once and every
    /// part of the report works from those (a year of practice is thousands of answers a pupil).
    /// </summary>
    public async Task<ClassFluencyReport> ForClassAsync(IReadOnlyList<Pupil> pupils, DateOnly today, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pupils);
        if (pupils.Count == 0)
        {
            return new ClassFluencyReport(0, TablesHeatMap.ForClass([]), [], [], []);
        }

        var histories = await HistoriesAsync(pupils[0].SchoolId, [.. pupils.Select(p => p.Id)], cancellationToken);
        var read = pupils.DistinctBy(p => p.Id).ToDictionary(p => p.Id, p =>
        {
            var history = histories.GetValueOrDefault(p.Id) ?? [];
            return (History: (IReadOnlyList<FactAttempt>)history, Standings: FactStandings.From(history, FluencySettings.Default));
        });
        var notYet = pupils.Where(p => p.YearGroup is >= 1 and <= 6)
            .Select(p => new PupilExpectation(p, FactProgress.AgainstExpectations(p.YearGroup, read[p.Id].Standings)))
            .Where(e => !e.Progress.AllSecure)
            .OrderBy(e => (double)e.Progress.Secure / e.Progress.Expected)
            .ToList();
        var readiness = pupils.Where(p => p.YearGroup == 4)
            .Select(p => new PupilMtcReadiness(p, MtcReadinessEstimate.For(read[p.Id].History), read[p.Id].History.Count))
            .ToList();
        var firstDay = histories.Values.Where(h => h.Count > 0).Select(h => (int?)h.Min(a => a.Day)).Min();
        var from = ChartStart(firstDay, today);
        var perPupil = pupils.Select(p => FactProgress.SecuredOverTime(read[p.Id].Standings, from, today.DayNumber)).ToList();
        var chart = Enumerable.Range(0, today.DayNumber - from + 1)
            .Select(i => new ClassSecuredOnDay(DateOnly.FromDayNumber(from + i), perPupil.Average(points => points[i].Secured)))
            .ToList();
        return new ClassFluencyReport(histories.Count, TablesHeatMap.ForPupils(pupils.Select(p => read[p.Id])), notYet, readiness, chart);
    }

    /// <summary>Each pupil's answers as the domain reads them, in the order they were given.</summary>
    public async Task<Dictionary<Guid, List<FactAttempt>>> HistoriesAsync(int schoolId, IReadOnlyCollection<Guid> pupilIds, CancellationToken cancellationToken = default)
    {
        var rows = await db.FactAnswers.AsNoTracking()
            .Where(a => a.SchoolId == schoolId && pupilIds.Contains(a.PupilId))
            .Select(a => new HistoryRow(a.PupilId, a.Day, a.Position, new FactAttempt(a.FactId, a.Day.DayNumber, a.Correct, a.Milliseconds)))
            .ToListAsync(cancellationToken);
        // A day has one session, so its positions give the order answers were given in; reading
        // the time of each answer too would cost more than everything else on a year's data.
        // Grouped first, then each pupil's answers put in order (a stable sort, as before).
        return rows.GroupBy(a => a.PupilId)
            .ToDictionary(g => g.Key, g => g.OrderBy(a => a.Day).ThenBy(a => a.Position).Select(a => a.Attempt).ToList());
    }

    private sealed record HistoryRow(Guid PupilId, DateOnly Day, int Position, FactAttempt Attempt);

    // The chart starts at the first answer, but looks back no further than ChartDays.
    private static int ChartStart(int? firstDay, DateOnly today) =>
        Math.Max(today.DayNumber - ChartDays + 1, firstDay is { } first ? Math.Min(today.DayNumber, first) : today.DayNumber);
}
