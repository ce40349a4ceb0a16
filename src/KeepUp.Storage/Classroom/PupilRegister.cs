using KeepUp.Application.Common;
using KeepUp.Domain.Classroom;
using KeepUp.Domain.Imports;
using KeepUp.Storage.Audit;
using Microsoft.EntityFrameworkCore;

namespace KeepUp.Storage.Classroom;

/// <summary>What an import would do, or did: the changes, and the problems that refused it.</summary>
public sealed record PupilImportResult(RosterChanges? Changes, IReadOnlyList<ImportProblem> Problems)
{
    public bool Refused => Problems.Count > 0;
}

/// <summary>
/// The school's pupils from its information system's export. All-or-nothing: any problem refuses
/// the file and changes nothing. Leavers are archived, never deleted, so a returner keeps their
/// history. A maths lead imports the whole school; a teacher only their own classes.
/// </summary>
public sealed class PupilRegister(KeepUpDbContext db, AuditLog audit, TimeProvider clock)
{
    /// <summary>Reads the file and works out the changes without saving; apply with <paramref name="apply"/>.</summary>
    public async Task<PupilImportResult> ImportAsync(StaffScope scope, string csvText, string fileName, bool apply, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var today = clock.SchoolToday();
        var read = PupilImport.Read(csvText ?? string.Empty, fileName, today);
        if (read.Value is not { } roster)
        {
            return new PupilImportResult(null, read.Problems);
        }

        var classes = await db.Classes.Include(c => c.Staff).Where(c => c.SchoolId == scope.SchoolId).ToListAsync(cancellationToken);
        var byName = classes.ToDictionary(c => c.Name, StringComparer.OrdinalIgnoreCase);
        if (!scope.SeesWholeSchool)
        {
            var notMine = roster.ClassNames.Where(n => byName.TryGetValue(n, out var c) && !c.Staff.Any(s => s.StaffAccountId == scope.UserId)).ToList();
            if (notMine.Count > 0)
            {
                return new PupilImportResult(null, [new ImportProblem(fileName, 1, "Class", $"You can import only the classes you teach; ask your maths lead to import {string.Join(", ", notMine)}.")]);
            }
        }

        var current = await db.Pupils.Where(p => p.SchoolId == scope.SchoolId).ToListAsync(cancellationToken);
        var classNames = classes.ToDictionary(c => c.Id, c => c.Name);
        var known = current.Select(p => new KnownPupil(
            Upn.Parse(p.Upn), p.Forename, p.Surname, p.DateOfBirth, p.YearGroup,
            p.ClassId is { } id ? classNames[id] : string.Empty, p.PupilPremium, Enum.Parse<SenStatus>(p.SenStatus), p.Eal, p.ArchivedOn is not null)).ToList();
        var changes = RosterChanges.Between(known, roster, scope.SeesWholeSchool ? RosterScope.WholeSchool : RosterScope.ClassesInFile);
        if (!apply)
        {
            return new PupilImportResult(changes, []);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var name in roster.ClassNames.Where(n => !byName.ContainsKey(n)))
        {
            var years = roster.Pupils.Where(p => string.Equals(p.ClassName, name, StringComparison.OrdinalIgnoreCase)).Select(p => p.YearGroup).Distinct().Order().ToList();
            var created = new SchoolClass { SchoolId = scope.SchoolId, Name = name, YearGroup = years[0], SecondYearGroup = years.Count > 1 ? years[^1] : null };
            if (!scope.SeesWholeSchool)
            {
                created.Staff.Add(new ClassStaffMember { StaffAccountId = scope.UserId });
            }

            db.Classes.Add(created);
            byName[name] = created;
        }

        await db.SaveChangesAsync(cancellationToken);
        var byUpn = current.ToDictionary(p => p.Upn, StringComparer.Ordinal);
        foreach (var row in changes.Joiners)
        {
            db.Pupils.Add(Apply(new Pupil { Id = Guid.NewGuid(), SchoolId = scope.SchoolId, Upn = row.Upn.Value, Forename = row.Forename, Surname = row.Surname, SenStatus = row.SenStatus.ToString() }, row, byName));
        }

        foreach (var update in changes.Updated.Concat(changes.Returners))
        {
            var pupil = Apply(byUpn[update.Known.Upn.Value], update.Incoming, byName);
            pupil.ArchivedOn = null;
        }

        foreach (var leaver in changes.Leavers)
        {
            var pupil = byUpn[leaver.Upn.Value];
            pupil.ArchivedOn = today;
            pupil.Pin = null;
        }

        audit.Record(scope.UserId, "pupils.imported", $"{fileName}: {changes.Summary()}", scope.SchoolId);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new PupilImportResult(changes, []);
    }

