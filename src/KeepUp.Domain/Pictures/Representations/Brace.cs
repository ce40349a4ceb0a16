namespace KeepUp.Domain.Pictures.Representations;

/// <summary>A curly brace spanning part of a bar model, the way teachers draw a total or a difference.</summary>
internal static class Brace
{
    /// <summary>Height a brace takes up, from the edge it hugs to its point.</summary>
    public const double Depth = 14;

    /// <summary>
    /// Draws a horizontal brace from <paramref name="left"/> to <paramref name="right"/>: its ends sit on
    /// <paramref name="edge"/> and its point sticks out upwards (<paramref name="upwards"/>) or downwards.
    /// Returns the y of the point, where the label goes.
    /// </summary>
    public static double Draw(SvgWriter svg, double left, double right, double edge, bool upwards)
    {
        // Inset the ends so a total brace and a difference brace that meet do not join into one.
        (left, right) = (left + 2, right - 2);
        var direction = upwards ? -1 : 1;
        var middle = edge + direction * Depth / 2;
        var tip = edge + direction * Depth;
        var centre = (left + right) / 2;
        var curl = System.Math.Min(10, (right - left) / 4);
        static string N(double v) => SvgWriter.Number(v);
        var data = $"M {N(left)} {N(edge)} Q {N(left)} {N(middle)} {N(left + curl)} {N(middle)} L {N(centre - curl)} {N(middle)} " +
            $"Q {N(centre)} {N(middle)} {N(centre)} {N(tip)} Q {N(centre)} {N(middle)} {N(centre + curl)} {N(middle)} " +
            $"L {N(right - curl)} {N(middle)} Q {N(right)} {N(middle)} {N(right)} {N(edge)}";
        svg.Path(data, "none", Palette.Ink, 2);
        return tip;
    }
}
