using KeepUp.Application.Curriculum;
using KeepUp.Domain.Calendar;
using KeepUp.Domain.Classroom;
using KeepUp.Domain.Curriculum;
using Microsoft.EntityFrameworkCore;

namespace KeepUp.Storage.Classroom;

/// <summary>How far back the school picture looks.</summary>
public enum SchoolPeriod
{
    /// <summary>Every step taught since 1 September: the default, as "keeping up" is about everything taught so far.</summary>
    Year,

    /// <summary>The steps taught this half-term only: what is happening now.</summary>
    HalfTerm,
}

/// <summary>
/// A pupil the maths lead should know about: helped the same day three or more times this
/// half-term, so keeping up is not working for them yet.
/// </summary>
public sealed record FlaggedPupil(Pupil Pupil, SchoolClass? Class, int TimesHelped, IReadOnlyList<SmallStep> Steps);

/// <summary>The school page's figures: the picture for the period, and the pupils flagged to the maths lead.</summary>
/// <param name="Picture">Counts by year group and by pupil group.</param>
/// <param name="From">The first day of the period.</param>
/// <param name="Until">The last day counted (today).</param>
/// <param name="Classes">The school's classes.</param>
/// <param name="StepsTaught">Different steps taught across the school in the period.</param>
/// <param name="Flagged">Pupils helped the same day three or more times this half-term, most helped first.</param>
public sealed record SchoolMasteryReport(SchoolPicture Picture, DateOnly From, DateOnly Until, int Classes, int StepsTaught, IReadOnlyList<FlaggedPupil> Flagged);

/// <summary>
/// The school-wide mastery picture for a maths lead or head: every current pupil's standing on the
/// steps their class was taught in the period (the class pages' labels, worked out by the same
/// <see cref="MasteryGridCalculation"/>), their answers and the same-day help they had, counted by
/// year group and pupil group. The school's answers are read once, not class by class: with 420
/// pupils and a year of answers the reading is most of the cost. Answers of pupils erased on
/// request count, as anonymised tallies, in the year group's and the school's answers for the year.
/// </summary>
public sealed class SchoolMastery(KeepUpDbContext db, ClassAccess access, KeepUpPlanner planner, CurriculumQueries curriculum)
{
    /// <summary>The report, or null when the person does not see the whole school (only leads and heads do).</summary>
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
            .Where(l => l.SchoolId == schoolId)
            .Select(l => new { l.ClassId, l.StepId, InPeriod = l.Date >= from && l.Date <= today }).Distinct().ToListAsync(cancellationToken);
        // A class's grid knows every step it was ever taught (as on the class page); the picture counts the period's.
        var everTaught = lessons.GroupBy(l => l.ClassId).ToDictionary(g => g.Key, g => (IReadOnlySet<string>)g.Select(l => l.StepId).ToHashSet(StringComparer.Ordinal));
        var taught = lessons.Where(l => l.InPeriod).GroupBy(l => l.ClassId)
            .ToDictionary(g => g.Key, g => g.Select(l => l.StepId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList());
        var neededByClass = classes
            .Where(c => taught.ContainsKey(c.Id))
            .ToDictionary(c => c.Id, c => MasteryGridCalculation.WithPrerequisites(curriculum.Map, taught[c.Id].Where(s => StepId.TryCreate(s, out _)).Select(StepId.Parse)));
        var needed = neededByClass.Values.SelectMany(n => n).Distinct(StringComparer.Ordinal).ToList();
        // One read of the school's answers serves both the labels (answers on the steps taught and
        // their prerequisites, any day) and the answer counts (answers in the period, any step).
        var evidence = await db.Evidence.AsNoTracking()
            .Where(e => e.SchoolId == schoolId && (needed.Contains(e.StepId) || (e.AnsweredOn >= from && e.AnsweredOn <= today)))
            .Select(e => new GridAnswer(e.PupilId, e.StepId, e.Correct, e.AnsweredAt, e.AnsweredOn, e.QuestionIndex))
            .ToListAsync(cancellationToken);
        var answers = evidence.Where(e => e.AnsweredOn >= from && e.AnsweredOn <= today)
            .GroupBy(e => e.PupilId)
            .ToDictionary(g => g.Key, g => (Answers: g.Count(), Right: g.Count(e => e.Correct)));
        var helped = await TimesHelpedAsync(schoolId, from, today, cancellationToken);
        var grids = await GridsAsync(schoolId, pupils, evidence, neededByClass, everTaught, today, cancellationToken);

        var counted = new List<SchoolPupil>(pupils.Count);
        foreach (var pupil in pupils)
        {
            var steps = pupil.ClassId is { } classId && grids.ContainsKey(classId) ? taught[classId] : [];
            var grid = pupil.ClassId is { } id ? grids.GetValueOrDefault(id) : null;
            var given = answers.GetValueOrDefault(pupil.Id);
            counted.Add(new SchoolPupil(
                pupil.YearGroup,
                pupil.PupilPremium,
                Enum.TryParse<SenStatus>(pupil.SenStatus, out var sen) ? sen : SenStatus.None,
                pupil.Eal,
                pupil.LowerPriorAttainer,
                grid is null ? [] : [.. steps.Select(s => grid.For(pupil.Id, s).Label.Status)],
                given.Answers,
                given.Right,
                helped.GetValueOrDefault(pupil.Id)));
        }

        var erased = period == SchoolPeriod.Year ? await ErasedAnswersAsync(schoolId, today, cancellationToken) : [];
        var flagged = await FlaggedAsync(schoolId, classes, today, cancellationToken);
        return new SchoolMasteryReport(SchoolPicture.From(counted, erased), from, today, classes.Count, taught.Values.SelectMany(s => s).Distinct(StringComparer.Ordinal).Count(), flagged);
    }

