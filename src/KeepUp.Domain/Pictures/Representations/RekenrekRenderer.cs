using KeepUp.Domain.Practice;

namespace KeepUp.Domain.Pictures.Representations;

/// <summary>
/// Draws a rekenrek: two wires of ten beads, five red then five white on each, so fives and tens
/// are seen without counting. Beads pushed to the left are the ones counted; the rest wait at the right.
/// </summary>
internal static class RekenrekRenderer
{
    private const double Radius = 15;
    private const double Pitch = 31;
    private const double Inner = 520;
    private const double Post = 16;
    private const double Margin = 8;
    private const double RowGap = 50;
    private const double FirstRow = Margin + 32;

    public static string Render(RekenrekPicture picture, string id)
    {
        PictureCheck.Range(picture.TopRow, 0, 10, "The beads pushed left on a rekenrek's top row");
        PictureCheck.Range(picture.BottomRow, 0, 10, "The beads pushed left on a rekenrek's bottom row");
        var left = Margin + Post;
        var height = FirstRow + RowGap + 32 + Margin;
        var svg = new SvgWriter(2 * (Margin + Post) + Inner, height, "Rekenrek", Describe(picture), id);
        svg.Rect(Margin, Margin, Post, height - 2 * Margin, Palette.WoodSide, Palette.WoodOutline, 3, 2)
            .Rect(left + Inner, Margin, Post, height - 2 * Margin, Palette.WoodSide, Palette.WoodOutline, 3, 2);
        DrawRow(svg, left, FirstRow, picture.TopRow);
        DrawRow(svg, left, FirstRow + RowGap, picture.BottomRow);
        return svg.Finish();
    }

    private static void DrawRow(SvgWriter svg, double left, double y, int pushed)
    {
        svg.Line(left, y, left + Inner, y, Palette.Grid, 3);
        for (var bead = 0; bead < 10; bead++)
        {
            var x = bead < pushed
                ? left + 2 + Radius + bead * Pitch
                : left + Inner - 2 - Radius - (9 - bead) * Pitch;
            var red = bead < 5;
            svg.Circle(x, y, Radius, red ? Palette.CounterRed : Palette.Paper, red ? Palette.CounterRedOutline : Palette.Ink, 2);
        }
    }

    private static string Describe(RekenrekPicture picture) =>
        "A rekenrek with two rows of 10 beads; each row has 5 red beads then 5 white beads. " +
        $"On the top row {Row(picture.TopRow)}. On the bottom row {Row(picture.BottomRow)}.";

    private static string Row(int pushed)
    {
        var red = System.Math.Min(5, pushed);
        var white = pushed - red;
        var colours = pushed == 0 ? string.Empty
            : white == 0 ? $" ({PupilNumber.Whole(red)} red)"
            : $" ({PupilNumber.Whole(red)} red and {PupilNumber.Whole(white)} white)";
        return pushed switch
        {
            0 => "no beads are pushed to the left; all 10 are at the right",
            10 => "all 10 beads are pushed to the left",
            _ => $"{PupilNumber.Whole(pushed)} {(pushed == 1 ? "bead is" : "beads are")} pushed to the left{colours} and {PupilNumber.Whole(10 - pushed)} {(10 - pushed == 1 ? "is" : "are")} at the right",
        };
    }
}
