using System.Globalization;
using KeepUp.Application.Common;
using KeepUp.Domain.Classroom;
using KeepUp.Storage.Audit;
using Microsoft.EntityFrameworkCore;

namespace KeepUp.Storage.Classroom;

/// <summary>The add / edit pupil form as the teacher filled it in.</summary>
public sealed record PupilForm(
    string? Upn,
    string? Forename,
    string? Surname,
    string? DateOfBirth,
    string? YearGroup,
    int ClassId,
    bool PupilPremium,
    string? SenStatus,
    bool Eal,
    bool LowerPriorAttainer)
{
    public PupilEntry Entry => new(Upn, Forename, Surname, DateOfBirth, YearGroup, SenStatus);
}

/// <summary>
/// A pupil added, corrected, archived or restored by hand, between imports. The form gets the
/// import's checks, so a hand-made record is as good as an imported one. Teachers manage the pupils
/// of the classes they teach, a maths lead the whole school; teaching assistants only read. Archiving
/// keeps the pupil's history (their answers still count in the class's figures) but takes them off
/// class lists and sign-in; restoring brings them back. Every change is audited by pupil id, never by
/// name, so erasure has one thing to scrub.
/// </summary>
public sealed class PupilRecords(KeepUpDbContext db, ClassAccess access, AuditLog audit, TimeProvider clock)
{
    public async Task<Result<Pupil>> AddAsync(StaffScope scope, PupilForm form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (await ManagedClassAsync(scope, form.ClassId, cancellationToken) is not { } schoolClass)
        {
            return NoClassFor(scope, form.ClassId);
        }

        var checkedForm = await CheckAsync(scope, form, schoolClass, null, cancellationToken);
        if (checkedForm.Value is not { } details)
        {
            return checkedForm.Error!;
        }

        var pupil = new Pupil { Id = Guid.NewGuid(), SchoolId = scope.SchoolId, Upn = details.Upn.Value, Forename = details.Forename, Surname = details.Surname, SenStatus = details.SenStatus.ToString() };
        db.Pupils.Add(Apply(pupil, details, form));
        audit.Record(scope.UserId, "pupil.added", $"Pupil {pupil.Id} added to class {schoolClass.Name} by hand.", scope.SchoolId);
        await db.SaveChangesAsync(cancellationToken);
        return pupil;
    }

    public async Task<Result<Pupil>> EditAsync(StaffScope scope, Guid pupilId, PupilForm form, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (await ManagedPupilAsync(scope, pupilId, cancellationToken) is not { } pupil)
        {
            return ClassroomErrors.NoSuchPupil(pupilId);
        }

        if (await ManagedClassAsync(scope, form.ClassId, cancellationToken) is not { } schoolClass)
        {
            return NoClassFor(scope, form.ClassId);
        }

        var checkedForm = await CheckAsync(scope, form, schoolClass, pupil.Id, cancellationToken);
        if (checkedForm.Value is not { } details)
        {
            return checkedForm.Error!;
        }

        var before = (pupil.Upn, pupil.Forename, pupil.Surname, pupil.DateOfBirth, pupil.YearGroup, pupil.ClassId, pupil.PupilPremium, pupil.SenStatus, pupil.Eal, pupil.LowerPriorAttainer);
        Apply(pupil, details, form);
        var changed = Changes(before, pupil);
        if (changed.Count > 0)
        {
            audit.Record(scope.UserId, "pupil.edited", $"Pupil {pupil.Id}: {string.Join(", ", changed)} changed by hand.", scope.SchoolId);
            await db.SaveChangesAsync(cancellationToken);
        }

        return pupil;
    }

    /// <summary>Takes the pupil off class lists and sign-in (their PIN stops working); their history stays.</summary>
    public async Task<Result<Pupil>> ArchiveAsync(StaffScope scope, Guid pupilId, CancellationToken cancellationToken = default)
    {
        if (await ManagedPupilAsync(scope, pupilId, cancellationToken) is not { } pupil)
        {
            return ClassroomErrors.NoSuchPupil(pupilId);
        }

        if (pupil.ArchivedOn is null)
        {
            pupil.ArchivedOn = clock.SchoolToday();
            pupil.Pin = null;
            audit.Record(scope.UserId, "pupil.archived", $"Pupil {pupil.Id} archived; their history is kept.", scope.SchoolId);
            await db.SaveChangesAsync(cancellationToken);
        }

        return pupil;
    }

