using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KeepUp.Domain.Pictures;

namespace KeepUp.Domain.Programme;

/// <summary>
/// Draws cumulative reach as two column charts side by side — schools taking part and specialists
/// trained — because the two counts differ by an order of magnitude and one shared axis would
/// flatten the specialists' columns. Every column carries its number, so the chart reads in grey
/// print and the figures never depend on judging a height.
/// </summary>
public static class ReachChart
{
    private const double PanelWidth = 360;
    private const double Height = 260;
    private const double Top = 40;
    private const double Bottom = 40;
    private const string SchoolsFill = "#1d4ed8";
    private const string SpecialistsFill = "#b45309";

    /// <summary>The chart as accessible SVG; <paramref name="id"/> must be unique on the page.</summary>
    public static string Render(IReadOnlyList<ReachYear> years, string title, string id)
    {
        ArgumentNullException.ThrowIfNull(years);
        var description = years.Count == 0
            ? "No reach recorded yet."
            : "Cumulative reach by academic year: " + string.Join("; ", years.Select(y => string.Create(CultureInfo.GetCultureInfo("en-GB"),
                $"{y.Year}: {y.Schools:N0} schools, {y.Specialists:N0} specialists"))) + ".";
        var svg = new SvgWriter(PanelWidth * 2, Height, title, description, id);
        Panel(svg, 0, "Schools taking part", years, y => y.Schools, SchoolsFill);
        Panel(svg, PanelWidth, "Mastery Specialists trained", years, y => y.Specialists, SpecialistsFill);
        return svg.Finish();
    }

    private static void Panel(SvgWriter svg, double left, string heading, IReadOnlyList<ReachYear> years, Func<ReachYear, int> value, string fill)
    {
        svg.Text(left + PanelWidth / 2, 22, heading, 15, weight: "bold");
        var baseline = Height - Bottom;
        svg.Line(left + 20, baseline, left + PanelWidth - 20, baseline, "#4a4a4a");
        if (years.Count == 0)
        {
            svg.Text(left + PanelWidth / 2, baseline / 2 + Top / 2, "No records yet", 13, fill: "#4a4a4a");
            return;
        }

        var max = Math.Max(1, years.Max(value));
        var slot = (PanelWidth - 40) / years.Count;
        var width = Math.Min(48, slot * 0.7);
        var labelSize = slot < 36 ? 10 : 12;
        // Long runs of years drop the century ("18/19") and then label every other year, so labels never overlap.
        var shortLabels = slot < 56;
        var labelEvery = slot < 22 ? 2 : 1;
        for (var i = 0; i < years.Count; i++)
        {
            var count = value(years[i]);
            var height = (baseline - Top - 14) * count / max;
            var x = left + 20 + slot * i + (slot - width) / 2;
            svg.Rect(x, baseline - height, width, height, fill, "#1b1b1b", 0, 1);
            if (i % labelEvery == 0 || i == years.Count - 1)
            {
                svg.Text(x + width / 2, baseline - height - 4, count.ToString("N0", CultureInfo.GetCultureInfo("en-GB")), labelSize);
            }
            if (i % labelEvery == 0)
            {
                var label = years[i].Year.ToString();
                svg.Text(x + width / 2, baseline + 16, shortLabels ? label[2..] : label, labelSize);
            }
        }
    }
}
