using System;
using System.Collections.Generic;
using System.Linq;

namespace KeepUp.Domain.Classroom;

/// <summary>One year group's line of the school picture.</summary>
/// <param name="YearGroup">The year group, 1 to 6 (0 for Reception).</param>
/// <param name="Tally">Its pupils' counts.</param>
public sealed record YearGroupTally(int YearGroup, MasteryTally Tally);

/// <summary>
/// Answers of pupils erased on request, kept only as counts by the year group they were in (see
/// the right to erasure): they belong in the year group's and the school's answers, never in a
/// pupil count or a pupil group, since nothing says who gave them.
/// </summary>
/// <param name="YearGroup">The year group the pupils were in when they answered.</param>
/// <param name="Answers">Answers given.</param>
/// <param name="RightAnswers">Of those, the right ones.</param>
public sealed record ErasedAnswers(int YearGroup, int Answers, int RightAnswers);

/// <summary>A pupil group set against the rest of the school's pupils.</summary>
/// <param name="Group">The group.</param>
/// <param name="InGroup">The group's pupils.</param>
/// <param name="Rest">Every other pupil of the school.</param>
public sealed record GroupComparison(PupilGroup Group, MasteryTally InGroup, MasteryTally Rest)
{
    /// <summary>
    /// True when both sides have enough pupils to compare: a gap between 3 pupils and 200 says
    /// nothing about the 3.
    /// </summary>
    public bool CanCompare => !InGroup.TooFewToCompare && !Rest.TooFewToCompare;
}

/// <summary>
/// How the school is keeping up, for a maths lead or head: the whole school, each year group, and
/// each of the vulnerable groups (pupil premium, SEND, EAL, lower prior attainers) against the rest.
/// It counts; it never names a pupil.
/// </summary>
/// <param name="School">Every pupil counted.</param>
/// <param name="YearGroups">Each year group with pupils, youngest first.</param>
/// <param name="Groups">Each pupil group against the rest, in the order of <see cref="PupilGroup"/>.</param>
public sealed record SchoolPicture(MasteryTally School, IReadOnlyList<YearGroupTally> YearGroups, IReadOnlyList<GroupComparison> Groups)
{
    /// <summary>Counts the school's pupils by year group and by pupil group.</summary>
    public static SchoolPicture From(IEnumerable<SchoolPupil> pupils) => From(pupils, []);

    /// <summary>
    /// Counts the school's pupils by year group and by pupil group, adding erased pupils' answers
    /// to their year group's answers (when the year group still has pupils to show) and to the
    /// school's; the pupil groups leave them out.
    /// </summary>
    public static SchoolPicture From(IEnumerable<SchoolPupil> pupils, IEnumerable<ErasedAnswers> erased)
    {
        ArgumentNullException.ThrowIfNull(pupils);
        ArgumentNullException.ThrowIfNull(erased);
        var all = pupils.ToList();
        var erasedByYear = erased.GroupBy(e => e.YearGroup).ToDictionary(g => g.Key, g => (Answers: g.Sum(e => e.Answers), Right: g.Sum(e => e.RightAnswers)));
        var years = all.GroupBy(p => p.YearGroup)
            .OrderBy(g => g.Key)
            .Select(g => new YearGroupTally(g.Key, MasteryTally.Of(g).WithErasedAnswers(
                erasedByYear.GetValueOrDefault(g.Key).Answers, erasedByYear.GetValueOrDefault(g.Key).Right)))
            .ToList();
        var groups = Enum.GetValues<PupilGroup>()
            .Select(group => new GroupComparison(group, MasteryTally.Of(all.Where(p => p.IsIn(group))), MasteryTally.Of(all.Where(p => !p.IsIn(group)))))
            .ToList();
        var school = MasteryTally.Of(all).WithErasedAnswers(erasedByYear.Values.Sum(e => e.Answers), erasedByYear.Values.Sum(e => e.Right));
        return new SchoolPicture(school, years, groups);
    }
}