    /// <summary>Puts an archived pupil back on their class's list; they get a PIN at the next sign-in window.</summary>
    public async Task<Result<Pupil>> RestoreAsync(StaffScope scope, Guid pupilId, CancellationToken cancellationToken = default)
    {
        if (await ManagedPupilAsync(scope, pupilId, cancellationToken) is not { } pupil)
        {
            return ClassroomErrors.NoSuchPupil(pupilId);
        }

        if (pupil.ArchivedOn is not null)
        {
            pupil.ArchivedOn = null;
            audit.Record(scope.UserId, "pupil.restored", $"Pupil {pupil.Id} restored to their class.", scope.SchoolId);
            await db.SaveChangesAsync(cancellationToken);
        }

        return pupil;
    }

    /// <summary>The class's archived pupils, most recently archived first, so a teacher can restore one.</summary>
    public async Task<IReadOnlyList<Pupil>> ArchivedInAsync(SchoolClass schoolClass, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(schoolClass);
        var pupils = await db.Pupils.AsNoTracking()
            .Where(p => p.ClassId == schoolClass.Id && p.SchoolId == schoolClass.SchoolId && p.ArchivedOn != null)
            .ToListAsync(cancellationToken);
        return [.. pupils.OrderByDescending(p => p.ArchivedOn).ThenBy(p => p.Surname, StringComparer.Ordinal).ThenBy(p => p.Forename, StringComparer.Ordinal)];
    }

    /// <summary>The classes the person may put a pupil in: those they teach, or every class for a maths lead.</summary>
    public async Task<IReadOnlyList<SchoolClass>> ClassesToManageAsync(StaffScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var visible = await access.VisibleClassesAsync(scope, cancellationToken);
        return [.. visible.Where(c => Manages(scope, c))];
    }

