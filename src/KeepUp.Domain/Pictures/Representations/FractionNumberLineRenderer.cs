using System.Collections.Generic;
using System.Linq;
using KeepUp.Domain.Practice;

namespace KeepUp.Domain.Pictures.Representations;

/// <summary>
/// Draws a number line from 0 with each whole split into equal intervals: long ticks at whole
/// numbers, fractions written stacked under every tick or whole numbers only, and an arrow at a value.
/// </summary>
internal static class FractionNumberLineRenderer
{
    private static readonly string[] IntervalNames =
        ["", "wholes", "halves", "thirds", "quarters", "fifths", "sixths", "sevenths", "eighths", "ninths", "tenths", "elevenths", "twelfths"];

    public static string Render(FractionNumberLinePicture picture, string id)
    {
        PictureCheck.Range(picture.Denominator, 1, 20, "A fraction number line's intervals in each whole");
        PictureCheck.Range(picture.Wholes, 1, 10, "A fraction number line's length in wholes");
        PictureCheck.That(picture.Denominator * picture.Wholes <= 100, $"A fraction number line can have at most 100 intervals, but {picture.Wholes} wholes of {picture.Denominator} make {picture.Denominator * picture.Wholes}.");
        if (picture.Marked is { } marked)
        {
            PictureCheck.That(marked >= Fraction.Zero && marked <= Fraction.Whole(picture.Wholes), $"The marked value {marked} is off the number line from 0 to {picture.Wholes}.");
        }

        var marks = picture.Marked is { } value ? new[] { new NumberLineMark(value, picture.MarkLabel) } : [];
        var ticks = NumberLineDrawing.HideMarked(
            Enumerable.Range(0, picture.Denominator * picture.Wholes + 1).Select(k => Tick(picture, Fraction.Of(k, picture.Denominator))),
            marks);
        return NumberLineDrawing.Draw("Fraction number line", Describe(picture, ticks), id, ticks, [], marks);
    }

    private static NumberLineTick Tick(FractionNumberLinePicture picture, Fraction value) =>
        new(value, picture.LabelEveryTick || value.IsWhole ? NumberLineDrawing.OverDenominator(value, picture.Denominator) : null, value.IsWhole);

    private static string Describe(FractionNumberLinePicture picture, List<NumberLineTick> ticks)
    {
        var split = picture.Denominator < IntervalNames.Length
            ? $"{PupilNumber.Whole(picture.Denominator)} equal intervals ({IntervalNames[picture.Denominator]})"
            : $"{PupilNumber.Whole(picture.Denominator)} equal intervals";
        var labels = ticks.Where(t => t.Label is not null).Select(t => t.Label!).ToList();
        var text = $"A number line from 0 to {PupilNumber.Whole(picture.Wholes)}, each whole split into {split}, with a long tick at each whole number. " +
            $"{(!picture.LabelEveryTick ? "Only the whole numbers are labelled" : labels.Count < ticks.Count ? "Every tick except the one the arrow points at is labelled" : "Every tick is labelled")}: {Prose.List(labels)}.";
        return picture.Marked is { } marked
            ? $"{text} An arrow labelled {Prose.Spoken(picture.MarkLabel)} points at {NumberLineDrawing.Where(marked, ticks)}."
            : text;
    }
}
