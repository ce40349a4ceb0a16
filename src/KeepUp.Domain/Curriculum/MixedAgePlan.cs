using System;
using System.Collections.Generic;
using System.Linq;

namespace KeepUp.Domain.Curriculum;

/// <summary>How a row of a mixed-age plan is taught.</summary>
public enum MixedAgeTeaching
{
    /// <summary>
    /// One lesson for the whole class: the older year's step builds directly on the younger
    /// year's, so both start from the same idea and the older pupils go further.
    /// </summary>
    Together,

    /// <summary>Only the younger year group has this step: teach it separately.</summary>
    YoungerOnly,

    /// <summary>Only the older year group has this step: teach it separately.</summary>
    OlderOnly,
}

/// <summary>One line of a mixed-age plan: steps of either year taught in one lesson, or apart.</summary>
/// <param name="Teaching">Whether the line is taught together or separately.</param>
/// <param name="Younger">The younger year's steps on this line (none when older only).</param>
/// <param name="Older">The older year's step (null when younger only).</param>
public sealed record MixedAgeLine(MixedAgeTeaching Teaching, IReadOnlyList<SmallStep> Younger, SmallStep? Older);

/// <summary>The lines of one strand, in teaching order.</summary>
/// <param name="Strand">The strand row (Year 6's combined four operations holds AS and MD of other years).</param>
/// <param name="Lines">The lines, in teaching order.</param>
public sealed record MixedAgeStrand(Strand Strand, IReadOnlyList<MixedAgeLine> Lines);

/// <summary>
/// A plan for a class of two consecutive year groups: both years' sequences side by side,
/// aligned by strand, showing which steps the whole class can learn together and which need
/// separate teaching.
/// </summary>
/// <param name="YoungerYear">The younger year group.</param>
/// <param name="OlderYear">The older year group.</param>
/// <param name="Strands">One row per strand, in the order the strands are taught.</param>
public sealed record MixedAgePlan(int YoungerYear, int OlderYear, IReadOnlyList<MixedAgeStrand> Strands)
{
    /// <summary>How many lines are taught together.</summary>
    public int TogetherCount => Strands.Sum(s => s.Lines.Count(l => l.Teaching == MixedAgeTeaching.Together));

    /// <summary>How many lines are taught separately.</summary>
    public int SeparateCount => Strands.Sum(s => s.Lines.Count(l => l.Teaching != MixedAgeTeaching.Together));

    /// <summary>
    /// Builds the plan for two consecutive year groups; null when the years are not a pair a
    /// mixed-age class can have (1–5 with the next year up).
    /// </summary>
    public static MixedAgePlan? Create(CurriculumMap curriculum, int youngerYear, int olderYear)
    {
        ArgumentNullException.ThrowIfNull(curriculum);
        if (youngerYear is < 1 or > 5 || olderYear != youngerYear + 1)
        {
            return null;
        }

        var rows = curriculum.Steps
            .Where(s => s.Year == youngerYear || s.Year == olderYear)
            .GroupBy(s => s.Strand.AlignmentRow())
            .OrderBy(g => g.Min(s => s.Year * 1000 + s.Sequence.BlockOrder))
            .Select(g => new MixedAgeStrand(g.Key, Align(
                [.. g.Where(s => s.Year == youngerYear)],
                [.. g.Where(s => s.Year == olderYear)])))
            .ToList();
        return new MixedAgePlan(youngerYear, olderYear, rows);
    }

    private static List<MixedAgeLine> Align(List<SmallStep> younger, List<SmallStep> older)
    {
        var linked = older.ToDictionary(o => o.Id, o => younger.Where(y => o.Prerequisites.Contains(y.Id)).ToList());
        var usedByAnyOlder = linked.Values.SelectMany(l => l).Select(s => s.Id).ToHashSet();
        var waiting = new Queue<SmallStep>(younger.Where(y => !usedByAnyOlder.Contains(y.Id)));
        var lines = new List<MixedAgeLine>();

        foreach (var step in older)
        {
            var partners = linked[step.Id];

            // Younger-only steps that come earlier in the younger sequence are taught first, so
            // both years keep their own order and neither year waits long for its next step.
            var before = partners.Count == 0 ? Rank(step) + 1 : partners.Min(Rank);
            while (waiting.Count > 0 && Rank(waiting.Peek()) < before)
            {
                lines.Add(new MixedAgeLine(MixedAgeTeaching.YoungerOnly, [waiting.Dequeue()], null));
            }

            lines.Add(partners.Count == 0
                ? new MixedAgeLine(MixedAgeTeaching.OlderOnly, [], step)
                : new MixedAgeLine(MixedAgeTeaching.Together, partners, step));
        }

        lines.AddRange(waiting.Select(y => new MixedAgeLine(MixedAgeTeaching.YoungerOnly, [y], null)));
        return lines;
    }

    private static int Rank(SmallStep step) => step.Sequence.BlockOrder * 1000 + step.Sequence.Position;
}
