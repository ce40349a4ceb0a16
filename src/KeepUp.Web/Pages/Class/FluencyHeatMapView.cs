using System.Globalization;
using KeepUp.Domain.Fluency;

namespace KeepUp.Web.Pages.Class;

/// <summary>What the heat map partial draws: a pupil's or a class's 12 × 12 map, with colour bands that always come with their numbers.</summary>
public sealed record FluencyHeatMapView(TablesHeatMap Map, bool ForClass, string Caption)
{
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The colour band of a square: the numbers are printed in it too, so colour is never the only cue.</summary>
    public static string Band(HeatMapCell cell, bool forClass)
    {
        ArgumentNullException.ThrowIfNull(cell);
        if (cell.Accuracy is not { } accuracy)
        {
            return "fm-none";
        }

        // A class square counts as secure when most of the pupils who tried it have it secure.
        var secure = forClass ? cell.Pupils > 0 && cell.SecurePupils * 2 > cell.Pupils : cell.SecurePupils > 0;
        return secure ? "fm-secure" : accuracy < 0.6 ? "fm-low" : accuracy < 0.85 ? "fm-mid" : "fm-high";
    }

    public static string Percent(HeatMapCell cell) =>
        cell?.Accuracy is { } accuracy ? accuracy.ToString("0%", British) : string.Empty;

    /// <summary>The median time of the right answers, or null when none was right (the square then says so to screen readers only).</summary>
    public static string? Seconds(HeatMapCell cell) =>
        cell?.MedianMilliseconds is { } ms ? (ms / 1000.0).ToString("0.0", British) + " s" : null;

    /// <summary>The facts to name next for a pupil: their own year's first, since earlier years' gaps show on the map and in the count.</summary>
    public static IEnumerable<Fact> NextToSecure(ExpectationProgress progress, int count)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var own = progress.NotYetSecure.Where(f => f.Year == progress.Year).ToList();
        return (own.Count > 0 ? own : progress.NotYetSecure).Take(count);
    }

    public static string Describe(HeatMapCell cell, bool forClass)
    {
        ArgumentNullException.ThrowIfNull(cell);
        var text = string.Create(British, $"{cell.A} × {cell.B}: {cell.Correct} of {cell.Attempts} answers right");
        return forClass ? string.Create(British, $"{text}; {cell.SecurePupils} of {cell.Pupils} pupils secure") : text;
    }
}