    private static Pupil Apply(Pupil pupil, PupilRow row, Dictionary<string, SchoolClass> classes)
    {
        pupil.Forename = row.Forename;
        pupil.Surname = row.Surname;
        pupil.DateOfBirth = row.DateOfBirth;
        pupil.YearGroup = row.YearGroup;
        pupil.ClassId = classes[row.ClassName].Id;
        pupil.PupilPremium = row.PupilPremium;
        pupil.SenStatus = row.SenStatus.ToString();
        pupil.Eal = row.Eal;
        return pupil;
    }

    /// <summary>
    /// Opens a sign-in window for a class and gives each pupil a fresh PIN, unique in the school.
    /// The school gets its sign-in code the first time.
    /// </summary>
    public async Task<Result<(string SchoolCode, SignInWindow Window)>> OpenSignInAsync(StaffScope scope, SchoolClass schoolClass, DateOnly date, TimeOnly from, TimeOnly until, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(schoolClass);
        if (!PinWindow.TryCreate(date, from, until, out var window, out var problem))
        {
            return ClassroomErrors.BadClass(problem);
        }

        var seed = (ulong)clock.GetUtcNow().ToUnixTimeMilliseconds();
        var school = await db.Schools.FirstAsync(s => s.Id == scope.SchoolId, cancellationToken);
        while (school.SignInCode is null)
        {
            var code = SchoolCode.Generate(seed++).Value;
            if (!await db.Schools.AnyAsync(s => s.SignInCode == code, cancellationToken))
            {
                school.SignInCode = code;
            }
        }

        var pupils = await db.Pupils.Where(p => p.SchoolId == scope.SchoolId && p.ArchivedOn == null).ToListAsync(cancellationToken);
        var inClass = pupils.Where(p => p.ClassId == schoolClass.Id).ToList();
        var taken = pupils.Where(p => p.ClassId != schoolClass.Id && p.Pin is not null).Select(p => p.Pin!).ToHashSet(StringComparer.Ordinal);
        var issue = PupilPins.Issue([.. inClass.Select(p => p.Id.ToString())], taken, seed);
        if (!issue.IsIssued)
        {
            return ClassroomErrors.BadClass(issue.Problem!);
        }

        // Clear first, so the unique index never sees two pupils briefly holding one PIN.
        inClass.ForEach(p => p.Pin = null);
        await db.SaveChangesAsync(cancellationToken);
        inClass.ForEach(p => p.Pin = issue.Pins[p.Id.ToString()]);
        var saved = new SignInWindow { SchoolId = scope.SchoolId, ClassId = schoolClass.Id, Date = window.Date, From = window.From, Until = window.Until, CreatedBy = scope.UserId };
        db.SignInWindows.Add(saved);
        audit.Record(scope.UserId, "pins.issued", $"Class {schoolClass.Name}: {inClass.Count} PINs for {window.Date:yyyy-MM-dd} {window.From:HH\\:mm}–{window.Until:HH\\:mm}.", scope.SchoolId);
        await db.SaveChangesAsync(cancellationToken);
        return (school.SignInCode, saved);
    }
}
