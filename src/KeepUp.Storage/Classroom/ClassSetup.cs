using KeepUp.Application.Common;
using KeepUp.Storage.Audit;
using Microsoft.EntityFrameworkCore;

namespace KeepUp.Storage.Classroom;

/// <summary>What a new class needs: a name, its year group and, for a mixed-age class, the second one.</summary>
public sealed record NewClass(string Name, int YearGroup, int? SecondYearGroup);

/// <summary>Creates classes and says who works with them.</summary>
public sealed class ClassSetup(KeepUpDbContext db, AuditLog audit)
{
    /// <summary>
    /// Creates a class in the person's school; the teacher who creates it works with it. A mixed-age
    /// class spans two neighbouring year groups, the way primary schools combine them.
    /// </summary>
    public async Task<Result<SchoolClass>> CreateAsync(StaffScope scope, NewClass request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(request);
        var name = (request.Name ?? string.Empty).Trim();
        if (name.Length is 0 or > 50)
        {
            return ClassroomErrors.BadClass("A class needs a name of 1 to 50 characters, such as \"Maple\" or \"4M\".");
        }

        if (request.YearGroup is < 1 or > 6)
        {
            return ClassroomErrors.BadClass("Choose a year group from 1 to 6.");
        }

        if (request.SecondYearGroup is { } second && second != request.YearGroup + 1)
        {
            return ClassroomErrors.BadClass($"A mixed-age class joins two neighbouring years: Year {request.YearGroup} goes with Year {request.YearGroup + 1}.");
        }

        if (await db.Classes.AnyAsync(c => c.SchoolId == scope.SchoolId && c.Name == name, cancellationToken))
        {
            return ClassroomErrors.ClassNameTaken(name);
        }

        var schoolClass = new SchoolClass { SchoolId = scope.SchoolId, Name = name, YearGroup = request.YearGroup, SecondYearGroup = request.SecondYearGroup };
        if (!scope.SeesWholeSchool)
        {
            schoolClass.Staff.Add(new ClassStaffMember { StaffAccountId = scope.UserId, IsTeachingAssistant = scope.IsTeachingAssistant });
        }

        db.Classes.Add(schoolClass);
        audit.Record(scope.UserId, "class.created", $"Class {name} ({schoolClass.YearGroups}) created.", scope.SchoolId);
        await db.SaveChangesAsync(cancellationToken);
        return schoolClass;
    }

    /// <summary>Adds a member of staff of the same school to a class, as teacher or teaching assistant.</summary>
    public async Task<Result<ClassStaffMember>> AddStaffAsync(StaffScope scope, SchoolClass schoolClass, string staffEmail, bool asTeachingAssistant, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(schoolClass);
        var email = (staffEmail ?? string.Empty).Trim().ToUpperInvariant();
        var account = await db.Users.FirstOrDefaultAsync(u => u.NormalizedEmail == email && u.SchoolId == scope.SchoolId, cancellationToken);
        if (account is null)
        {
            return ClassroomErrors.BadClass($"No one at your school signs in as '{staffEmail}'.");
        }

        var member = await db.ClassStaff.FirstOrDefaultAsync(m => m.ClassId == schoolClass.Id && m.StaffAccountId == account.Id, cancellationToken);
        if (member is null)
        {
            member = new ClassStaffMember { ClassId = schoolClass.Id, StaffAccountId = account.Id };
            db.ClassStaff.Add(member);
        }

        member.IsTeachingAssistant = asTeachingAssistant;
        audit.Record(scope.UserId, "class.staff-added", $"{account.DisplayName} works with class {schoolClass.Name} as {(asTeachingAssistant ? "teaching assistant" : "teacher")}.", scope.SchoolId);
        await db.SaveChangesAsync(cancellationToken);
        return member;
    }
}
