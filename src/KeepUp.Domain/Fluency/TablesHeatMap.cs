using System;
using System.Collections.Generic;
using System.Linq;

namespace KeepUp.Domain.Fluency;

/// <summary>One square of the 12 × 12 heat map: how a pupil (or a class) does on a × b.</summary>
/// <param name="A">The first factor (the row, the table).</param>
/// <param name="B">The second factor (the column).</param>
/// <param name="Attempts">Answers given to a × b.</param>
/// <param name="Correct">Right answers.</param>
/// <param name="MedianMilliseconds">The middle time of the right answers; null when none was right.</param>
/// <param name="Pupils">Pupils who have answered it (1 or 0 on a pupil's map).</param>
/// <param name="SecurePupils">Pupils for whom it is secure.</param>
public sealed record HeatMapCell(int A, int B, int Attempts, int Correct, int? MedianMilliseconds, int Pupils, int SecurePupils)
{
    /// <summary>Right answers as a share of all answers, or null when never answered (shown blank, not red).</summary>
    public double? Accuracy => Attempts == 0 ? null : (double)Correct / Attempts;
}

/// <summary>
/// The 12 × 12 multiplication square as a heat map of accuracy and speed, for one pupil or a
/// whole class. Row a, column b is the fact a × b (the a times table).
/// </summary>
public sealed class TablesHeatMap
{
    /// <summary>The largest factor shown: 12.</summary>
    public const int Size = 12;

    private readonly HeatMapCell[] cells;

    private TablesHeatMap(HeatMapCell[] cells) => this.cells = cells;

    /// <summary>All 144 squares, row by row from 1 × 1 to 12 × 12.</summary>
    public IReadOnlyList<HeatMapCell> Cells => cells;

    /// <summary>The square for a × b (1 ≤ a, b ≤ 12).</summary>
    public HeatMapCell this[int a, int b]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(a, 1);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(a, Size);
            ArgumentOutOfRangeException.ThrowIfLessThan(b, 1);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(b, Size);
            return cells[((a - 1) * Size) + b - 1];
        }
    }

    /// <summary>One pupil's map.</summary>
    public static TablesHeatMap ForPupil(IEnumerable<FactAttempt> history, FluencySettings? settings = null) =>
        ForClass([history], settings);

    /// <summary>A class's map: answers pooled across pupils, and how many pupils are secure on each fact.</summary>
    public static TablesHeatMap ForClass(IEnumerable<IEnumerable<FactAttempt>> histories, FluencySettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(histories);
        settings = (settings ?? FluencySettings.Default).Validate();
        return ForPupils(histories.Select(h => h.ToList()).Select(list => ((IReadOnlyList<FactAttempt>)list, FactStandings.From(list, settings))));
    }

    /// <summary>
    /// A class's map from each pupil's answers with the standings already read from them (see
    /// <see cref="FactStandings.From"/>), so a report reads each pupil's answers once.
    /// </summary>
    public static TablesHeatMap ForPupils(IEnumerable<(IReadOnlyList<FactAttempt> History, IReadOnlyDictionary<string, FactStanding> Standings)> pupils)
    {
        ArgumentNullException.ThrowIfNull(pupils);
        // Only the 144 squares are shown: index them once, rather than every fact's answers by id.
        var index = new Dictionary<string, int>(Size * Size, StringComparer.Ordinal);
        for (var a = 1; a <= Size; a++)
        {
            for (var b = 1; b <= Size; b++)
            {
                index[FactCatalogue.TimesId(a, b)] = ((a - 1) * Size) + b - 1;
            }
        }

        var attempts = new int[Size * Size];
        var correctTimes = new List<int>[Size * Size];
        var pupilCount = new int[Size * Size];
        var secure = new int[Size * Size];
        foreach (var (history, standings) in pupils)
        {
            foreach (var attempt in history)
            {
                if (index.TryGetValue(attempt.FactId, out var i))
                {
                    attempts[i]++;
                    if (attempt.Correct)
                    {
                        (correctTimes[i] ??= []).Add(attempt.Milliseconds);
                    }
                }
            }

            foreach (var standing in standings.Values)
            {
                if (index.TryGetValue(standing.FactId, out var i))
                {
                    pupilCount[i]++;
                    secure[i] += standing.IsSecure ? 1 : 0;
                }
            }
        }

        var cells = new HeatMapCell[Size * Size];
        for (var a = 1; a <= Size; a++)
        {
            for (var b = 1; b <= Size; b++)
            {
                var i = ((a - 1) * Size) + b - 1;
                var times = correctTimes[i] ?? [];
                times.Sort();
                cells[i] = new HeatMapCell(a, b, attempts[i], times.Count, Median(times), pupilCount[i], secure[i]);
            }
        }

        return new TablesHeatMap(cells);
    }

    private static int? Median(List<int> sorted) => sorted.Count == 0
        ? null
        : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (int)(((long)sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2);
}
