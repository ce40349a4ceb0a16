using System;
using System.Collections.Generic;
using KeepUp.Domain.Practice;

namespace KeepUp.Domain.Classroom;

/// <summary>
/// Which questions of a step's variation set make its end-of-lesson check. The positions are the
/// same for every pupil (so the teacher can read the class question by question), while each pupil
/// gets their own seed (so neighbours cannot copy).
/// </summary>
public static class CheckPlan
{
    /// <summary>The fewest questions a check asks.</summary>
    public const int MinimumQuestions = 3;

    /// <summary>The most questions a check asks: it is the last five minutes of a lesson.</summary>
    public const int MaximumQuestions = 6;

    /// <summary>How many questions a check asks unless the teacher says otherwise.</summary>
    public const int DefaultQuestions = 4;

    /// <summary>
    /// The 1-based positions to ask, spread evenly from the first question (the procedure as taught)
    /// to the last (the deepening question), so the check samples each kind of variation the set has.
    /// </summary>
    public static IReadOnlyList<int> Positions(int setSize, int questions)
    {
        if (setSize < MinimumQuestions)
        {
            throw new ArgumentOutOfRangeException(nameof(setSize), setSize, "A variation set has at least three questions.");
        }

        var count = Math.Clamp(questions, MinimumQuestions, Math.Min(MaximumQuestions, setSize));
        var positions = new List<int>(count);
        for (var i = 0; i < count; i++)
        {
            // Rounded even spacing over 1..setSize; the ends are always included.
            var position = 1 + (int)Math.Round(i * (setSize - 1) / (double)(count - 1), MidpointRounding.AwayFromZero);
            positions.Add(position);
        }

        return positions;
    }

    /// <summary>
    /// A pupil's seed for a check: the check's seed mixed with the pupil's id, so it is stable (a
    /// reload shows the same questions) and different for each pupil.
    /// </summary>
    public static int SeedFor(int checkSeed, Guid pupilId)
    {
        Span<byte> bytes = stackalloc byte[16];
        pupilId.TryWriteBytes(bytes);
        var mixed = (ulong)checkSeed;
        for (var i = 0; i < 16; i += 8)
        {
            mixed = Mix(mixed ^ BitConverter.ToUInt64(bytes[i..(i + 8)]));
        }

        return (int)(mixed % VariationSet.MaximumSeed);
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
