using System.Globalization;
using System.Text;
using KeepUp.Application.Common;
using KeepUp.Domain.Fluency;
using KeepUp.Domain.Imports;
using KeepUp.Storage.Classroom;
using Microsoft.EntityFrameworkCore;

namespace KeepUp.Storage.Mtc;

/// <summary>One pupil's line on the teacher's check page.</summary>
/// <param name="Pupil">The pupil.</param>
/// <param name="Status">Live status in the current window; Restarted while a restarted pupil has not begun again.</param>
/// <param name="Restarts">Restarts used in the window (at most 2).</param>
/// <param name="Result">The marked check once it has arrived: score, each fact, families to work on.</param>
/// <param name="Arrangements">The pupil's access arrangements.</param>
/// <param name="InputAssistantName">The adult who typed for the pupil in the live attempt, as entered on the device; null when none.</param>
public sealed record MtcPupilRow(Pupil Pupil, MtcStatus Status, int Restarts, MtcResult? Result, MtcArrangements Arrangements, string? InputAssistantName = null);

/// <summary>A class's check in its current window, pupil by pupil.</summary>
public sealed record MtcClassReport(SchoolClass Class, MtcWindow? Window, IReadOnlyList<MtcPupilRow> Pupils);

/// <summary>
/// The teacher's view of the check: live status, scores out of 25 and, beyond the official check,
/// each fact and the strategy families to work on; also as CSV. Through <see cref="ClassAccess"/>.
/// </summary>
public sealed class MtcClassResults(KeepUpDbContext db, ClassAccess access, MtcChecks checks)
{
    public async Task<Result<MtcClassReport>> ForClassAsync(StaffScope scope, int classId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (await access.FindAsync(scope, classId, cancellationToken) is not { } schoolClass)
        {
            return ClassroomErrors.NoSuchClass(classId);
        }

        var pupils = await access.PupilsOfAsync(schoolClass, cancellationToken);
        var window = await checks.CurrentWindowAsync(classId, cancellationToken);
        var ids = pupils.Select(p => p.Id).ToList();
        var arrangements = await db.MtcArrangements.AsNoTracking().Where(a => ids.Contains(a.PupilId)).ToDictionaryAsync(a => a.PupilId, cancellationToken);
        var attempts = window is null ? [] : await db.MtcAttempts.AsNoTracking().Where(a => a.WindowId == window.Id && a.SchoolId == schoolClass.SchoolId).ToListAsync(cancellationToken);
        var complete = attempts.Where(a => a.Status == MtcStatus.Complete).Select(a => a.Id).ToList();
        var responses = (await db.MtcResponses.AsNoTracking().Where(r => complete.Contains(r.AttemptId)).ToListAsync(cancellationToken))
            .ToLookup(r => r.AttemptId);
        var rows = pupils.Select(pupil =>
        {
            var mine = attempts.Where(a => a.PupilId == pupil.Id).ToList();
            var live = mine.FirstOrDefault(a => a.Status != MtcStatus.Restarted);
            var restarts = mine.Count(a => a.Status == MtcStatus.Restarted);
            var status = live?.Status ?? (restarts > 0 ? MtcStatus.Restarted : MtcStatus.NotStarted);
            MtcResult? result = null;
            if (live is { Status: MtcStatus.Complete })
            {
                var answers = responses[live.Id].OrderBy(r => r.Position).Select(r => (string?)r.Answer).ToList();
                result = MtcMarking.Mark(MtcForms.Generate(live.FormSeed), answers);
            }

            return new MtcPupilRow(pupil, status, restarts, result, arrangements.GetValueOrDefault(pupil.Id) ?? new MtcArrangements { PupilId = pupil.Id, SchoolId = pupil.SchoolId }, live?.InputAssistantName);
        }).ToList();
        return new MtcClassReport(schoolClass, window, rows);
    }

    /// <summary>The report as CSV: one line per pupil, formulas neutralised (<see cref="CsvCell"/>).</summary>
    public static string ToCsv(MtcClassReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var csv = new StringBuilder();
        csv.Append(CsvCell.Line(["UPN", "Forename", "Surname", "Status", "Restarts", "Score", "Out of", "Facts missed", "Strategy families to work on", "Access arrangements", "Input assistant"])).Append('\n');
        foreach (var row in report.Pupils)
        {
            var r = row.Result;
            csv.Append(CsvCell.Line(
            [
                row.Pupil.Upn, row.Pupil.Forename, row.Pupil.Surname, row.Status.ToString(), row.Restarts.ToString(CultureInfo.InvariantCulture),
                r?.Score.ToString(CultureInfo.InvariantCulture), r?.OutOf.ToString(CultureInfo.InvariantCulture),
                r is null ? null : string.Join(" ", r.Items.Where(i => !i.Correct).Select(i => string.Create(CultureInfo.InvariantCulture, $"{i.Item.A}x{i.Item.B}={i.Answer}"))),
                r is null ? null : string.Join("; ", r.FamiliesToWorkOn.Select(f => f.Title())),
                row.Arrangements.Describe(),
                row.InputAssistantName,
            ])).Append('\n');
        }

        return csv.ToString();
    }
}