    /// <summary>True when the person may change the class's pupils: its teachers and the maths lead, never a teaching assistant.</summary>
    public static bool Manages(StaffScope scope, SchoolClass schoolClass)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(schoolClass);
        return !scope.IsTeachingAssistant
            && (scope.SeesWholeSchool || schoolClass.Staff.Any(s => s.StaffAccountId == scope.UserId && !s.IsTeachingAssistant));
    }

    private async Task<SchoolClass?> ManagedClassAsync(StaffScope scope, int classId, CancellationToken cancellationToken) =>
        await access.FindAsync(scope, classId, cancellationToken) is { } found && Manages(scope, found) ? found : null;

    /// <summary>A pupil the person may change: in a class they manage (a maths lead: anywhere in the school).</summary>
    private async Task<Pupil?> ManagedPupilAsync(StaffScope scope, Guid pupilId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.IsTeachingAssistant || await access.FindPupilAsync(scope, pupilId, cancellationToken) is not { } pupil)
        {
            return null;
        }

        return scope.SeesWholeSchool || (pupil.ClassId is { } classId && await ManagedClassAsync(scope, classId, cancellationToken) is not null) ? pupil : null;
    }

    private static Error NoClassFor(StaffScope scope, int classId) => scope.IsTeachingAssistant
        ? PupilRecordErrors.ReadOnly()
        : ClassroomErrors.NoSuchClass(classId);

    /// <summary>The import's checks, then the ones that need the school: the class takes the year group, and the UPN is the pupil's own.</summary>
    private async Task<Result<PupilDetails>> CheckAsync(StaffScope scope, PupilForm form, SchoolClass schoolClass, Guid? self, CancellationToken cancellationToken)
    {
        var outcome = form.Entry.Check(clock.SchoolToday());
        var problems = outcome.Problems.ToList();
        if (outcome.Details is { } details)
        {
            if (!schoolClass.Takes(details.YearGroup))
            {
                problems.Add(new PupilEntryProblem(PupilField.Class, $"{schoolClass.Name} is a {schoolClass.YearGroups} class, so it cannot take a Year {details.YearGroup} pupil."));
            }

            var holder = await db.Pupils.AsNoTracking()
                .Where(p => p.SchoolId == scope.SchoolId && p.Upn == details.Upn.Value && p.Id != self)
                .Select(p => new { p.ArchivedOn })
                .FirstOrDefaultAsync(cancellationToken);
            if (holder is not null)
            {
                problems.Add(new PupilEntryProblem(PupilField.Upn, holder.ArchivedOn is { } archived
                    ? string.Create(CultureInfo.InvariantCulture, $"{details.Upn} belongs to a pupil of your school who was archived on {archived:d MMMM yyyy}; restore them from the class's archived pupils instead of adding them again.")
                    : $"{details.Upn} already belongs to another pupil of your school; each pupil has their own UPN."));
            }
        }

        return problems.Count > 0 ? new PupilFormError(problems) : outcome.Details!;
    }

    private static Pupil Apply(Pupil pupil, PupilDetails details, PupilForm form)
    {
        pupil.Upn = details.Upn.Value;
        pupil.Forename = details.Forename;
        pupil.Surname = details.Surname;
        pupil.DateOfBirth = details.DateOfBirth;
        pupil.YearGroup = details.YearGroup;
        pupil.ClassId = form.ClassId;
        pupil.PupilPremium = form.PupilPremium;
        pupil.SenStatus = details.SenStatus.ToString();
        pupil.Eal = form.Eal;
        pupil.LowerPriorAttainer = form.LowerPriorAttainer;
        return pupil;
    }

    // Field names only: the audit must not hold the personal data itself.
    private static List<string> Changes(
        (string Upn, string Forename, string Surname, DateOnly DateOfBirth, int YearGroup, int? ClassId, bool PupilPremium, string SenStatus, bool Eal, bool LowerPriorAttainer) before,
        Pupil after)
    {
        var changed = new List<string>();
        void Note(bool differs, string field)
        {
            if (differs)
            {
                changed.Add(field);
            }
        }

        Note(before.Upn != after.Upn, "UPN");
        Note(before.Forename != after.Forename, "forename");
        Note(before.Surname != after.Surname, "surname");
        Note(before.DateOfBirth != after.DateOfBirth, "date of birth");
        Note(before.YearGroup != after.YearGroup, "year group");
        Note(before.ClassId != after.ClassId, "class");
        Note(before.PupilPremium != after.PupilPremium, "pupil premium");
        Note(before.SenStatus != after.SenStatus, "SEN status");
        Note(before.Eal != after.Eal, "EAL");
        Note(before.LowerPriorAttainer != after.LowerPriorAttainer, "lower prior attainer");
        return changed;
    }
}

/// <summary>The pupil form had problems; each names its field so the page can show it beside the field.</summary>
public sealed record PupilFormError(IReadOnlyList<PupilEntryProblem> Problems)
    : Error("pupil-invalid", "Nothing was saved. " + string.Join(" ", Problems.Select(p => p.ToString())));

/// <summary>The expected failures of changing a pupil's record, in words a teacher can act on.</summary>
public static class PupilRecordErrors
{
    public static InvalidRequestError ReadOnly() =>
        new("pupil-read-only", "Teaching assistants can see pupils but not change their records; ask the class teacher.");

    public static InvalidRequestError OnlyMathsLeadErases() =>
        new("erasure-not-allowed", "Only the school's maths lead (or head) can erase a pupil's data.");

    public static InvalidRequestError ConfirmationMismatch() =>
        new("erasure-not-confirmed", "Nothing was erased: type the pupil's full name exactly as shown to confirm.");

    public static InvalidRequestError ReasonRequired() =>
        new("judgement-reason-missing", "Give a reason for your judgement (for example, what you saw in their book); it is kept with the judgement.");

    public static InvalidRequestError ReasonTooLong(int most) =>
        new("judgement-reason-too-long", $"Keep the reason to {most} characters or fewer.");
}
