using System.Collections.Generic;
using System.Linq;
using KeepUp.Domain.Practice;

namespace KeepUp.Domain.Pictures.Representations;

/// <summary>
/// Draws a number line: labelled at every tick, at the ends only, or not at all (an empty
/// number line), with jumps as arcs above it and arrows at marked values.
/// </summary>
internal static class NumberLineRenderer
{
    private const int MaxIntervals = 100;

    public static string Render(NumberLinePicture picture, string id)
    {
        PictureCheck.That(picture.End > picture.Start, $"A number line must end ({picture.End}) after it starts ({picture.Start}).");
        PictureCheck.That(picture.Interval > Fraction.Zero, $"A number line's interval must be above zero, but was {picture.Interval}.");
        var intervals = (picture.End - picture.Start) / picture.Interval;
        PictureCheck.That(intervals.IsWhole && intervals.Numerator <= MaxIntervals, $"A number line from {picture.Start} to {picture.End} must split into a whole number of intervals of {picture.Interval}, at most {MaxIntervals}.");
        foreach (var value in picture.Jumps.SelectMany(j => new[] { j.From, j.To }).Concat(picture.Marks.Select(m => m.Value)))
        {
            PictureCheck.That(value >= picture.Start && value <= picture.End, $"A jump or mark at {value} is off the number line from {picture.Start} to {picture.End}.");
        }

        PictureCheck.That(picture.Jumps.All(j => j.From != j.To), "A jump must start and land at different values.");
        var count = (int)intervals.Numerator;
        var ticks = NumberLineDrawing.HideMarked(
            Enumerable.Range(0, count + 1).Select(k => Tick(picture, picture.Start + picture.Interval * Fraction.Whole(k), k == 0 || k == count)),
            picture.Marks);
        return NumberLineDrawing.Draw("Number line", Describe(picture, ticks, count), id, ticks, picture.Jumps, picture.Marks);
    }

    private static NumberLineTick Tick(NumberLinePicture picture, Fraction value, bool end)
    {
        var labelled = picture.Labels switch
        {
            NumberLineLabels.All => true,
            NumberLineLabels.Ends => end,
            NumberLineLabels.None => false,
        };
        var text = picture.AsFractions ? NumberLineDrawing.OverDenominator(value, picture.Interval.Denominator) : PupilNumber.Decimal(value);
        return new NumberLineTick(value, labelled ? text : null, end || labelled);
    }

    private static string Describe(NumberLinePicture picture, List<NumberLineTick> ticks, int count)
    {
        var labels = ticks.Where(t => t.Label is not null).Select(t => t.Label!).ToList();
        var sentences = new List<string>
        {
            labels.Count == 0
                ? $"An empty number line with {PupilNumber.Whole(count)} equal intervals; no numbers are written on it."
                : $"A number line with {PupilNumber.Whole(count)} equal intervals. The numbers written under it are {Shorten(labels)}.",
        };
        NumberLineJump? previous = null;
        foreach (var jump in picture.Jumps)
        {
            var name = jump.Label is null ? "a jump" : $"a jump labelled {jump.Label}";
            var direction = jump.To > jump.From ? "right" : "left";
            var to = NumberLineDrawing.Where(jump.To, ticks, picture.Marks);
            sentences.Add(previous?.To == jump.From
                ? $"Then {name} goes {direction} to {to}."
                : $"{char.ToUpperInvariant(name[0])}{name[1..]} goes {direction} from {NumberLineDrawing.Where(jump.From, ticks, picture.Marks)} to {to}.");
            previous = jump;
        }

        foreach (var mark in picture.Marks)
        {
            sentences.Add($"An arrow labelled {Prose.Spoken(mark.Label)} points at {NumberLineDrawing.Where(mark.Value, ticks)}.");
        }

        return string.Join(" ", sentences);
    }

    private static string Shorten(List<string> labels) =>
        labels.Count <= 12 ? Prose.List(labels) : $"{string.Join(", ", labels.Take(3))} and so on up to {labels[^1]}";
}
