using System;
using System.Collections.Generic;
using System.Linq;

namespace KeepUp.Domain.Classroom;

/// <summary>One answer a pupil gave in today's check, as the keep-up list needs it.</summary>
/// <param name="Correct">Whether it was right.</param>
/// <param name="Misconception">The misconception of the wrong answer chosen, when it matched one.</param>
public sealed record CheckAnswer(bool Correct, string? Misconception);

/// <summary>A pupil's part in today's check.</summary>
/// <param name="PupilId">The pupil.</param>
/// <param name="Name">Their name, for the printed list.</param>
/// <param name="Answers">Their answers today (empty when they have not done the check).</param>
/// <param name="NotYetSecure">True when the mastery estimate says they need help today.</param>
public sealed record PupilCheck(Guid PupilId, string Name, IReadOnlyList<CheckAnswer> Answers, bool NotYetSecure);

/// <summary>A group for one same-day intervention: pupils who showed the same misconception.</summary>
/// <param name="Misconception">What they seem to think, or null for "not yet secure" without a named misconception.</param>
/// <param name="Pupils">Who is in the group, by name.</param>
public sealed record KeepUpGroup(string? Misconception, IReadOnlyList<PupilCheck> Pupils);

/// <summary>
/// The keep-up list: after the end-of-lesson check, the pupils who have not yet grasped today's step,
/// grouped by the misconception their wrong answers revealed, so that each group can be helped the
/// same day. Pupils who have not done the check are listed apart, to be checked, not assumed.
/// </summary>
public sealed record KeepUpList(IReadOnlyList<KeepUpGroup> Groups, IReadOnlyList<PupilCheck> NotChecked)
{
    /// <summary>Everyone who needs help today, in group order.</summary>
    public IEnumerable<PupilCheck> PupilsNeedingHelp => Groups.SelectMany(g => g.Pupils);

    /// <summary>
    /// Builds the list. Each pupil joins the group of the misconception they showed most often (the
    /// first shown wins a tie, as the earliest question is the most basic); pupils with wrong answers
    /// but no named misconception form a last group. Groups are largest first, since the biggest
    /// group is where an adult's ten minutes help most.
    /// </summary>
    public static KeepUpList From(IEnumerable<PupilCheck> pupils)
    {
        ArgumentNullException.ThrowIfNull(pupils);
        var notChecked = new List<PupilCheck>();
        var byMisconception = new Dictionary<string, List<PupilCheck>>(StringComparer.Ordinal);
        var unnamed = new List<PupilCheck>();
        foreach (var pupil in pupils)
        {
            if (pupil.Answers.Count == 0)
            {
                notChecked.Add(pupil);
                continue;
            }

            if (!pupil.NotYetSecure)
            {
                continue;
            }

            if (MainMisconception(pupil.Answers) is { } misconception)
            {
                if (!byMisconception.TryGetValue(misconception, out var group))
                {
                    byMisconception[misconception] = group = [];
                }

                group.Add(pupil);
            }
            else
            {
                unnamed.Add(pupil);
            }
        }

        var groups = byMisconception
            .OrderByDescending(g => g.Value.Count)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new KeepUpGroup(g.Key, ByName(g.Value)))
            .ToList();
        if (unnamed.Count > 0)
        {
            groups.Add(new KeepUpGroup(null, ByName(unnamed)));
        }

        return new KeepUpList(groups, ByName(notChecked));
    }

    private static string? MainMisconception(IReadOnlyList<CheckAnswer> answers)
    {
        var counts = new Dictionary<string, (int Count, int First)>(StringComparer.Ordinal);
        for (var i = 0; i < answers.Count; i++)
        {
            if (answers[i] is { Correct: false, Misconception: { Length: > 0 } misconception })
            {
                counts[misconception] = counts.TryGetValue(misconception, out var seen) ? (seen.Count + 1, seen.First) : (1, i);
            }
        }

        return counts.Count == 0 ? null : counts.OrderByDescending(c => c.Value.Count).ThenBy(c => c.Value.First).First().Key;
    }

    private static List<PupilCheck> ByName(IEnumerable<PupilCheck> pupils) =>
        [.. pupils.OrderBy(p => p.Name, StringComparer.Ordinal)];
}
