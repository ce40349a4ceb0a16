using System.Globalization;
using System.Text.RegularExpressions;
using KeepUp.Application.Common;
using KeepUp.Domain.Calendar;
using KeepUp.Storage.Audit;
using Microsoft.EntityFrameworkCore;

namespace KeepUp.Storage.Classroom;

/// <summary>What an erasure kept: only how many answers went into the anonymised counts.</summary>
public sealed record PupilErasureSummary(int AnswersKept);

/// <summary>
/// The right to erasure: a family asks the school to delete their child's data. The pupil's personal
/// data (names, UPN, date of birth, PIN), their answers, the teacher judgements about them and their
/// place in intervention groups are deleted; their answers first go into the school's anonymised
/// counts (per step, year group and academic year), so the school's figures do not change. Audit
/// entries and intervention notes that identify the pupil are rewritten, and the erasure itself is
/// audited without naming them. All in one transaction: it happens entirely or not at all.
/// Only a maths lead (who sees the whole school) may erase, after typing the pupil's name.
/// </summary>
public sealed class PupilErasure(KeepUpDbContext db, AuditLog audit, TimeProvider clock, RecentAnswerLookups recent)
{
    /// <summary>What replaces the pupil wherever a record mentioned them.</summary>
    public const string ErasedPupil = "an erased pupil";

    public async Task<Result<PupilErasureSummary>> EraseAsync(StaffScope scope, Guid pupilId, string? typedName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (!scope.SeesWholeSchool)
        {
            return PupilRecordErrors.OnlyMathsLeadErases();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var pupil = await db.Pupils.FirstOrDefaultAsync(p => p.Id == pupilId && p.SchoolId == scope.SchoolId, cancellationToken);
        if (pupil is null)
        {
            return ClassroomErrors.NoSuchPupil(pupilId);
        }

        if (!Confirms(typedName, pupil))
        {
            return PupilRecordErrors.ConfirmationMismatch();
        }

        var answers = await db.Evidence.Where(e => e.PupilId == pupil.Id && e.SchoolId == scope.SchoolId)
            .Select(e => new { e.StepId, e.Correct, e.AnsweredOn })
            .ToListAsync(cancellationToken);
        var thisYear = AcademicYear.Containing(clock.SchoolToday());
        var counts = answers
            .GroupBy(a => (a.StepId, Year: AcademicYear.Containing(a.AnsweredOn).StartYear))
            .Select(g => (g.Key.StepId, g.Key.Year, YearGroup: pupil.YearGroup - (thisYear.StartYear - g.Key.Year), Answers: g.Count(), Correct: g.Count(a => a.Correct)))
            .ToList();
        await AddToTalliesAsync(scope.SchoolId, counts, cancellationToken);
        await ScrubMentionsAsync(pupil, cancellationToken);

        audit.Record(scope.UserId, "pupil.erased", string.Create(CultureInfo.InvariantCulture,
            $"A pupil's personal data was erased on request; {answers.Count} answers kept as anonymised counts."), scope.SchoolId);
        await db.SaveChangesAsync(cancellationToken);

        // Set-based deletes after the tracked changes are saved, so nothing the context tracks is deleted twice.
        await db.Evidence.Where(e => e.PupilId == pupil.Id).ExecuteDeleteAsync(cancellationToken);
        await db.MasteryJudgements.Where(j => j.PupilId == pupil.Id).ExecuteDeleteAsync(cancellationToken);
        await db.InterventionPupils.Where(m => m.PupilId == pupil.Id).ExecuteDeleteAsync(cancellationToken);
        await db.Pupils.Where(p => p.Id == pupil.Id).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        recent.ForgetAll();
        return new PupilErasureSummary(answers.Count);
    }

    /// <summary>The typed name must match the pupil's full name (spaces and case aside), so the wrong child is never erased by a slip.</summary>
    public static bool Confirms(string? typedName, Pupil pupil)
    {
        ArgumentNullException.ThrowIfNull(pupil);
        static string Squeeze(string text) => string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return string.Equals(Squeeze(typedName ?? string.Empty), Squeeze(pupil.FullName), StringComparison.OrdinalIgnoreCase);
    }

    private async Task AddToTalliesAsync(int schoolId, List<(string StepId, int Year, int YearGroup, int Answers, int Correct)> counts, CancellationToken cancellationToken)
    {
        var steps = counts.Select(c => c.StepId).Distinct().ToList();
        var existing = await db.AnonymisedTallies.Where(t => t.SchoolId == schoolId && steps.Contains(t.StepId)).ToListAsync(cancellationToken);
        foreach (var count in counts)
        {
            var tally = existing.FirstOrDefault(t => t.StepId == count.StepId && t.YearGroup == count.YearGroup && t.AcademicYear == count.Year);
            if (tally is null)
            {
                tally = new AnonymisedTally { SchoolId = schoolId, StepId = count.StepId, YearGroup = count.YearGroup, AcademicYear = count.Year };
                db.AnonymisedTallies.Add(tally);
                existing.Add(tally);
            }

            tally.Answers += count.Answers;
            tally.Correct += count.Correct;
        }
    }

    /// <summary>
    /// Audit entries name pupils by id (a sign-in, an edit) and intervention notes are free text a
    /// teacher may have written a name into: both are rewritten so nothing left points at the child.
    /// </summary>
    private async Task ScrubMentionsAsync(Pupil pupil, CancellationToken cancellationToken)
    {
        var id = pupil.Id.ToString();
        var entries = await db.AuditEntries
            .Where(a => (a.SchoolId == pupil.SchoolId || a.SchoolId == null) && (a.Detail.Contains(id) || a.Detail.Contains(pupil.Upn)))
            .ToListAsync(cancellationToken);
        foreach (var entry in entries)
        {
            entry.Detail = entry.Detail
                .Replace("Pupil " + id, "An erased pupil", StringComparison.Ordinal)
                .Replace(id, ErasedPupil, StringComparison.Ordinal)
                .Replace(pupil.Upn, ErasedPupil, StringComparison.Ordinal);
        }

        var names = new Regex(
            $@"\b({Regex.Escape(pupil.Upn)}|{Regex.Escape(pupil.FullName)}|{Regex.Escape(pupil.Forename)}|{Regex.Escape(pupil.Surname)})\b",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
            TimeSpan.FromSeconds(1));
        // Every note of the school, not only the pupil's own groups': "Sam was away" names them too.
        var notes = await db.Interventions.Where(i => i.SchoolId == pupil.SchoolId && i.Notes != null).ToListAsync(cancellationToken);
        foreach (var intervention in notes.Where(i => names.IsMatch(i.Notes!)))
        {
            intervention.Notes = names.Replace(intervention.Notes!, "[erased]");
        }
    }
}
