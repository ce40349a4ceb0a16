using System.Globalization;
using KeepUp.Domain.Pictures;

namespace KeepUp.Web.Pages.Class;

/// <summary>The "facts secured over time" line chart, as accessible SVG with its numbers in the description.</summary>
public static class FluencyChart
{
    private const double Width = 640;
    private const double Height = 220;
    private const double Left = 48;
    private const double Right = 16;
    private const double Top = 16;
    private const double Bottom = 36;

    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The chart of <paramref name="points"/> (one per day, in order); <paramref name="what"/> names the value, e.g. "facts secured per pupil".</summary>
    public static string Render(IReadOnlyList<(DateOnly Day, double Value)> points, string what, string id)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count == 0)
        {
            return string.Empty;
        }

        var first = points[0];
        var last = points[^1];
        var top = Math.Max(1, Math.Ceiling(points.Max(p => p.Value)));
        var description = string.Create(British, $"From {first.Day:d MMMM yyyy} ({first.Value:0.#} {what}) to {last.Day:d MMMM yyyy} ({last.Value:0.#} {what}).");
        var svg = new SvgWriter(Width, Height, "Facts secured over time", description, id);
        double X(int i) => Left + ((Width - Left - Right) * (points.Count == 1 ? 0.5 : (double)i / (points.Count - 1)));
        double Y(double v) => Top + ((Height - Top - Bottom) * (1 - (v / top)));
        svg.Line(Left, Top, Left, Height - Bottom, "#5a6b7c", 1);
        svg.Line(Left, Height - Bottom, Width - Right, Height - Bottom, "#5a6b7c", 1);
        foreach (var tick in new[] { 0, top / 2, top })
        {
            svg.Line(Left - 4, Y(tick), Width - Right, Y(tick), "#dde4ec", 1);
            svg.Text(Left - 8, Y(tick) + 4, tick.ToString("0.#", British), 12, "end", "#3a4a5c");
        }

        svg.Text(Left, Height - 12, first.Day.ToString("d MMM", British), 12, "start", "#3a4a5c");
        svg.Text(Width - Right, Height - 12, last.Day.ToString("d MMM", British), 12, "end", "#3a4a5c");
        var path = string.Join(' ', points.Select((p, i) => (i == 0 ? "M" : "L") + SvgWriter.Number(X(i)) + " " + SvgWriter.Number(Y(p.Value))));
        svg.Path(path, "none", "#1f4e79", 2.5);
        svg.Circle(X(points.Count - 1), Y(last.Value), 4, "#1f4e79", "#1f4e79");
        return svg.Finish();
    }
}
