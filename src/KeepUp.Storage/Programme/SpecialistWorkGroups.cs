using System.Globalization;
using KeepUp.Application.Common;
using KeepUp.Application.Programme;
using KeepUp.Domain.Calendar;
using KeepUp.Domain.Programme;
using KeepUp.Storage.Audit;
using Microsoft.EntityFrameworkCore;

namespace KeepUp.Storage.Programme;

/// <summary>A specialist's Work Group as a list shows it.</summary>
public sealed record WorkGroupSummary(int Id, string Code, AcademicYear Year, WorkGroupType Type, int Schools);

/// <summary>A member school with its two participating teachers.</summary>
public sealed record WorkGroupMemberView(int SchoolId, int Urn, string School, string? FirstTeacher, string? SecondTeacher, bool IsStateFunded);

/// <summary>One Work Group in full: members, meetings and visits. No pupil data.</summary>
public sealed record WorkGroupView(WorkGroupSummary Group, string Hub, string Lead, IReadOnlyList<WorkGroupMemberView> Members,
    IReadOnlyList<WorkGroupMeeting> Meetings, IReadOnlyList<SupportVisit> Visits)
{
    /// <summary>Null, or the warning that the group is outside six or seven schools.</summary>
    public string? SizeWarning => WorkGroupSize.Warning(Members.Count);
}

/// <summary>A member school as a form sends it: URN and the two teachers.</summary>
public sealed record MemberForm(int Urn, string? FirstTeacher, string? SecondTeacher);

/// <summary>
/// A Mastery Specialist's own Work Groups: they see and change only the groups they lead. Every
/// change is audited. Refusals are values (a group that is not theirs is "not found", so its
/// existence is not revealed).
/// </summary>
public sealed class SpecialistWorkGroups(KeepUpDbContext db, AuditLog audit)
{
    /// <summary>The specialist record linked to a staff account, or null.</summary>
    public Task<MasterySpecialist?> SpecialistOfAsync(string userId, CancellationToken cancellationToken = default) =>
        db.MasterySpecialists.AsNoTracking().Include(s => s.MathsHub).FirstOrDefaultAsync(s => s.AccountId == userId, cancellationToken);

    /// <summary>The groups the specialist leads, newest first.</summary>
    public async Task<IReadOnlyList<WorkGroupSummary>> OwnAsync(string userId, CancellationToken cancellationToken = default)
    {
        var rows = await db.WorkGroups.AsNoTracking().Where(g => g.LeadSpecialist!.AccountId == userId)
            .Select(g => new { g.Id, g.Code, g.StartYear, g.Type, Schools = g.Members.Count }).ToListAsync(cancellationToken);
        return [.. rows.OrderByDescending(r => r.StartYear).ThenBy(r => r.Code, StringComparer.Ordinal)
            .Select(r => new WorkGroupSummary(r.Id, r.Code, AcademicYear.StartingIn(r.StartYear), r.Type, r.Schools))];
    }

    /// <summary>One of the specialist's own groups in full.</summary>
    public async Task<Result<WorkGroupView>> OpenAsync(string userId, int id, CancellationToken cancellationToken = default)
    {
        var group = await db.WorkGroups.AsNoTracking().Include(g => g.MathsHub).Include(g => g.LeadSpecialist)
            .Include(g => g.Members).ThenInclude(m => m.School)
            .FirstOrDefaultAsync(g => g.Id == id && g.LeadSpecialist!.AccountId == userId, cancellationToken);
        if (group is null)
        {
            return WorkGroupErrors.NotYours(id);
        }

        var meetings = await db.WorkGroupMeetings.AsNoTracking().Where(m => m.WorkGroupId == id).OrderBy(m => m.Date).ToListAsync(cancellationToken);
        var visits = await db.SupportVisits.AsNoTracking().Include(v => v.School).Where(v => v.WorkGroupId == id).OrderBy(v => v.Date).ToListAsync(cancellationToken);
        var members = group.Members.OrderBy(m => m.School!.Name, StringComparer.Ordinal)
            .Select(m => new WorkGroupMemberView(m.SchoolId, m.School!.Urn, m.School.Name, m.FirstTeacher, m.SecondTeacher, m.School.IsStateFunded)).ToList();
        return new WorkGroupView(new WorkGroupSummary(group.Id, group.Code, AcademicYear.StartingIn(group.StartYear), group.Type, members.Count),
            group.MathsHub!.Name, group.LeadSpecialist!.Name, members, meetings, visits);
    }

    /// <summary>Creates a group led by the signed-in specialist, in their hub.</summary>
    public async Task<Result<int>> CreateAsync(string userId, string? year, string? type, CancellationToken cancellationToken = default)
    {
        if (await SpecialistOfAsync(userId, cancellationToken) is not { } specialist)
        {
            return WorkGroupErrors.NotASpecialist();
        }

        if (!AcademicYear.TryParse(year, out var academicYear))
        {
            return WorkGroupErrors.BadYear(year);
        }

        if (!WorkGroupTypes.TryParse(type, out var groupType))
        {
            return WorkGroupErrors.BadType(type);
        }

        var group = new WorkGroup
        {
            Code = "wg-" + Guid.NewGuid().ToString("N")[..12],
            MathsHubId = specialist.MathsHubId,
            StartYear = academicYear.StartYear,
            Type = groupType,
            LeadSpecialistId = specialist.Id,
        };
        db.WorkGroups.Add(group);
        audit.Record(userId, "workgroup.created", $"{group.Code}: {groupType.Name()} Work Group for {academicYear}.");
        await db.SaveChangesAsync(cancellationToken);
        return group.Id;
    }

