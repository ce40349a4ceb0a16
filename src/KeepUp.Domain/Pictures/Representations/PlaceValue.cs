using System;
using System.Collections.Generic;
using KeepUp.Domain.Practice;

namespace KeepUp.Domain.Pictures.Representations;

/// <summary>
/// A place in a place-value chart, read from its heading ("Hundreds", "H", "Tenths", "Tth"), with
/// the value and colour its counters carry. Neighbouring places differ in lightness as well as
/// hue, so ones and tenths stay apart when printed in grey.
/// </summary>
internal sealed record PlaceValue(int Power, string Fill, string TextColour)
{
    private static readonly Dictionary<string, int> Abbreviations = new(StringComparer.Ordinal)
    {
        ["M"] = 6, ["HTh"] = 5, ["TTh"] = 4, ["Th"] = 3, ["H"] = 2, ["T"] = 1, ["O"] = 0, ["U"] = 0,
        ["Tth"] = -1, ["t"] = -1, ["Hth"] = -2, ["h"] = -2, ["Thth"] = -3, ["th"] = -3,
    };

    private static readonly Dictionary<string, int> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["million"] = 6, ["hundredthousand"] = 5, ["tenthousand"] = 4, ["thousand"] = 3, ["hundred"] = 2, ["ten"] = 1,
        ["one"] = 0, ["unit"] = 0, ["tenth"] = -1, ["hundredth"] = -2, ["thousandth"] = -3,
    };

    private static readonly (string Fill, string Text)[] Colours =
    [
        ("#f9a8d4", Palette.Ink), ("#67e8f9", Palette.Ink), ("#fde047", Palette.Ink), ("#c81e1e", Palette.Paper), ("#1d4ed8", Palette.Paper),
        ("#15803d", Palette.Paper), ("#fbbf24", Palette.Ink), ("#6d28d9", Palette.Paper), ("#be185d", Palette.Paper), ("#4b5563", Palette.Paper),
    ];

    /// <summary>The value written on a counter: 1,000, 10, 1, 0.1.</summary>
    public string Text => Power >= 0 ? PupilNumber.Whole(PowerOfTen(Power)) : PupilNumber.Decimal(1m / PowerOfTen(-Power));

    public static PlaceValue Of(string heading)
    {
        var name = heading.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);
        name = name.EndsWith('s') ? name[..^1] : name;
        if (!Abbreviations.TryGetValue(heading.Trim(), out var power) && !Names.TryGetValue(name, out power))
        {
            throw PictureCheck.Invalid($"“{heading}” is not a place-value heading; use Millions … Ones, Tenths, Hundredths, Thousandths or M, HTh, TTh, Th, H, T, O, Tth, Hth, Thth.");
        }

        var (fill, text) = Colours[power + 3];
        return new PlaceValue(power, fill, text);
    }

    private static long PowerOfTen(int power)
    {
        var value = 1L;
        for (var i = 0; i < power; i++)
        {
            value *= 10;
        }

        return value;
    }
}
