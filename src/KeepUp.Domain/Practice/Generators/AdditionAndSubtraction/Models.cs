using System;
using System.Collections.Generic;
using KeepUp.Domain.Pictures.Representations;

namespace KeepUp.Domain.Practice.Generators.AdditionAndSubtraction;

/// <summary>
/// The pictures addition and subtraction questions use, built the same way everywhere: part–whole
/// models, bar models, number lines with hops, ten frames, base-ten blocks and place-value charts.
/// A null label is the missing number.
/// </summary>
internal static class Models
{
    private static readonly string[] Headings = ["Ones", "Tens", "Hundreds", "Thousands", "Ten thousands", "Hundred thousands", "Millions"];
    private static readonly string[] DecimalHeadings = ["Tenths", "Hundredths", "Thousandths"];

    /// <summary>A part–whole model with two parts.</summary>
    public static PartWholePicture PartWhole(string? whole, string? first, string? second) => new(whole, [first, second]);

    /// <summary>One bar split into two parts, with the whole over it.</summary>
    public static BarModelPicture Parts(long first, string? firstLabel, long second, string? secondLabel, string? total) =>
        new([new Bar(string.Empty, [new BarSection(firstLabel, Size(first)), new BarSection(secondLabel, Size(second))])], total ?? "?");

    /// <summary>Two bars to compare, the difference marked on the longer one.</summary>
    public static BarModelPicture Compare(string topName, long top, string? topLabel, string bottomName, long bottom, string? bottomLabel, string? difference) =>
        new(
            [
                new Bar(topName, [new BarSection(topLabel, Size(top))]),
                new Bar(bottomName, [new BarSection(bottomLabel, Size(bottom))]),
            ],
            null,
            difference ?? "?");

    /// <summary>
    /// An unlabelled number line with hops from a start through each stop, the start and every stop
    /// but the last marked with its number and the last marked ?, so the line never shows the answer.
    /// </summary>
    public static NumberLinePicture Hops(Fraction unit, Fraction start, IReadOnlyList<(Fraction To, string Label)> hops, bool showLast = false)
    {
        var low = start;
        var high = start;
        var jumps = new List<NumberLineJump>();
        var marks = new List<NumberLineMark> { new(start, PupilNumber.Decimal(start)) };
        var from = start;
        for (var i = 0; i < hops.Count; i++)
        {
            var (to, label) = hops[i];
            jumps.Add(new NumberLineJump(from, to, label));
            marks.Add(new NumberLineMark(to, i == hops.Count - 1 && !showLast ? "?" : PupilNumber.Decimal(to)));
            low = to < low ? to : low;
            high = to > high ? to : high;
            from = to;
        }

        return new NumberLinePicture(low, high, unit, NumberLineLabels.None, jumps, marks);
    }

    /// <summary>A ten frame (or double ten frame above 10) with the second part in another colour.</summary>
    public static TenFramePicture Frame(int first, int second) =>
        new(first + second, first + second > 10 ? 2 : 1, second > 0 ? first + 1 : null);

    /// <summary>Base-ten blocks for a whole number below 10,000.</summary>
    public static BaseTenBlocksPicture Blocks(long number) =>
        number is < 0 or >= 10_000
            ? throw new ArgumentOutOfRangeException(nameof(number), number, "Base-ten blocks show numbers below 10,000.")
            : new((int)(number / 1000), PlaceValue.DigitIn(number, 100), PlaceValue.DigitIn(number, 10), PlaceValue.DigitIn(number, 1));

    /// <summary>
    /// A place-value chart with the counters of each column, from the number's largest place
    /// down to its smallest (tenths and hundredths when it has decimal places).
    /// </summary>
    public static PlaceValueChartPicture Chart(long count, int places, int atLeastColumns = 1) =>
        Chart(Columns(count), places, atLeastColumns);

    /// <summary>A chart whose columns hold given counters (more than 9 shows an exchange is due), smallest place first.</summary>
    public static PlaceValueChartPicture Chart(IReadOnlyList<int> countersSmallestFirst, int places, int atLeastColumns = 1)
    {
        var columns = new List<PlaceValueColumn>();
        var count = Math.Max(countersSmallestFirst.Count, Math.Max(atLeastColumns, places + 1));
        for (var i = count - 1; i >= 0; i--)
        {
            var heading = i < places ? DecimalHeadings[places - 1 - i] : Headings[i - places];
            columns.Add(new PlaceValueColumn(heading, i < countersSmallestFirst.Count ? countersSmallestFirst[i] : 0));
        }

        return new PlaceValueChartPicture(columns);
    }

    /// <summary>The digits of a number, ones (or smallest place) first.</summary>
    public static IReadOnlyList<int> Columns(long count)
    {
        var digits = new List<int>();
        do
        {
            digits.Add((int)(count % 10));
            count /= 10;
        }
        while (count > 0);
        return digits;
    }

    private static Fraction Size(long value) => Fraction.Whole(Math.Max(1, value));
}
