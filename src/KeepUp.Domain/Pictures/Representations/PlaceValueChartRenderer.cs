using System;
using System.Collections.Generic;
using System.Linq;
using KeepUp.Domain.Practice;

namespace KeepUp.Domain.Pictures.Representations;

/// <summary>
/// Draws a place-value chart with counters: each column headed by its place, each counter
/// coloured for its place and showing its value (100, 10, 1, 0.1), as classroom counters do,
/// with a decimal point on the line between ones and tenths.
/// </summary>
internal static class PlaceValueChartRenderer
{
    private const double Margin = 10;
    private const double ColumnWidth = 124;
    private const double HeadingHeight = 48;
    private const double CounterRadius = 17;
    private const double CounterSpacing = 38;
    private const int CountersPerRow = 3;

    public static string Render(PlaceValueChartPicture picture, string id)
    {
        PictureCheck.Range(picture.Columns.Count, 1, 10, "A place-value chart's number of columns");
        var places = picture.Columns.Select(c => PlaceValue.Of(c.Heading)).ToList();
        for (var i = 0; i < picture.Columns.Count; i++)
        {
            PictureCheck.Range(picture.Columns[i].Counters, 0, 20, $"The counters in the {picture.Columns[i].Heading} column");
            PictureCheck.That(i == 0 || places[i].Power == places[i - 1].Power - 1, $"Place-value columns go from the largest place down one place at a time, but {picture.Columns[i].Heading} follows {picture.Columns[i - Math.Min(i, 1)].Heading}.");
        }

        var rows = Math.Max(3, picture.Columns.Max(c => (c.Counters + CountersPerRow - 1) / CountersPerRow));
        var bodyHeight = rows * CounterSpacing + 16;
        var width = 2 * Margin + picture.Columns.Count * ColumnWidth;
        var svg = new SvgWriter(width, 2 * Margin + HeadingHeight + bodyHeight, "Place-value chart", Describe(picture, places), id);
        svg.Rect(Margin, Margin, width - 2 * Margin, HeadingHeight, Palette.Faint, Palette.Ink, 0, 2)
            .Rect(Margin, Margin + HeadingHeight, width - 2 * Margin, bodyHeight, Palette.Paper, Palette.Ink, 0, 2);
        for (var i = 0; i < picture.Columns.Count; i++)
        {
            var left = Margin + i * ColumnWidth;
            var decimalPoint = i > 0 && places[i].Power == -1;
            if (i > 0)
            {
                svg.Line(left, Margin, left, Margin + HeadingHeight + bodyHeight, Palette.Ink, decimalPoint ? 3.5 : 2);
            }

            if (decimalPoint)
            {
                svg.Circle(left, Margin + HeadingHeight + bodyHeight, 6, Palette.Ink, Palette.Ink);
            }

            DrawHeading(svg, left + ColumnWidth / 2, picture.Columns[i].Heading);
            DrawCounters(svg, left, picture.Columns[i].Counters, places[i]);
        }

        return svg.Finish();
    }

    private static void DrawHeading(SvgWriter svg, double centre, string heading)
    {
        var words = heading.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var lines = words.Length > 1 && LabelText.Width(heading, 14) > ColumnWidth - 8
            ? new[] { string.Join(" ", words.Take(words.Length - 1)), words[^1] }
            : [heading];
        for (var i = 0; i < lines.Length; i++)
        {
            var size = LabelText.Fit(lines[i], ColumnWidth - 8, 14);
            svg.Text(centre, Margin + HeadingHeight / 2 + 5 + (i - (lines.Length - 1) / 2.0) * 16, lines[i], size, "middle", Palette.Ink, "bold");
        }
    }

    private static void DrawCounters(SvgWriter svg, double left, int counters, PlaceValue place)
    {
        var gridLeft = left + (ColumnWidth - CountersPerRow * CounterSpacing) / 2 + CounterSpacing / 2;
        var value = place.Text;
        var size = LabelText.Fit(value, 2 * CounterRadius - 7, 13, 6);
        for (var k = 0; k < counters; k++)
        {
            var x = gridLeft + k % CountersPerRow * CounterSpacing;
            var y = Margin + HeadingHeight + 8 + (k / CountersPerRow + 0.5) * CounterSpacing;
            svg.Circle(x, y, CounterRadius, place.Fill, Palette.Ink, 1.8);
            svg.Text(x, y + size * 0.36, value, size, "middle", place.TextColour, "bold");
        }
    }

    private static string Describe(PlaceValueChartPicture picture, List<PlaceValue> places)
    {
        var columns = picture.Columns.Select((c, i) => c.Counters == 0
            ? $"{c.Heading}: no counters."
            : $"{c.Heading}: {PupilNumber.Whole(c.Counters)} {(c.Counters == 1 ? "counter" : "counters")} showing {places[i].Text}.");
        return $"A place-value chart with columns {Prose.List(picture.Columns.Select(c => c.Heading))}. {string.Join(" ", columns)}";
    }
}
