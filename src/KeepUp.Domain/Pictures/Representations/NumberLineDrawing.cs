using System;
using System.Collections.Generic;
using System.Linq;
using KeepUp.Domain.Practice;

namespace KeepUp.Domain.Pictures.Representations;

/// <summary>
/// The drawing both number lines share: a line with ticks and their labels, jumps drawn as arcs
/// above it and arrows pointing at marked values. Spacing grows with the widest label so
/// neighbouring numbers never touch.
/// </summary>
internal static class NumberLineDrawing
{
    private const double LabelSize = 15;
    private const double JumpColourWidth = 2.5;
    private const string JumpColour = "#1e3a8a";
    private const string MarkColour = "#b91c1c";

    public static string Draw(string title, string description, string id, IReadOnlyList<NumberLineTick> ticks, IReadOnlyList<NumberLineJump> jumps, IReadOnlyList<NumberLineMark> marks)
    {
        var widest = ticks.Select(t => t.Label is null ? 0 : LabelText.Width(t.Label, LabelSize)).Append(0).Max();
        var spacing = Math.Max(Spacing(ticks), Math.Max(Math.Min(90, 420.0 / (ticks.Count - 1)), 14));
        var margin = Math.Max(24, Math.Max(widest, marks.Select(m => LabelText.Width(m.Label, 18)).Append(0).Max()) / 2 + 10);
        var length = spacing * (ticks.Count - 1);
        var start = ticks[0].Value;
        var span = (double)(ticks[^1].Value - start).ToDecimal();
        double X(Fraction value) => margin + (double)(value - start).ToDecimal() / span * length;

        var arcHeights = jumps.Select(j => Math.Clamp(Math.Abs(X(j.To) - X(j.From)) * 0.45, 18, 60)).ToList();
        var marksAbove = jumps.Count == 0;
        var markLabelHeight = marks.Select(m => LabelText.Height(m.Label, 18)).Append(0).Max();
        var above = jumps.Count > 0 ? arcHeights.Max() + 34 : marks.Count > 0 ? 54 + markLabelHeight : 16;
        var labelRoom = ticks.Select(t => t.Label is null ? 0 : LabelText.Height(t.Label, LabelSize)).Append(0).Max() + 20;
        var below = labelRoom + (!marksAbove && marks.Count > 0 ? 44 + markLabelHeight : 0) + 8;
        var y = 10 + above;

        var svg = new SvgWriter(2 * margin + length, y + below, title, description, id);
        svg.Line(margin, y, margin + length, y, Palette.Ink, 2.5);
        foreach (var tick in ticks)
        {
            var x = X(tick.Value);
            var reach = tick.Major ? 11 : 7;
            svg.Line(x, y - reach, x, y + reach, Palette.Ink, tick.Major ? 2.5 : 1.8);
            if (tick.Label is { } label)
            {
                LabelText.Draw(svg, x, y + 14 + LabelText.Height(label, LabelSize) / 2, label, LabelSize);
            }
        }

        for (var i = 0; i < jumps.Count; i++)
        {
            DrawJump(svg, X(jumps[i].From), X(jumps[i].To), y, arcHeights[i], jumps[i].Label);
        }

        foreach (var mark in marks)
        {
            DrawMark(svg, X(mark.Value), y, marksAbove, labelRoom, mark.Label);
        }

        return svg.Finish();
    }

    /// <summary>
    /// Says where a value sits the way a pupil would read it off the line: the number written
    /// there (under a tick, or on an arrow other than ?), or which tick it is at or between.
    /// </summary>
    public static string Where(Fraction value, IReadOnlyList<NumberLineTick> ticks, IReadOnlyList<NumberLineMark>? marks = null)
    {
        if (marks?.FirstOrDefault(m => m.Value == value) is { } marked)
        {
            return marked.Label == "?" ? "where the arrow labelled a question mark points" : marked.Label;
        }

        var origin = ticks[0].Label ?? "the left end";
        var exact = ticks.ToList().FindIndex(t => t.Value == value);
        if (exact >= 0)
        {
            return ticks[exact].Label ?? (exact == 0 ? "the left end" : exact == ticks.Count - 1 ? "the right end" : $"the {Prose.Ordinal(exact)} tick after {origin}");
        }

        var before = ticks.ToList().FindLastIndex(t => t.Value < value);
        var halfway = ticks[before].Value + ticks[before + 1].Value == value + value ? "halfway " : string.Empty;
        var first = before == 0 ? origin : ticks[before].Label ?? $"the {Prose.Ordinal(before)} tick after {origin}";
        var second = ticks[before + 1].Label ?? $"the {Prose.Ordinal(before + 1)} tick";
        return $"a point {halfway}between {first} and {second}";
    }

    /// <summary>Leaves a tick unlabelled where an arrow points, so the arrow's ? is not answered beneath it.</summary>
    public static List<NumberLineTick> HideMarked(IEnumerable<NumberLineTick> ticks, IReadOnlyList<NumberLineMark> marks) =>
        ticks.Select(t => marks.Any(m => m.Value == t.Value) ? t with { Label = null } : t).ToList();

    /// <summary>
    /// A tick value as a fraction over the line's own denominator (2/4, not 1/2, on a line in
    /// quarters), since pupils count the intervals; whole numbers are written as whole numbers.
    /// </summary>
    public static string OverDenominator(Fraction value, long denominator)
    {
        var top = value * Fraction.Whole(denominator);
        return value.IsWhole || !top.IsWhole
            ? PupilNumber.FractionText(value)
            : (value.IsNegative ? PupilNumber.Minus : string.Empty) + PupilNumber.Whole(Math.Abs(top.Numerator)) + "/" + PupilNumber.Whole(denominator);
    }

    private static double Spacing(IReadOnlyList<NumberLineTick> ticks)
    {
        var needed = 0.0;
        var last = -1;
        for (var i = 0; i < ticks.Count; i++)
        {
            if (ticks[i].Label is null)
            {
                continue;
            }

            if (last >= 0)
            {
                var room = (LabelText.Width(ticks[last].Label!, LabelSize) + LabelText.Width(ticks[i].Label!, LabelSize)) / 2 + 10;
                needed = Math.Max(needed, room / (i - last));
            }

            last = i;
        }

        return needed;
    }

    private static void DrawJump(SvgWriter svg, double from, double to, double y, double height, string? label)
    {
        static string N(double v) => SvgWriter.Number(v);
        var end = y - 4;
        svg.Path($"M {N(from)} {N(end)} A {N(Math.Abs(to - from) / 2)} {N(height)} 0 0 {(to > from ? 1 : 0)} {N(to)} {N(end)}", "none", JumpColour, JumpColourWidth);
        svg.Polygon([(to - 5.5, end - 11), (to + 5.5, end - 11), (to, end)], JumpColour, JumpColour, 1);
        if (label is not null)
        {
            LabelText.Draw(svg, (from + to) / 2, end - height - 14, label, 16, JumpColour, "bold");
        }
    }

    private static void DrawMark(SvgWriter svg, double x, double y, bool above, double labelRoom, string label)
    {
        var labelHeight = LabelText.Height(label, 18);
        var tail = above ? y - 44 : y + labelRoom + 30;
        var head = above ? y - 5 : y + 5;
        var direction = above ? 1 : -1;
        svg.Line(x, tail, x, head - direction * 10, MarkColour, 3)
            .Polygon([(x - 7, head - direction * 12), (x + 7, head - direction * 12), (x, head)], MarkColour, MarkColour, 1);
        LabelText.Draw(svg, x, tail - direction * (labelHeight / 2 + 8), label, 18, Palette.Ink, "bold");
    }
}