    /// <summary>Changes the year and type of one of the specialist's own groups.</summary>
    public async Task<Result<int>> UpdateAsync(string userId, int id, string? year, string? type, CancellationToken cancellationToken = default)
    {
        if (await OwnTrackedAsync(userId, id, cancellationToken) is not { } group)
        {
            return WorkGroupErrors.NotYours(id);
        }

        if (!AcademicYear.TryParse(year, out var academicYear))
        {
            return WorkGroupErrors.BadYear(year);
        }

        if (!WorkGroupTypes.TryParse(type, out var groupType))
        {
            return WorkGroupErrors.BadType(type);
        }

        (group.StartYear, group.Type) = (academicYear.StartYear, groupType);
        audit.Record(userId, "workgroup.changed", $"{group.Code}: now {groupType.Name()} for {academicYear}.");
        await db.SaveChangesAsync(cancellationToken);
        return group.Id;
    }

    /// <summary>
    /// Replaces the member schools (found by URN) and their teachers. All-or-nothing: an unknown
    /// URN or a URN given twice changes nothing.
    /// </summary>
    public async Task<Result<int>> SetMembersAsync(string userId, int id, IReadOnlyList<MemberForm> members, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(members);
        if (await OwnTrackedAsync(userId, id, cancellationToken) is not { } group)
        {
            return WorkGroupErrors.NotYours(id);
        }

        if (members.GroupBy(m => m.Urn).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            return WorkGroupErrors.SchoolTwice(twice.Key);
        }

        var urns = members.Select(m => m.Urn).ToList();
        var schools = await db.Schools.Where(s => urns.Contains(s.Urn)).ToDictionaryAsync(s => s.Urn, cancellationToken);
        if (urns.FirstOrDefault(u => !schools.ContainsKey(u)) is var unknown and not 0)
        {
            return WorkGroupErrors.UnknownSchool(unknown);
        }

        await db.Entry(group).Collection(g => g.Members).LoadAsync(cancellationToken);
        group.Members.RemoveAll(m => !schools.Values.Any(s => s.Id == m.SchoolId));
        foreach (var form in members)
        {
            var school = schools[form.Urn];
            var member = group.Members.FirstOrDefault(m => m.SchoolId == school.Id);
            if (member is null)
            {
                member = new WorkGroupMember { SchoolId = school.Id };
                group.Members.Add(member);
            }

            (member.FirstTeacher, member.SecondTeacher) = (Clean(form.FirstTeacher), Clean(form.SecondTeacher));
        }

        audit.Record(userId, "workgroup.members", string.Create(CultureInfo.InvariantCulture, $"{group.Code}: {members.Count} schools ({string.Join(", ", urns)})."));
        await db.SaveChangesAsync(cancellationToken);
        return group.Id;
    }

    /// <summary>Records a meeting of one of the specialist's own groups.</summary>
    public async Task<Result<int>> AddMeetingAsync(string userId, int id, DateOnly date, int attendance, string? agenda, string? notes, CancellationToken cancellationToken = default)
    {
        if (await OwnTrackedAsync(userId, id, cancellationToken) is not { } group)
        {
            return WorkGroupErrors.NotYours(id);
        }

        if (attendance is < 0 or > 100)
        {
            return new InvalidRequestError("bad-attendance", "Attendance is the number of teachers who came, from 0 to 100.");
        }

        var meeting = new WorkGroupMeeting { WorkGroupId = group.Id, Date = date, Attendance = attendance, Agenda = Clean(agenda) ?? string.Empty, ObservationNotes = Clean(notes) ?? string.Empty };
        db.WorkGroupMeetings.Add(meeting);
        audit.Record(userId, "workgroup.meeting-added", string.Create(CultureInfo.InvariantCulture, $"{group.Code}: meeting on {date:yyyy-MM-dd}, {attendance} teachers."));
        await db.SaveChangesAsync(cancellationToken);
        return meeting.Id;
    }

    /// <summary>Records a support visit to a member school of one of the specialist's own groups.</summary>
    public async Task<Result<int>> AddVisitAsync(string userId, int id, int schoolId, DateOnly date, BigIdea focus, string? notes, CancellationToken cancellationToken = default)
    {
        if (await OwnTrackedAsync(userId, id, cancellationToken) is not { } group)
        {
            return WorkGroupErrors.NotYours(id);
        }

        if (!await db.WorkGroupMembers.AnyAsync(m => m.WorkGroupId == id && m.SchoolId == schoolId, cancellationToken))
        {
            return new InvalidRequestError("not-a-member", "Support visits are to the schools of this Work Group; choose one of its schools.");
        }

        var visit = new SupportVisit { WorkGroupId = id, SchoolId = schoolId, Date = date, Focus = focus, Notes = Clean(notes) ?? string.Empty };
        db.SupportVisits.Add(visit);
        audit.Record(userId, "workgroup.visit-added", string.Create(CultureInfo.InvariantCulture, $"{group.Code}: visit on {date:yyyy-MM-dd}, focus {focus.Name()}."), schoolId);
        await db.SaveChangesAsync(cancellationToken);
        return visit.Id;
    }

    private Task<WorkGroup?> OwnTrackedAsync(string userId, int id, CancellationToken cancellationToken) =>
        db.WorkGroups.FirstOrDefaultAsync(g => g.Id == id && g.LeadSpecialist!.AccountId == userId, cancellationToken);

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
