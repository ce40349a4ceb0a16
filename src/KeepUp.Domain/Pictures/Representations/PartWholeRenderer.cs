using System.Linq;
using KeepUp.Domain.Practice;

namespace KeepUp.Domain.Pictures.Representations;

/// <summary>
/// Draws a part–whole (cherry) model: the whole in a circle at the top joined to each part below,
/// so pupils see that the parts together make the whole. A missing number is a shaded circle with ?.
/// </summary>
internal static class PartWholeRenderer
{
    private const double Radius = 40;
    private const double PartSpacing = 110;
    private const double WholeY = 55;
    private const double PartsY = 185;

    public static string Render(PartWholePicture picture, string id)
    {
        PictureCheck.Range(picture.Parts.Count, 2, 4, "A part–whole model's number of parts");
        var width = System.Math.Max(280, picture.Parts.Count * PartSpacing + 30);
        var centre = width / 2;
        var svg = new SvgWriter(width, PartsY + Radius + 15, "Part–whole model", Describe(picture), id);
        var partX = Enumerable.Range(0, picture.Parts.Count)
            .Select(i => centre + (i - (picture.Parts.Count - 1) / 2.0) * PartSpacing)
            .ToList();
        foreach (var x in partX)
        {
            svg.Line(centre, WholeY, x, PartsY, Palette.Ink, 2.5);
        }

        DrawCircle(svg, centre, WholeY, picture.Whole);
        for (var i = 0; i < partX.Count; i++)
        {
            DrawCircle(svg, partX[i], PartsY, picture.Parts[i]);
        }

        return svg.Finish();
    }

    private static void DrawCircle(SvgWriter svg, double x, double y, string? label)
    {
        svg.Circle(x, y, Radius, label is null ? Palette.Missing : Palette.Paper, Palette.Ink, 2.5);
        var text = label ?? "?";
        LabelText.Draw(svg, x, y, text, LabelText.Fit(text, 2 * Radius - 14, 26), weight: label is null ? "bold" : "normal");
    }

    private static string Describe(PartWholePicture picture) =>
        $"A part–whole model. The whole is {Prose.Spoken(picture.Whole)}. " +
        $"It is joined to {PupilNumber.Whole(picture.Parts.Count)} parts: {Prose.List(picture.Parts.Select(Prose.Spoken))}.";
}
