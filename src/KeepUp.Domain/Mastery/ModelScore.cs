using System;
using System.Collections.Generic;

namespace KeepUp.Domain.Mastery;

/// <summary>
/// How well predicted chances of a correct answer matched what pupils then did: the area under the
/// ROC curve (how well the predictions rank right answers above wrong ones; 0.5 is chance), the
/// root-mean-square error of the chances, and the share called right at a 0.5 threshold.
/// </summary>
/// <param name="Auc">Area under the ROC curve; NaN when every answer was right or every answer wrong.</param>
/// <param name="Rmse">Root-mean-square error of the predicted chances against 1 (right) or 0 (wrong).</param>
/// <param name="Accuracy">The share of answers where "chance ≥ 0.5" matched "right".</param>
/// <param name="Count">How many answers were scored.</param>
public sealed record ModelScore(double Auc, double Rmse, double Accuracy, int Count)
{
    /// <summary>Scores predictions against the answers they predicted, pair by pair.</summary>
    /// <exception cref="ArgumentException">The lists differ in length, are empty, or a prediction is not a probability.</exception>
    public static ModelScore Of(IReadOnlyList<double> predicted, IReadOnlyList<bool> actual)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(actual);
        if (predicted.Count != actual.Count)
        {
            throw new ArgumentException($"{predicted.Count} predictions for {actual.Count} answers.", nameof(actual));
        }

        if (predicted.Count == 0)
        {
            throw new ArgumentException("There is nothing to score.", nameof(predicted));
        }

        var count = predicted.Count;
        var chances = new double[count];
        var right = new bool[count];
        double squares = 0;
        var hits = 0;
        for (var i = 0; i < count; i++)
        {
            var chance = predicted[i];
            if (chance is not (>= 0 and <= 1))
            {
                throw new ArgumentException($"Prediction {i} ({chance}) is not a probability.", nameof(predicted));
            }

            chances[i] = chance;
            right[i] = actual[i];
            var error = (right[i] ? 1 : 0) - chance;
            squares += error * error;
            hits += (chance >= 0.5) == right[i] ? 1 : 0;
        }

        return new ModelScore(AreaUnderCurve(chances, right), Math.Sqrt(squares / count), (double)hits / count, count);
    }

    /// <summary>
    /// The Mann–Whitney form: the chance a random right answer was predicted above a random wrong
    /// one, ties counting half, from the ranks of the predictions (tied predictions share their
    /// average rank).
    /// </summary>
    private static double AreaUnderCurve(double[] chances, bool[] right)
    {
        Array.Sort(chances, right);
        double rightRankSum = 0;
        long rights = 0;
        var count = chances.Length;
        for (var i = 0; i < count;)
        {
            var j = i;
            var rightsInTie = 0;
            while (j < count && chances[j] == chances[i])
            {
                rightsInTie += right[j] ? 1 : 0;
                j++;
            }

            // Ranks i+1 .. j, averaged.
            var averageRank = (i + 1 + j) / 2.0;
            rightRankSum += averageRank * rightsInTie;
            rights += rightsInTie;
            i = j;
        }

        var wrongs = count - rights;
        return rights == 0 || wrongs == 0
            ? double.NaN
            : (rightRankSum - (rights * (rights + 1) / 2.0)) / ((double)rights * wrongs);
    }
}
