using System;
using KeepUp.Domain.Practice;

namespace KeepUp.Domain.Pictures.Representations;

/// <summary>
/// Writes a label centred on a point, shrinking it to fit its room, and setting fractions such as
/// 3/4 or 1 1/2 the way pupils write them: numerator over a bar over denominator.
/// </summary>
internal static class LabelText
{
    // A sans-serif digit is a little over half as wide as the font is tall; estimates err wide so labels never collide.
    private const double GlyphWidth = 0.62;
    private const double FractionScale = 0.85;

    /// <summary>How wide the label is drawn at this size.</summary>
    public static double Width(string text, double size)
    {
        if (!TryParseFraction(text, out var prefix, out var numerator, out var denominator))
        {
            return text.Length * GlyphWidth * size;
        }

        var prefixWidth = prefix.Length == 0 ? 0 : prefix.Length * GlyphWidth * size + 2;
        return prefixWidth + Math.Max(numerator.Length, denominator.Length) * GlyphWidth * size * FractionScale + 4;
    }

    /// <summary>How tall the label is drawn at this size (a stacked fraction is about two lines).</summary>
    public static double Height(string text, double size) =>
        TryParseFraction(text, out _, out _, out _) ? 1.9 * FractionScale * size : 0.75 * size;

    /// <summary>The largest size no bigger than <paramref name="max"/> at which the label fits <paramref name="room"/>.</summary>
    public static double Fit(string text, double room, double max, double min = 9) =>
        Math.Clamp(max * room / Math.Max(1, Width(text, max)), min, max);

    /// <summary>Draws the label centred (both ways) on (<paramref name="x"/>, <paramref name="centreY"/>).</summary>
    public static void Draw(SvgWriter svg, double x, double centreY, string text, double size, string fill = Palette.Ink, string weight = "normal")
    {
        if (!TryParseFraction(text, out var prefix, out var numerator, out var denominator))
        {
            svg.Text(x, centreY + size * 0.36, text, size, "middle", fill, weight);
            return;
        }

        var small = size * FractionScale;
        var left = x - Width(text, size) / 2;
        if (prefix.Length > 0)
        {
            svg.Text(left, centreY + size * 0.36, prefix, size, "start", fill, weight);
            left += prefix.Length * GlyphWidth * size + 2;
        }

        var barWidth = Math.Max(numerator.Length, denominator.Length) * GlyphWidth * small + 4;
        var middle = left + barWidth / 2;
        svg.Text(middle, centreY - 0.2 * small, numerator, small, "middle", fill, weight)
            .Line(left, centreY, left + barWidth, centreY, fill, Math.Max(1.2, small / 12))
            .Text(middle, centreY + 0.92 * small, denominator, small, "middle", fill, weight);
    }

    /// <summary>Reads "3/4", "1 1/2" or "−2/3" into the part written before the bar and the two numbers stacked.</summary>
    private static bool TryParseFraction(string text, out string prefix, out string numerator, out string denominator)
    {
        var negative = text.StartsWith(PupilNumber.Minus, StringComparison.Ordinal) || text.StartsWith('-');
        var rest = negative ? text[1..] : text;
        var slash = rest.IndexOf('/', StringComparison.Ordinal);
        var space = slash < 0 ? -1 : rest.LastIndexOf(' ', slash);
        var whole = space < 0 ? string.Empty : rest[..space];
        numerator = slash < 0 ? string.Empty : rest[(space + 1)..slash];
        denominator = slash < 0 ? string.Empty : rest[(slash + 1)..];
        prefix = (negative ? PupilNumber.Minus : string.Empty) + whole;
        return IsDigits(numerator) && IsDigits(denominator) && (whole.Length == 0 || IsDigits(whole));
    }

    private static bool IsDigits(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
