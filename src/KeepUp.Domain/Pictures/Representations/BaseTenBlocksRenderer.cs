using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using KeepUp.Domain.Practice;

namespace KeepUp.Domain.Pictures.Representations;

/// <summary>
/// Draws base-ten (Dienes) blocks to one scale: thousand cubes in perspective, hundred flats as
/// 10 × 10 squares, ten rods as 1 × 10 and ones as single squares, grouped by size from largest,
/// with every small square marked so a pupil can see a ten is ten ones.
/// </summary>
internal static class BaseTenBlocksRenderer
{
    private const double Unit = 8;
    private const double Side = 10 * Unit;
    private const double DepthX = 28;
    private const double DepthY = 20;
    private const double Margin = 12;
    private const double GroupGap = 30;

    private sealed record Group(int Count, int PerRow, double CellWidth, double CellHeight, Action<SvgWriter, double, double> Draw);

    public static string Render(BaseTenBlocksPicture picture, string id)
    {
        PictureCheck.Range(picture.Thousands, 0, 9, "Base-ten thousand cubes");
        PictureCheck.Range(picture.Hundreds, 0, 19, "Base-ten hundred flats");
        PictureCheck.Range(picture.Tens, 0, 19, "Base-ten ten rods");
        PictureCheck.Range(picture.Ones, 0, 19, "Base-ten ones cubes");
        var groups = new List<Group>
        {
            new(picture.Thousands, 3, Side + DepthX + 10, Side + DepthY + 10, DrawCube),
            new(picture.Hundreds, 5, Side + 8, Side + 8, DrawFlat),
            new(picture.Tens, 10, Unit + 6, Side + 10, DrawRod),
            new(picture.Ones, 10, Unit + 5, Unit + 5, (svg, x, y) => svg.Rect(x, y, Unit, Unit, Palette.Wood, Palette.WoodOutline, 0, 1.5)),
        }.Where(g => g.Count > 0).ToList();

        var height = groups.Select(GroupHeight).Append(Unit).Max();
        var width = groups.Sum(GroupWidth) + Math.Max(0, groups.Count - 1) * GroupGap;
        var svg = new SvgWriter(Math.Max(width, 60) + 2 * Margin, height + 2 * Margin, "Base-ten blocks", Describe(picture), id);
        var left = Margin;
        foreach (var group in groups)
        {
            var top = Margin + height - GroupHeight(group);
            for (var k = 0; k < group.Count; k++)
            {
                // A gap after every fifth rod or one lets pupils see 5 and 10 at a glance, as in a ten frame.
                var extra = group.PerRow == 10 && k % 10 >= 5 ? 6 : 0;
                group.Draw(svg, left + k % group.PerRow * group.CellWidth + extra, top + k / group.PerRow * group.CellHeight);
            }

            left += GroupWidth(group) + GroupGap;
        }

        return svg.Finish();
    }

    private static double GroupWidth(Group group) =>
        Math.Min(group.Count, group.PerRow) * group.CellWidth + (group.PerRow == 10 && group.Count > 5 ? 6 : 0);

    private static double GroupHeight(Group group) => (group.Count + group.PerRow - 1) / group.PerRow * group.CellHeight;

    private static void DrawFlat(SvgWriter svg, double x, double y)
    {
        svg.Rect(x, y, Side, Side, Palette.Wood, Palette.WoodOutline, 0, 2);
        svg.Path(Lines(x, y, (Unit, 0), (0, Side), 9) + Lines(x, y, (0, Unit), (Side, 0), 9), "none", Palette.WoodOutline, 0.8);
    }

    private static void DrawRod(SvgWriter svg, double x, double y)
    {
        svg.Rect(x, y, Unit, Side, Palette.Wood, Palette.WoodOutline, 0, 1.8);
        svg.Path(Lines(x, y, (0, Unit), (Unit, 0), 9), "none", Palette.WoodOutline, 0.8);
    }

    private static void DrawCube(SvgWriter svg, double x, double y)
    {
        var front = y + DepthY;
        var (stepX, stepY) = (DepthX / 10, -DepthY / 10);
        svg.Polygon([(x, front), (x + Side, front), (x + Side + DepthX, y), (x + DepthX, y)], Palette.WoodTop, Palette.WoodOutline, 2)
            .Path(Lines(x, front, (Unit, 0), (DepthX, -DepthY), 9) + Lines(x, front, (stepX, stepY), (Side, 0), 9), "none", Palette.WoodOutline, 0.7)
            .Polygon([(x + Side, front), (x + Side + DepthX, y), (x + Side + DepthX, y + Side), (x + Side, front + Side)], Palette.WoodSide, Palette.WoodOutline, 2)
            .Path(Lines(x + Side, front, (stepX, stepY), (0, Side), 9) + Lines(x + Side, front, (0, Unit), (DepthX, -DepthY), 9), "none", Palette.WoodOutline, 0.7);
        DrawFlat(svg, x, front);
    }

    /// <summary>Path data for <paramref name="count"/> parallel lines: the k-th starts k steps from (x, y) and runs along <paramref name="along"/>.</summary>
    private static string Lines(double x, double y, (double X, double Y) step, (double X, double Y) along, int count)
    {
        var data = new StringBuilder();
        for (var k = 1; k <= count; k++)
        {
            var (startX, startY) = (x + k * step.X, y + k * step.Y);
            data.Append("M ").Append(SvgWriter.Number(startX)).Append(' ').Append(SvgWriter.Number(startY))
                .Append(" l ").Append(SvgWriter.Number(along.X)).Append(' ').Append(SvgWriter.Number(along.Y)).Append(' ');
        }

        return data.ToString();
    }

    private static string Describe(BaseTenBlocksPicture picture) =>
        "Base-ten blocks: " + Prose.List(
        [
            Blocks(picture.Thousands, "thousand cube", "thousand cubes"),
            Blocks(picture.Hundreds, "hundred flat (a 10 by 10 square)", "hundred flats (10 by 10 squares)"),
            Blocks(picture.Tens, "ten rod", "ten rods"),
            Blocks(picture.Ones, "ones cube", "ones cubes"),
        ]) + ".";

    private static string Blocks(int count, string singular, string plural) =>
        count == 0 ? "no " + plural : $"{PupilNumber.Whole(count)} {(count == 1 ? singular : plural)}";
}
