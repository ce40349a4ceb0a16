using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KeepUp.Domain.Pictures;

namespace KeepUp.Domain.Programme;

/// <summary>The five-point agreement scale of a survey's Likert questions.</summary>
public static class LikertScale
{
    /// <summary>The points, 1 to 5, as participants see them.</summary>
    public static IReadOnlyList<string> Points { get; } = ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"];

    /// <summary>How many answers chose each point (index 0 is point 1), ignoring anything outside 1–5.</summary>
    public static IReadOnlyList<int> Distribution(IEnumerable<int> answers)
    {
        var counts = new int[Points.Count];
        foreach (var answer in answers)
        {
            if (answer >= 1 && answer <= Points.Count)
            {
                counts[answer - 1]++;
            }
        }

        return counts;
    }

    /// <summary>
    /// One question's distribution as a horizontal bar chart, a bar per point with its count and
    /// percentage written beside it, so the numbers never depend on reading bar lengths.
    /// </summary>
    public static string Chart(string question, IReadOnlyList<int> distribution, string id)
    {
        ArgumentNullException.ThrowIfNull(distribution);
        var total = distribution.Sum();
        string Share(int count) => total == 0 ? "0%" : (count / (double)total).ToString("0%", CultureInfo.GetCultureInfo("en-GB"));
        var description = $"{total} answers: " + string.Join("; ", Points.Select((p, i) => $"{p} {distribution[i]} ({Share(distribution[i])})")) + ".";
        const double left = 230, width = 640, row = 30;
        var svg = new SvgWriter(width, 20 + row * Points.Count, question, description, id);
        var max = Math.Max(1, distribution.Max());
        for (var i = 0; i < Points.Count; i++)
        {
            var y = 10 + row * i;
            svg.Text(left - 8, y + 16, Points[i], 13, "end");
            var length = (width - left - 110) * distribution[i] / max;
            svg.Rect(left, y + 3, Math.Max(length, 1), 20, "#1d4ed8", "#1b1b1b", 0, 1);
            svg.Text(left + length + 8, y + 17, $"{distribution[i]} ({Share(distribution[i])})", 13, "start");
        }

        return svg.Finish();
    }
}
