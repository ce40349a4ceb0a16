using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KeepUp.Domain.Mastery;
using KeepUp.Domain.Pictures;

namespace KeepUp.Domain.Classroom;

/// <summary>
/// Draws the school picture as horizontal stacked bars, one per year group or pupil group, each
/// split by where pupils stand overall. Colour is never the only cue: segments keep a fixed order,
/// "needs same-day help" is striped and "check again" dotted, every wide-enough segment carries its
/// count, and the description says every number for a screen reader. Groups too small to compare
/// get their pupil count and no bar, so nobody reads a trend into two pupils.
/// </summary>
public static class SchoolMasteryChart
{
    /// <summary>The order segments are drawn and listed in: from secure to not yet taught.</summary>
    public static IReadOnlyList<MasteryStatus> Order { get; } =
        [MasteryStatus.Secure, MasteryStatus.KeepingUp, MasteryStatus.CheckAgain, MasteryStatus.NeedsSameDayHelp, MasteryStatus.NotYetTaught];

    private const double Width = 640;
    private const double LabelRight = 150;
    private const double BarLeft = 158;
    private const double BarWidth = 372;
    private const double RowHeight = 32;
    private const double BarHeight = 24;
    private const double LegendHeight = 58;
    private const string Ink = "#1b1b1b";
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>One bar per year group; <paramref name="id"/> must be unique on the page.</summary>
    public static string YearGroups(IReadOnlyList<YearGroupTally> years, string id)
    {
        ArgumentNullException.ThrowIfNull(years);
        var height = LegendHeight + Math.Max(1, years.Count) * RowHeight + 8;
        var description = years.Count == 0
            ? "No pupils on roll yet."
            : "Pupils by where they stand overall on the steps taught. " + string.Join(" ", years.Select(y => Describe(YearName(y.YearGroup), y.Tally)));
        var svg = Start(height, "Keeping up by year group", description, id);
        var top = LegendHeight;
        if (years.Count == 0)
        {
            svg.Text(Width / 2, top + RowHeight / 2 + 5, "No pupils on roll yet", 13, fill: "#4a4a4a");
        }

        foreach (var year in years)
        {
            Bar(svg, top, YearName(year.YearGroup), year.Tally, id);
            top += RowHeight;
        }

        return svg.Finish();
    }

    /// <summary>A pair of bars per pupil group, the group above the rest; <paramref name="id"/> must be unique on the page.</summary>
    public static string PupilGroups(IReadOnlyList<GroupComparison> groups, string id)
    {
        ArgumentNullException.ThrowIfNull(groups);
        const double pairHeight = 22 + 2 * RowHeight + 10;
        var height = LegendHeight + groups.Count * pairHeight + 4;
        var description = "Each pupil group against the rest of the school, pupils by where they stand overall on the steps taught. "
            + string.Join(" ", groups.Select(g => Describe(g.Group.Title(), g.InGroup) + " " + Describe(g.Group.RestTitle(), g.Rest)));
        var svg = Start(height, "Keeping up by pupil group, against the rest", description, id);
        var top = LegendHeight;
        foreach (var group in groups)
        {
            svg.Text(8, top + 15, group.Group.Title() + " against the rest", 14, "start", weight: "bold");
            Bar(svg, top + 22, group.Group.Title(), group.InGroup, id);
            Bar(svg, top + 22 + RowHeight, group.Group.RestTitle(), group.Rest, id);
            top += pairHeight;
        }

        return svg.Finish();
    }

    /// <summary>A year group's name: "Reception" for 0, otherwise "Year n".</summary>
    public static string YearName(int yearGroup) => yearGroup == 0 ? "Reception" : "Year " + yearGroup.ToString(English);

