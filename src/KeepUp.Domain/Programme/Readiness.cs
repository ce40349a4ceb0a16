using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KeepUp.Domain.Pictures;

namespace KeepUp.Domain.Programme;

/// <summary>The five areas of Mastery Readiness a school strengthens before its development year.</summary>
public enum ReadinessArea
{
    /// <summary>A shared vision of teaching for mastery and a culture that supports it.</summary>
    VisionAndCulture,

    /// <summary>Staff and pupils believe everyone can succeed in maths.</summary>
    MathematicalMindsets,

    /// <summary>Teachers' subject knowledge and pedagogy for teaching maths.</summary>
    SubjectExpertise,

    /// <summary>Timetabling, planning, assessment and CPD systems that support mastery.</summary>
    SchoolSystems,

    /// <summary>Pupils' fluency with number facts and arithmetic.</summary>
    ArithmeticalProficiency,
}

/// <summary>A school's self-rating of one readiness area: 1 not yet in place to 4 firmly in place.</summary>
public static class ReadinessRatings
{
    /// <summary>The lowest rating.</summary>
    public const int Lowest = 1;

    /// <summary>The highest rating.</summary>
    public const int Highest = 4;

    /// <summary>Every area in the order the programme lists them.</summary>
    public static IReadOnlyList<ReadinessArea> Areas { get; } = Enum.GetValues<ReadinessArea>();

    /// <summary>What a rating means.</summary>
    public static string Describe(int rating) => rating switch
    {
        1 => "Not yet in place",
        2 => "Beginning",
        3 => "Developing well",
        4 => "Firmly in place",
        _ => throw new ArgumentOutOfRangeException(nameof(rating), rating, "Ratings run from 1 to 4."),
    };

    /// <summary>The area's name on screen.</summary>
    public static string Name(this ReadinessArea area) => area switch
    {
        ReadinessArea.VisionAndCulture => "Vision and culture",
        ReadinessArea.MathematicalMindsets => "Mathematical mindsets",
        ReadinessArea.SubjectExpertise => "Subject expertise",
        ReadinessArea.SchoolSystems => "School systems",
        ReadinessArea.ArithmeticalProficiency => "Arithmetical proficiency",
    };
}

/// <summary>One self-audit: a date and a rating (1–4) for each of the five areas.</summary>
/// <param name="Date">When the school rated itself.</param>
/// <param name="Ratings">A rating for every area.</param>
public sealed record ReadinessSnapshot(DateOnly Date, IReadOnlyDictionary<ReadinessArea, int> Ratings);

/// <summary>
/// The readiness profile a Readiness Lead looks at: the latest audit as a bar per area, with the
/// first audit marked on each bar so progress since then shows at a glance (and in words, for a
/// screen reader).
/// </summary>
public static class ReadinessProfile
{
    private const double Width = 640;
    private const double Row = 44;
    private const double Left = 200;

    /// <summary>The profile as accessible SVG; null when there is no audit.</summary>
    public static string? Render(IReadOnlyList<ReadinessSnapshot> audits, string schoolName, string id)
    {
        ArgumentNullException.ThrowIfNull(audits);
        if (audits.Count == 0)
        {
            return null;
        }

        var ordered = audits.OrderBy(a => a.Date).ToList();
        var (first, latest) = (ordered[0], ordered[^1]);
        var gb = CultureInfo.GetCultureInfo("en-GB");
        var description = $"Latest audit on {latest.Date.ToString("d MMMM yyyy", gb)}: " + string.Join("; ", ReadinessRatings.Areas.Select(area =>
            $"{area.Name()} {latest.Ratings[area]} of 4" + (ordered.Count > 1 ? $" (first audit {first.Ratings[area]})" : string.Empty))) + ".";
        var height = 40 + Row * ReadinessRatings.Areas.Count + 30;
        var svg = new SvgWriter(Width, height, $"Mastery Readiness profile: {schoolName}", description, id);
        var scale = (Width - Left - 30) / ReadinessRatings.Highest;
        for (var r = 1; r <= ReadinessRatings.Highest; r++)
        {
            var x = Left + scale * r;
            svg.Line(x, 30, x, height - 30, "#d1d5db", 1);
            svg.Text(x, height - 12, r.ToString(CultureInfo.InvariantCulture), 12);
        }

        for (var i = 0; i < ReadinessRatings.Areas.Count; i++)
        {
            var area = ReadinessRatings.Areas[i];
            var y = 40 + Row * i;
            svg.Text(Left - 10, y + 20, area.Name(), 14, "end");
            svg.Rect(Left, y + 6, scale * latest.Ratings[area], 22, "#1d4ed8", "#1b1b1b", 0, 1);
            if (ordered.Count > 1)
            {
                var x = Left + scale * first.Ratings[area];
                svg.Line(x, y + 2, x, y + 32, "#b45309", 4);
            }
        }

        svg.Text(Left, 20, ordered.Count > 1 ? "Bars: latest audit · orange marks: first audit" : "Bars: latest audit", 12, "start");
        return svg.Finish();
    }
}
