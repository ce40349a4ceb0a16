using System.Collections.Generic;
using System.Linq;
using KeepUp.Domain.Practice;

namespace KeepUp.Domain.Pictures.Representations;

/// <summary>
/// Draws a bar model: one bar split into parts, or bars on one scale to compare, with a brace
/// for the total over the first bar and a brace for the difference beside the shorter bar.
/// </summary>
internal static class BarModelRenderer
{
    private const double Margin = 14;
    private const double BarWidth = 480;
    private const double BarHeight = 48;
    private const double Gap = 16;
    private const double BraceRoom = Brace.Depth + 30;
    private const double NameSize = 16;

    public static string Render(BarModelPicture picture, string id)
    {
        PictureCheck.Range(picture.Bars.Count, 1, 6, "A bar model's number of bars");
        foreach (var bar in picture.Bars)
        {
            PictureCheck.Range(bar.Sections.Count, 1, 40, "A bar's number of sections");
            PictureCheck.That(bar.Sections.All(s => s.Size > Fraction.Zero), "Every section of a bar must have a size above zero.");
        }

        var lengths = picture.Bars.Select(b => b.Sections.Aggregate(Fraction.Zero, (sum, s) => sum + s.Size)).ToList();
        var shorter = -1;
        if (picture.Difference is not null)
        {
            PictureCheck.That(picture.Bars.Count >= 2 && lengths[0] != lengths[1], "A difference brace needs two bars of different lengths.");
            shorter = lengths[0] < lengths[1] ? 0 : 1;
        }

        var scale = BarWidth / (double)lengths.Max().ToDecimal();
        var names = picture.Bars.Any(b => b.Name.Length > 0) ? picture.Bars.Max(b => LabelText.Width(b.Name, NameSize)) + 14 : 0;
        var left = Margin + names;
        var tops = new List<double>();
        var y = Margin;
        for (var i = 0; i < picture.Bars.Count; i++)
        {
            y += (i == 0 && (picture.Total is not null || shorter == 0)) ? BraceRoom : 0;
            tops.Add(y);
            y += BarHeight + (shorter == 1 && i == 1 ? BraceRoom : 0) + Gap;
        }

        var svg = new SvgWriter(left + BarWidth + Margin, y - Gap + Margin, "Bar model", Describe(picture, lengths), id);
        for (var i = 0; i < picture.Bars.Count; i++)
        {
            DrawBar(svg, picture.Bars[i], left, tops[i], scale);
        }

        if (picture.Total is { } total)
        {
            var tip = Brace.Draw(svg, left, left + Length(lengths[0], scale), tops[0] - 4, upwards: true);
            DrawBraceLabel(svg, left + Length(lengths[0], scale) / 2, tip - 12, total);
        }

        if (picture.Difference is { } difference)
        {
            var from = left + Length(lengths[shorter], scale);
            var to = left + Length(lengths[1 - shorter], scale);
            svg.Path($"M {SvgWriter.Number(from)} {SvgWriter.Number(tops[shorter])} h {SvgWriter.Number(to - from)} v {SvgWriter.Number(BarHeight)} h {SvgWriter.Number(from - to)}", "none", Palette.Ink, 2, "6 4");
            var upwards = shorter == 0;
            var tip = Brace.Draw(svg, from, to, upwards ? tops[0] - 4 : tops[1] + BarHeight + 4, upwards);
            DrawBraceLabel(svg, (from + to) / 2, upwards ? tip - 12 : tip + 13, difference);
        }

        return svg.Finish();
    }

    private static double Length(Fraction size, double scale) => (double)size.ToDecimal() * scale;

    private static void DrawBar(SvgWriter svg, Bar bar, double left, double top, double scale)
    {
        if (bar.Name.Length > 0)
        {
            svg.Text(left - 10, top + BarHeight / 2 + NameSize * 0.36, bar.Name, NameSize, "end", Palette.Ink, "bold");
        }

        var x = left;
        foreach (var section in bar.Sections)
        {
            var width = Length(section.Size, scale);
            svg.Rect(x, top, width, BarHeight, Palette.BarFill, Palette.BarOutline, 0, 2);
            var text = section.Label ?? "?";
            LabelText.Draw(svg, x + width / 2, top + BarHeight / 2, text, LabelText.Fit(text, width - 8, 20), weight: section.Label is null ? "bold" : "normal");
            x += width;
        }
    }

    private static void DrawBraceLabel(SvgWriter svg, double x, double centreY, string label) =>
        LabelText.Draw(svg, x, centreY, label, 18, weight: label == "?" ? "bold" : "normal");

    private static string Describe(BarModelPicture picture, List<Fraction> lengths)
    {
        var sentences = new List<string>
        {
            picture.Bars.Count == 1 ? "A bar model with one bar." : $"A bar model comparing {PupilNumber.Whole(picture.Bars.Count)} bars, drawn to the same scale.",
        };
        for (var i = 0; i < picture.Bars.Count; i++)
        {
            var bar = picture.Bars[i];
            var which = bar.Name.Length > 0 ? $"The bar for {bar.Name}" : picture.Bars.Count == 1 ? "The bar" : $"The {Ordinal(i)} bar";
            var parts = bar.Sections.Count == 1
                ? $"is labelled {Prose.Spoken(bar.Sections[0].Label)}"
                : $"is split into {PupilNumber.Whole(bar.Sections.Count)} {(bar.Sections.All(s => s.Size == bar.Sections[0].Size) ? "equal " : string.Empty)}parts {Labels(bar.Sections)}";
            var compared = i == 0 ? string.Empty
                : lengths[i] == lengths[0] ? "; it is the same length as the first bar"
                : lengths[i] > lengths[0] ? "; it is longer than the first bar" : "; it is shorter than the first bar";
            sentences.Add($"{which} {parts}{compared}.");
        }

        if (picture.Total is not null)
        {
            sentences.Add($"A brace over the whole of the {(picture.Bars.Count == 1 ? "bar" : "first bar")} is labelled {Prose.Spoken(picture.Total)}.");
        }

        if (picture.Difference is not null)
        {
            sentences.Add($"A dashed box and a brace show the difference between the first two bars, labelled {Prose.Spoken(picture.Difference)}.");
        }

        return string.Join(" ", sentences);
    }

    private static string Labels(IReadOnlyList<BarSection> sections) =>
        sections.All(s => s.Label == sections[0].Label)
            ? $"each labelled {Prose.Spoken(sections[0].Label)}"
            : $"labelled {Prose.List(sections.Select(s => Prose.Spoken(s.Label)))}";

    private static string Ordinal(int index) => index switch
    {
        0 => "first",
        1 => "second",
        2 => "third",
        3 => "fourth",
        4 => "fifth",
        _ => "sixth",
    };
}
