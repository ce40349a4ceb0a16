using System.Collections.Generic;
using System.Linq;
using KeepUp.Domain.Practice;

namespace KeepUp.Domain.Pictures.Representations;

/// <summary>
/// Draws fraction bars: each whole the same length, split into equal parts, with shaded parts
/// both darker and striped so the fraction reads the same on screen and in black-and-white print.
/// </summary>
internal static class FractionBarRenderer
{
    private const double Margin = 12;
    private const double BarWidth = 480;
    private const double BarHeight = 50;
    private const double Gap = 14;

    public static string Render(FractionBarPicture picture, string id)
    {
        PictureCheck.Range(picture.Parts, 1, 100, "A fraction bar's number of equal parts");
        PictureCheck.Range(picture.Wholes, 1, 10, "A fraction bar picture's number of wholes");
        PictureCheck.Range(picture.Shaded, 0, picture.Parts * picture.Wholes, "A fraction bar's shaded parts");
        var title = picture.Wholes == 1 ? "Fraction bar" : "Fraction bars";
        var svg = new SvgWriter(2 * Margin + BarWidth, 2 * Margin + picture.Wholes * (BarHeight + Gap) - Gap, title, Describe(picture), id);
        var shade = id + "-shade";
        svg.StripePattern(shade, Palette.Shade, Palette.ShadeStripe);
        var part = BarWidth / picture.Parts;
        for (var whole = 0; whole < picture.Wholes; whole++)
        {
            var top = Margin + whole * (BarHeight + Gap);
            for (var k = 0; k < picture.Parts; k++)
            {
                var shaded = whole * picture.Parts + k < picture.Shaded;
                svg.Rect(Margin + k * part, top, part, BarHeight, shaded ? $"url(#{shade})" : Palette.Paper, Palette.Ink, 0, 2);
            }

            svg.Rect(Margin, top, BarWidth, BarHeight, "none", Palette.Ink, 0, 3);
        }

        return svg.Finish();
    }

    private static string Describe(FractionBarPicture picture)
    {
        var parts = $"{PupilNumber.Whole(picture.Parts)} equal {(picture.Parts == 1 ? "part" : "parts")}";
        if (picture.Wholes == 1)
        {
            return $"A fraction bar split into {parts}, with {PupilNumber.Whole(picture.Shaded)} shaded.";
        }

        var perBar = new List<string>();
        for (var whole = 0; whole < picture.Wholes; whole++)
        {
            var shaded = System.Math.Clamp(picture.Shaded - whole * picture.Parts, 0, picture.Parts);
            perBar.Add(shaded == picture.Parts ? "all its parts shaded" : shaded == 0 ? "no parts shaded" : $"{PupilNumber.Whole(shaded)} {(shaded == 1 ? "part" : "parts")} shaded");
        }

        return $"{PupilNumber.Whole(picture.Wholes)} fraction bars of the same length, one under another, each split into {parts}. " +
            $"From the top: {Prose.List(perBar.Select((s, i) => $"bar {i + 1} has {s}"))}.";
    }
}
