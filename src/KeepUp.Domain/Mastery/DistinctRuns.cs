using System;
using System.Collections.Generic;

namespace KeepUp.Domain.Mastery;

/// <summary>
/// A step's answer runs with identical runs merged and counted: many pupils answer the same few
/// questions the same way (on ASSISTments, a quarter of all answers repeat another pupil's run
/// exactly), and EM need only work each distinct run once, weighted by how many pupils had it.
/// </summary>
internal sealed class DistinctRuns
{
    private DistinctRuns(byte[] correct, int[] starts, double[] weights, int longest)
    {
        Correct = correct;
        Starts = starts;
        Weights = weights;
        Longest = longest;
    }

    /// <summary>1 for a correct answer, 0 for a wrong one: a number, so EM can use it without branching.</summary>
    public byte[] Correct { get; }

    public int[] Starts { get; }

    /// <summary>How many pupils had each run.</summary>
    public double[] Weights { get; }

    public int Longest { get; }

    public static DistinctRuns Of(AnswerSequences answers)
    {
        var all = answers.Correct;
        var offsets = answers.Starts;
        var indexByRun = new Dictionary<string, int>(StringComparer.Ordinal);
        var correct = new List<byte>(all.Length);
        var starts = new List<int> { 0 };
        var weights = new List<double>();
        var longest = 0;
        for (var pupil = 0; pupil + 1 < offsets.Length; pupil++)
        {
            var run = all[offsets[pupil]..offsets[pupil + 1]];
            var key = Key(run);
            if (indexByRun.TryGetValue(key, out var index))
            {
                weights[index]++;
                continue;
            }

            indexByRun.Add(key, weights.Count);
            foreach (var answer in run)
            {
                correct.Add(answer ? (byte)1 : (byte)0);
            }

            starts.Add(correct.Count);
            weights.Add(1);
            longest = Math.Max(longest, run.Length);
        }

        return new DistinctRuns([.. correct], [.. starts], [.. weights], longest);
    }

    private static string Key(ReadOnlySpan<bool> run)
    {
        Span<char> text = run.Length <= 256 ? stackalloc char[run.Length] : new char[run.Length];
        for (var i = 0; i < run.Length; i++)
        {
            text[i] = run[i] ? '1' : '0';
        }

        return new string(text);
    }
}
