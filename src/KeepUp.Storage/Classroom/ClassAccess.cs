using Microsoft.EntityFrameworkCore;

namespace KeepUp.Storage.Classroom;

/// <summary>
/// The one gate to a class and its pupils. Everything that reads or writes pupil data goes through
/// it, so "a teacher sees only their own school's pupils" is enforced in one place.
/// </summary>
public sealed class ClassAccess(KeepUpDbContext db)
{
    /// <summary>The class, when it is in the person's school and they may see it; otherwise null.</summary>
    public async Task<SchoolClass?> FindAsync(StaffScope scope, int classId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var found = await db.Classes.AsNoTracking().Include(c => c.Staff)
            .FirstOrDefaultAsync(c => c.Id == classId && c.SchoolId == scope.SchoolId, cancellationToken);
        return found is not null && (scope.SeesWholeSchool || found.Staff.Any(s => s.StaffAccountId == scope.UserId)) ? found : null;
    }

    /// <summary>The classes the person may see, by name.</summary>
    public async Task<IReadOnlyList<SchoolClass>> VisibleClassesAsync(StaffScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var classes = db.Classes.AsNoTracking().Include(c => c.Staff).Where(c => c.SchoolId == scope.SchoolId);
        if (!scope.SeesWholeSchool)
        {
            classes = classes.Where(c => c.Staff.Any(s => s.StaffAccountId == scope.UserId));
        }

        return [.. (await classes.ToListAsync(cancellationToken)).OrderBy(c => c.YearGroup).ThenBy(c => c.Name, StringComparer.Ordinal)];
    }

    /// <summary>A pupil of the person's school whom they may see (through one of their classes, or the whole school).</summary>
    public async Task<Pupil?> FindPupilAsync(StaffScope scope, Guid pupilId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var pupil = await db.Pupils.FirstOrDefaultAsync(p => p.Id == pupilId && p.SchoolId == scope.SchoolId, cancellationToken);
        if (pupil is null || scope.SeesWholeSchool)
        {
            return pupil;
        }

        return pupil.ClassId is { } classId && await FindAsync(scope, classId, cancellationToken) is not null ? pupil : null;
    }

    /// <summary>The class's current pupils, by surname then forename.</summary>
    public async Task<IReadOnlyList<Pupil>> PupilsOfAsync(SchoolClass schoolClass, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(schoolClass);
        var pupils = await db.Pupils.AsNoTracking()
            .Where(p => p.ClassId == schoolClass.Id && p.SchoolId == schoolClass.SchoolId && p.ArchivedOn == null)
            .ToListAsync(cancellationToken);
        return [.. pupils.OrderBy(p => p.Surname, StringComparer.Ordinal).ThenBy(p => p.Forename, StringComparer.Ordinal)];
    }
}