    private static SvgWriter Start(double height, string title, string description, string id)
    {
        var svg = new SvgWriter(Width, height, title, description, id)
            .StripePattern(id + "-help", Fill(MasteryStatus.NeedsSameDayHelp), "#e3a37a");
        for (var i = 0; i < Order.Count; i++)
        {
            // Three keys a row: the longest, "Needs same-day help", fits a third of the width.
            var x = 8 + i % 3 * 210;
            var y = 8 + i / 3 * 24;
            Segment(svg, x, y, 18, 18, Order[i], id);
            svg.Text(x + 24, y + 14, Order[i].Title(), 13, "start");
        }

        return svg;
    }

    private static void Bar(SvgWriter svg, double top, string label, MasteryTally tally, string id)
    {
        var middle = top + BarHeight / 2 + 5;
        svg.Text(LabelRight, middle, label, 13, "end");
        svg.Text(BarLeft + BarWidth + 8, middle, Pupils(tally.Pupils), 13, "start");
        if (tally.TooFewToCompare)
        {
            svg.Path(Outline(BarLeft, top, BarWidth, BarHeight), "none", "#6b6b6b", 1, "4 3");
            svg.Text(BarLeft + 10, middle, tally.Pupils == 0 ? "No pupils" : "Too few to compare", 13, "start", "#3b3b3b");
            return;
        }

        var x = BarLeft;
        foreach (var status in Order)
        {
            var count = tally.PupilsWith(status);
            if (count == 0)
            {
                continue;
            }

            var width = BarWidth * count / tally.Pupils;
            Segment(svg, x, top, width, BarHeight, status, id);
            if (width >= 22)
            {
                svg.Text(x + width / 2, middle, count.ToString(English), 13, weight: "bold");
            }

            x += width;
        }
    }

    private static void Segment(SvgWriter svg, double x, double y, double width, double height, MasteryStatus status, string id)
    {
        svg.Rect(x, y, width, height, status == MasteryStatus.NeedsSameDayHelp ? $"url(#{id}-help)" : Fill(status), Ink, 0, 0.75);
        if (status == MasteryStatus.CheckAgain)
        {
            // Rows of dots: a texture that still tells "check again" from "keeping up" in grey print.
            var dots = string.Join(" ", Enumerable.Range(0, (int)(height / 6)).Select(row =>
                $"M {SvgWriter.Number(x + 3)} {SvgWriter.Number(y + 3 + row * 6)} H {SvgWriter.Number(x + width - 2)}"));
            svg.Path(dots, "none", "#8a6d00", 1.6, "0.1 5");
        }
    }

    private static string Outline(double x, double y, double width, double height) =>
        $"M {SvgWriter.Number(x)} {SvgWriter.Number(y)} H {SvgWriter.Number(x + width)} V {SvgWriter.Number(y + height)} H {SvgWriter.Number(x)} Z";

    // The heat map's colours, so a lead who knows the class page reads the school page at once.
    private static string Fill(MasteryStatus status) => status switch
    {
        MasteryStatus.NotYetTaught => "#f0f0f0",
        MasteryStatus.KeepingUp => "#cfe3f6",
        MasteryStatus.NeedsSameDayHelp => "#f6c9a8",
        MasteryStatus.Secure => "#7fc08a",
        MasteryStatus.CheckAgain => "#f3e08a",
    };

    private static string Describe(string name, MasteryTally tally) => tally.TooFewToCompare
        ? $"{name}: {Pupils(tally.Pupils)}, too few to compare."
        : $"{name}: {Pupils(tally.Pupils)}, " + string.Join(", ", Order.Select(s => $"{tally.PupilsWith(s).ToString(English)} {Phrase(s)}")) + ".";

    private static string Phrase(MasteryStatus status) => status switch
    {
        MasteryStatus.NotYetTaught => "not yet taught",
        MasteryStatus.KeepingUp => "keeping up",
        MasteryStatus.NeedsSameDayHelp => "needing same-day help",
        MasteryStatus.Secure => "secure",
        MasteryStatus.CheckAgain => "to check again",
    };

    private static string Pupils(int count) => count.ToString("N0", English) + (count == 1 ? " pupil" : " pupils");
}
