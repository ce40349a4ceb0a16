using System;
using System.Collections.Generic;
using System.Linq;

namespace KeepUp.Domain.Pictures.Representations;

/// <summary>
/// Draws UK coins and notes in a row that wraps onto new rows, each showing its value, so pupils
/// recognise coins by shape, colour and size as well as by the number on them.
/// </summary>
internal static class MoneyRenderer
{
    private const double Margin = 10;
    private const double Gap = 14;
    private const double RowWidth = 560;

    public static string Render(MoneyPicture picture, string id)
    {
        PictureCheck.Range(picture.Pieces.Count, 1, 30, "The number of coins and notes in a money picture");
        var pieces = picture.Pieces.Select(Money.Of).ToList();
        var rows = new List<List<Money>> { new() };
        var rowWidth = 0.0;
        foreach (var piece in pieces)
        {
            if (rows[^1].Count > 0 && rowWidth + Gap + piece.Size > RowWidth)
            {
                rows.Add([]);
                rowWidth = 0;
            }

            rowWidth += (rows[^1].Count > 0 ? Gap : 0) + piece.Size;
            rows[^1].Add(piece);
        }

        var width = rows.Max(r => r.Sum(p => p.Size) + (r.Count - 1) * Gap);
        var height = rows.Sum(r => r.Max(p => p.Height)) + (rows.Count - 1) * Gap;
        var title = pieces.All(p => p.IsNote) ? "Notes" : pieces.Any(p => p.IsNote) ? "Notes and coins" : "Coins";
        var svg = new SvgWriter(width + 2 * Margin, height + 2 * Margin, title, $"{title}: {Describe(pieces)}.", id);
        var top = Margin;
        foreach (var row in rows)
        {
            var rowHeight = row.Max(p => p.Height);
            var left = Margin;
            foreach (var piece in row)
            {
                Draw(svg, piece, left, top + (rowHeight - piece.Height) / 2);
                left += piece.Size + Gap;
            }

            top += rowHeight + Gap;
        }

        return svg.Finish();
    }

    private static void Draw(SvgWriter svg, Money piece, double left, double top)
    {
        var (x, y) = (left + piece.Size / 2, top + piece.Height / 2);
        if (piece.IsNote)
        {
            svg.Rect(left, top, piece.Size, piece.Height, piece.Fill, piece.Outline, 5, 2)
                .Rect(left + 6, top + 6, piece.Size - 12, piece.Height - 12, "none", piece.Outline, 3, 1)
                .Circle(x, y, piece.Height * 0.32, Palette.Paper, piece.Outline, 1.5)
                .Text(x, y + 8, piece.Label, 22, "middle", Palette.Ink, "bold");
            return;
        }

        var radius = piece.Size / 2;
        Shape(svg, piece.Sides, x, y, radius, piece.Fill, piece.Outline, 2);
        Shape(svg, piece.Sides, x, y, radius - 4, "none", piece.Outline, 0.8);
        if (piece.Centre is { } centre)
        {
            svg.Circle(x, y, radius * 0.68, centre, piece.Outline, 1.2);
        }

        var size = Math.Min(radius * 0.62, 1.25 * radius / (0.62 * piece.Label.Length));
        svg.Text(x, y + size * 0.36, piece.Label, size, "middle", Palette.Ink, "bold");
    }

    private static void Shape(SvgWriter svg, int sides, double x, double y, double radius, string fill, string stroke, double width)
    {
        if (sides == 0)
        {
            svg.Circle(x, y, radius, fill, stroke, width);
            return;
        }

        svg.Polygon(
            Enumerable.Range(0, sides).Select(k => (x + radius * Math.Sin(k * 2 * Math.PI / sides), y - radius * Math.Cos(k * 2 * Math.PI / sides))),
            fill,
            stroke,
            width);
    }

    private static string Describe(List<Money> pieces) => Prose.List(
        pieces.GroupBy(p => p.Pence).OrderByDescending(g => g.Key)
            .Select(g => Prose.Count(g.Count(), $"{g.First().Label} {(g.First().IsNote ? "note" : "coin")}", $"{g.First().Label} {(g.First().IsNote ? "notes" : "coins")}")));
}
