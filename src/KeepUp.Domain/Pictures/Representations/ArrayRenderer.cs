using KeepUp.Domain.Practice;

namespace KeepUp.Domain.Pictures.Representations;

/// <summary>
/// Draws an array: equal rows of counters in straight lines, so pupils can see it as rows of a
/// number or columns of another (3 rows of 4 is also 4 columns of 3).
/// </summary>
internal static class ArrayRenderer
{
    private const double Spacing = 38;
    private const double Radius = 14;
    private const double Margin = 14;

    public static string Render(ArrayPicture picture, string id)
    {
        PictureCheck.Range(picture.Rows, 1, 12, "An array's rows");
        PictureCheck.Range(picture.Columns, 1, 20, "An array's columns");
        var svg = new SvgWriter(2 * Margin + picture.Columns * Spacing, 2 * Margin + picture.Rows * Spacing, "Array", Describe(picture), id);
        svg.Rect(Margin / 2, Margin / 2, Margin + picture.Columns * Spacing, Margin + picture.Rows * Spacing, Palette.Faint, Palette.Grid, 8, 1.5);
        for (var row = 0; row < picture.Rows; row++)
        {
            for (var column = 0; column < picture.Columns; column++)
            {
                svg.Circle(Margin + (column + 0.5) * Spacing, Margin + (row + 0.5) * Spacing, Radius, Palette.CounterRed, Palette.CounterRedOutline, 2);
            }
        }

        return svg.Finish();
    }

    private static string Describe(ArrayPicture picture) =>
        $"An array of counters in {PupilNumber.Whole(picture.Rows)} {(picture.Rows == 1 ? "row" : "equal rows")} " +
        $"with {PupilNumber.Whole(picture.Columns)} {(picture.Columns == 1 ? "counter" : "counters")} in each row " +
        $"({PupilNumber.Whole(picture.Columns)} {(picture.Columns == 1 ? "column" : "columns")}).";
}