    /// <summary>
    /// Each class's grid over the steps it was taught in the period, from the school's answers read
    /// once; each class's grid is given only what the class page would read (its pupils' answers on
    /// its own steps and their prerequisites), so the labels are the class page's.
    /// </summary>
    private async Task<Dictionary<int, ClassMasteryGrid>> GridsAsync(
        int schoolId,
        List<Pupil> pupils,
        List<GridAnswer> evidence,
        Dictionary<int, HashSet<string>> neededByClass,
        Dictionary<int, IReadOnlySet<string>> everTaught,
        DateOnly today,
        CancellationToken cancellationToken)
    {
        if (neededByClass.Count == 0)
        {
            return [];
        }

        var classOf = pupils.Where(p => p.ClassId is { } id && neededByClass.ContainsKey(id)).ToDictionary(p => p.Id, p => p.ClassId!.Value);
        var evidenceByClass = evidence
            .Where(e => classOf.TryGetValue(e.PupilId, out var id) && neededByClass[id].Contains(e.StepId))
            .ToLookup(e => classOf[e.PupilId]);
        var judgements = await db.MasteryJudgements.AsNoTracking().Where(j => j.SchoolId == schoolId).ToListAsync(cancellationToken);
        var judgementsByClass = judgements.Where(j => classOf.ContainsKey(j.PupilId)).ToLookup(j => classOf[j.PupilId]);
        var parameters = await MasteryGridCalculation.ParametersAsync(
            db, [.. evidenceByClass.SelectMany(g => g).Select(e => e.StepId).Distinct(StringComparer.Ordinal)], cancellationToken);
        return neededByClass.Keys.ToDictionary(
            id => id,
            id => MasteryGridCalculation.Build(
                evidenceByClass[id], judgementsByClass[id], everTaught.GetValueOrDefault(id) ?? new HashSet<string>(), parameters, curriculum.Map, today));
    }

    /// <summary>Erased pupils' answers this academic year, by the year group they were in: counts with nothing that names anyone.</summary>
    private async Task<List<ErasedAnswers>> ErasedAnswersAsync(int schoolId, DateOnly today, CancellationToken cancellationToken)
    {
        var year = AcademicYear.Containing(today).StartYear;
        return [.. (await db.AnonymisedTallies.AsNoTracking()
            .Where(t => t.SchoolId == schoolId && t.AcademicYear == year)
            .GroupBy(t => t.YearGroup)
            .Select(g => new { YearGroup = g.Key, Answers = g.Sum(t => t.Answers), Correct = g.Sum(t => t.Correct) })
            .ToListAsync(cancellationToken))
            .Select(t => new ErasedAnswers(t.YearGroup, t.Answers, t.Correct))];
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
