using KeepUp.Application.Curriculum;
using KeepUp.Domain.Calendar;
using KeepUp.Domain.Classroom;
using KeepUp.Domain.Curriculum;
using KeepUp.Storage;
using KeepUp.Storage.Classroom;
using Microsoft.EntityFrameworkCore;

namespace KeepUp.Benchmarks;

/// <summary>
/// The school mastery picture as it was before it read the school's answers once: a grid per class
/// through <see cref="ClassMastery"/>, each reading its own answers, and a second pass over the
/// period's answers for the counts. Kept only as the benchmark's baseline.
/// </summary>
internal sealed class ClassByClassSchoolMastery(KeepUpDbContext db, ClassAccess access, ClassMastery mastery, KeepUpPlanner planner, CurriculumQueries curriculum)
{
    public async Task<SchoolMasteryReport?> ForAsync(StaffScope scope, SchoolPeriod period, DateOnly today, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (!scope.SeesWholeSchool)
        {
            return null;
        }

        var schoolId = scope.SchoolId;
        var from = period == SchoolPeriod.HalfTerm ? AcademicYear.HalfTermStart(today) : AcademicYear.Containing(today).FirstDay;
        var classes = await access.VisibleClassesAsync(scope, cancellationToken);
        var pupils = await db.Pupils.AsNoTracking().Where(p => p.SchoolId == schoolId && p.ArchivedOn == null).ToListAsync(cancellationToken);
        var lessons = await db.Lessons.AsNoTracking()
            .Where(l => l.SchoolId == schoolId && l.Date >= from && l.Date <= today)
            .Select(l => new { l.ClassId, l.StepId }).Distinct().ToListAsync(cancellationToken);
        var taught = lessons.GroupBy(l => l.ClassId).ToDictionary(g => g.Key, g => g.Select(l => l.StepId).Order(StringComparer.Ordinal).ToList());
        var answers = (await db.Evidence.AsNoTracking()
            .Where(e => e.SchoolId == schoolId && e.AnsweredOn >= from && e.AnsweredOn <= today)
            .GroupBy(e => e.PupilId)
            .Select(g => new { PupilId = g.Key, Answers = g.Count(), Right = g.Count(e => e.Correct) })
            .ToListAsync(cancellationToken)).ToDictionary(a => a.PupilId);
        var helped = await TimesHelpedAsync(schoolId, from, today, cancellationToken);

        var counted = new List<SchoolPupil>(pupils.Count);
        foreach (var inClass in pupils.GroupBy(p => p.ClassId))
        {
            var schoolClass = classes.FirstOrDefault(c => c.Id == inClass.Key);
            var steps = schoolClass is not null ? taught.GetValueOrDefault(schoolClass.Id) ?? [] : [];
            // One grid per class: the labels are the class page's labels, never worked out twice.
            var grid = steps.Count == 0 ? null
                : await mastery.ForPupilsAsync(schoolId, schoolClass!.Id, [.. inClass.Select(p => p.Id)], today, steps.Where(s => StepId.TryCreate(s, out _)).Select(StepId.Parse), cancellationToken);
            foreach (var pupil in inClass)
            {
                var given = answers.GetValueOrDefault(pupil.Id);
                counted.Add(new SchoolPupil(
                    pupil.YearGroup,
                    pupil.PupilPremium,
                    Enum.TryParse<SenStatus>(pupil.SenStatus, out var sen) ? sen : SenStatus.None,
                    pupil.Eal,
                    pupil.LowerPriorAttainer,
                    grid is null ? [] : [.. steps.Select(s => grid.For(pupil.Id, s).Label.Status)],
                    given?.Answers ?? 0,
                    given?.Right ?? 0,
                    helped.GetValueOrDefault(pupil.Id)));
            }
        }

        var flagged = await FlaggedAsync(schoolId, classes, today, cancellationToken);
        return new SchoolMasteryReport(SchoolPicture.From(counted), from, today, classes.Count, lessons.Select(l => l.StepId).Distinct().Count(), flagged);
    }

    private async Task<Dictionary<Guid, int>> TimesHelpedAsync(int schoolId, DateOnly since, DateOnly until, CancellationToken cancellationToken)
    {
        var counts = await (
            from member in db.InterventionPupils
            join intervention in db.Interventions on member.InterventionId equals intervention.Id
            where intervention.SchoolId == schoolId && intervention.Date >= since && intervention.Date <= until
            group member by member.PupilId into g
            select new { PupilId = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return counts.ToDictionary(c => c.PupilId, c => c.Count);
    }

    private async Task<IReadOnlyList<FlaggedPupil>> FlaggedAsync(int schoolId, IReadOnlyList<SchoolClass> classes, DateOnly today, CancellationToken cancellationToken)
    {
        var often = await planner.OftenHelpedAsync(schoolId, today, cancellationToken);
        if (often.Count == 0)
        {
            return [];
        }

        var ids = often.Select(o => o.Pupil.Id).ToList();
        var since = AcademicYear.HalfTermStart(today);
        var steps = (await (
            from member in db.InterventionPupils
            join intervention in db.Interventions on member.InterventionId equals intervention.Id
            where intervention.SchoolId == schoolId && ids.Contains(member.PupilId) && intervention.Date >= since && intervention.Date <= today
            select new { member.PupilId, intervention.StepId, intervention.Date }).ToListAsync(cancellationToken))
            .GroupBy(s => s.PupilId)
            .ToDictionary(g => g.Key, g => g.OrderBy(s => s.Date).Select(s => s.StepId).Distinct(StringComparer.Ordinal).ToList());
        return [.. often.Select(o => new FlaggedPupil(
            o.Pupil,
            classes.FirstOrDefault(c => c.Id == o.Pupil.ClassId),
            o.Interventions,
            [.. (steps.GetValueOrDefault(o.Pupil.Id) ?? []).Select(s => curriculum.Map.Find(s)).OfType<SmallStep>()]))];
    }
}
