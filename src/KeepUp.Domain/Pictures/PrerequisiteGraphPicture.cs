using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KeepUp.Domain.Curriculum;

namespace KeepUp.Domain.Pictures;

/// <summary>
/// Draws a step's neighbourhood in the prerequisite graph: what it builds on on the left, the
/// step in the middle, what it leads to on the right, each box a link to that step's page.
/// A teacher sees at a glance where today's step comes from and where it is going.
/// </summary>
public static class PrerequisiteGraphPicture
{
    private const double BoxWidth = 250;
    private const double BoxHeight = 58;
    private const double Gap = 14;
    private const double ColumnGap = 70;
    private const double Top = 40;
    private const int MaxPerColumn = 8;

    /// <summary>Renders the picture; <paramref name="link"/> turns a step id into its page address.</summary>
    public static string Render(CurriculumMap curriculum, SmallStep step, Func<StepId, string> link)
    {
        ArgumentNullException.ThrowIfNull(curriculum);
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(link);
        var before = curriculum.PrerequisitesOf(step).Take(MaxPerColumn).ToList();
        var after = curriculum.LeadsTo(step).Take(MaxPerColumn).ToList();
        var rows = Math.Max(1, Math.Max(before.Count, after.Count));
        var height = Top + rows * (BoxHeight + Gap) + 10;
        var width = 3 * BoxWidth + 2 * ColumnGap + 20;

        var svg = new SvgWriter(width, height, $"Where “{step.Title}” sits in the curriculum", Describe(step, before, after), "step-graph", interactive: true)
            .ArrowMarker("#4a5568")
            .Text(10 + BoxWidth / 2, 22, "Builds on", 15, weight: "bold")
            .Text(10 + BoxWidth * 1.5 + ColumnGap, 22, "This step", 15, weight: "bold")
            .Text(10 + BoxWidth * 2.5 + 2 * ColumnGap, 22, "Leads to", 15, weight: "bold");

        var centreY = Top + (rows - 1) * (BoxHeight + Gap) / 2;
        var centreX = 10 + BoxWidth + ColumnGap;
        DrawColumn(svg, before, 10, rows, link, edgeTo: (centreX, centreY + BoxHeight / 2), fromRight: true);
        DrawColumn(svg, after, centreX + BoxWidth + ColumnGap, rows, link, edgeTo: (centreX + BoxWidth, centreY + BoxHeight / 2), fromRight: false);
        DrawBox(svg, step, centreX, centreY, "#fff4d6", "#b7791f");
        if (before.Count == 0)
        {
            svg.Text(10 + BoxWidth / 2, centreY + BoxHeight / 2 + 5, "A starting point", 13, fill: "#4a5568");
        }

        if (after.Count == 0)
        {
            svg.Text(centreX + BoxWidth + ColumnGap + BoxWidth / 2, centreY + BoxHeight / 2 + 5, "Nothing yet builds on it", 13, fill: "#4a5568");
        }

        return svg.Finish();
    }

    private static void DrawColumn(SvgWriter svg, List<SmallStep> steps, double x, int rows, Func<StepId, string> link, (double X, double Y) edgeTo, bool fromRight)
    {
        var offset = (rows - steps.Count) * (BoxHeight + Gap) / 2;
        for (var i = 0; i < steps.Count; i++)
        {
            var y = Top + offset + i * (BoxHeight + Gap);
            // Arrows meet the centre box at spread-out points so their heads stay distinct.
            var meet = edgeTo.Y + (i - (steps.Count - 1) / 2.0) * Math.Min(10, (BoxHeight - 16) / Math.Max(1, steps.Count - 1));
            if (fromRight)
            {
                svg.Line(x + BoxWidth, y + BoxHeight / 2, edgeTo.X - 2, meet, "#4a5568", arrow: true);
            }
            else
            {
                svg.Line(edgeTo.X, meet, x - 2, y + BoxHeight / 2, "#4a5568", arrow: true);
            }

            svg.BeginLink(link(steps[i].Id));
            DrawBox(svg, steps[i], x, y, "#e8f1fb", "#2b6cb0");
            svg.EndLink();
        }
    }

    private static void DrawBox(SvgWriter svg, SmallStep step, double x, double y, string fill, string stroke)
    {
        svg.Rect(x, y, BoxWidth, BoxHeight, fill, stroke);
        var place = string.Create(CultureInfo.InvariantCulture, $"Year {step.Year} · {step.Sequence.BlockTitle}");
        svg.Text(x + 10, y + 17, Wrap(place, 40, 1)[0], 11, "start", "#4a5568");
        var lines = Wrap(step.Title, 34, 2);
        for (var i = 0; i < lines.Count; i++)
        {
            svg.Text(x + 10, y + 34 + i * 15, lines[i], 13, "start");
        }
    }

    private static string Describe(SmallStep step, List<SmallStep> before, List<SmallStep> after)
    {
        static string List(List<SmallStep> steps) => steps.Count == 0
            ? "nothing"
            : string.Join("; ", steps.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Title} (Year {s.Year})")));
        return $"{step.Title} builds on {List(before)}. It leads to {List(after)}.";
    }

    /// <summary>Breaks a title into at most <paramref name="maxLines"/> lines, ending with … when cut.</summary>
    internal static IReadOnlyList<string> Wrap(string text, int width, int maxLines)
    {
        var lines = new List<string>();
        var current = string.Empty;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (current.Length > 0 && current.Length + 1 + word.Length > width)
            {
                lines.Add(current);
                current = word;
            }
            else
            {
                current = current.Length == 0 ? word : current + " " + word;
            }
        }

        lines.Add(current);
        if (lines.Count > maxLines)
        {
            lines = lines.Take(maxLines).ToList();
            var last = lines[^1];
            while (last.Length + 1 > width && last.Contains(' ', StringComparison.Ordinal))
            {
                last = last[..last.LastIndexOf(' ')];
            }

            lines[^1] = last + "…";
        }

        return lines;
    }
}
