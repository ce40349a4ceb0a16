using System;
using System.Collections.Generic;

namespace KeepUp.Domain.Mastery;

/// <summary>
/// Every pupil's answers on one step, each pupil's in the order given, packed into one flat array
/// with the offset where each pupil's run starts. Fitting reads hundreds of thousands of answers
/// dozens of times, so it reads them as plain arrays, not as lists of lists.
/// </summary>
public sealed class AnswerSequences
{
    private readonly bool[] correct;
    private readonly int[] starts;

    /// <summary>
    /// Wraps answers already packed: pupil <c>i</c>'s answers are
    /// <c>correct[starts[i]..starts[i + 1]]</c>, so <paramref name="starts"/> has one more entry
    /// than there are pupils, begins at 0 and ends at the number of answers.
    /// </summary>
    /// <exception cref="ArgumentException">The offsets do not describe the array.</exception>
    public AnswerSequences(bool[] correct, int[] starts)
    {
        ArgumentNullException.ThrowIfNull(correct);
        ArgumentNullException.ThrowIfNull(starts);
        if (starts.Length == 0 || starts[0] != 0 || starts[^1] != correct.Length)
        {
            throw new ArgumentException("The offsets must start at 0 and end at the number of answers.", nameof(starts));
        }

        for (var i = 1; i < starts.Length; i++)
        {
            if (starts[i] <= starts[i - 1])
            {
                throw new ArgumentException($"Pupil {i - 1} has no answers: every run needs at least one.", nameof(starts));
            }
        }

        this.correct = correct;
        this.starts = starts;
    }

    /// <summary>Packs one list of answers per pupil; pupils with no answers are left out.</summary>
    public static AnswerSequences From(IReadOnlyList<IReadOnlyList<bool>> sequences)
    {
        ArgumentNullException.ThrowIfNull(sequences);
        var all = new List<bool>();
        var offsets = new List<int> { 0 };
        foreach (var sequence in sequences)
        {
            if (sequence.Count == 0)
            {
                continue;
            }

            all.AddRange(sequence);
            offsets.Add(all.Count);
        }

        return new AnswerSequences([.. all], [.. offsets]);
    }

    /// <summary>How many pupils answered.</summary>
    public int Pupils => starts.Length - 1;

    /// <summary>How many answers there are in all.</summary>
    public int Answers => correct.Length;

    /// <summary>The answers, pupil after pupil (true = correct).</summary>
    public ReadOnlySpan<bool> Correct => correct;

    /// <summary>Where each pupil's answers start in <see cref="Correct"/>, then the total.</summary>
    public ReadOnlySpan<int> Starts => starts;

    /// <summary>The length of the longest pupil's run.</summary>
    public int LongestRun()
    {
        var longest = 0;
        for (var i = 1; i < starts.Length; i++)
        {
            longest = Math.Max(longest, starts[i] - starts[i - 1]);
        }

        return longest;
    }
}
