using System.Globalization;
using System.Text.RegularExpressions;
using KeepUp.Domain.Practice;

namespace KeepUp.Domain.Tests.Practice.Generators.Measurement;

/// <summary>
/// An independent reader of measures in prompts: "£2 and 35p", "1 m 5 cm", "1 hour 20 minutes",
/// "4.5 km", "three 2p coins". It converts each to a base unit (pence, millimetres, seconds, ml, g)
/// from its own table of units — never the generators' — and solves number sentences with one box
/// ("509 cm = 5 m □ cm", "£3.00 − £1.25 = £□") or finds the sign between two measures.
/// </summary>
internal static partial class MeasureOracle
{
    // Rough imperial equivalents are the ones the steps teach: 1 inch ≈ 2.5 cm, 1 lb ≈ 450 g,
    // 1 pint ≈ 570 ml, 5 miles ≈ 8 km.
    private static readonly Dictionary<string, (string Kind, decimal Factor)> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["£"] = ("money", 100), ["p"] = ("money", 1), ["pence"] = ("money", 1),
        ["km"] = ("length", 1_000_000), ["m"] = ("length", 1000), ["cm"] = ("length", 10), ["mm"] = ("length", 1),
        ["miles"] = ("length", 1_600_000), ["mile"] = ("length", 1_600_000), ["inch"] = ("length", 25), ["inches"] = ("length", 25),
        ["day"] = ("time", 86_400), ["days"] = ("time", 86_400), ["hour"] = ("time", 3600), ["hours"] = ("time", 3600),
        ["minute"] = ("time", 60), ["minutes"] = ("time", 60), ["second"] = ("time", 1), ["seconds"] = ("time", 1),
        ["lb"] = ("mass", 450), ["g"] = ("mass", 1), ["pints"] = ("capacity", 570), ["pint"] = ("capacity", 570), ["ml"] = ("capacity", 1),
        ["(lb)"] = ("mass", 450), ["cubes"] = ("cubes", 1),
    };

    private static readonly Dictionary<string, int> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10,
    };

    private static readonly HashSet<string> Ignored = new(StringComparer.OrdinalIgnoreCase) { "and", "coin", "coins", "note", "notes", "pound" };

    /// <summary>A measure as constant + perBox × (the number in the box), in base units.</summary>
    public sealed record Linear(Fraction Constant, Fraction PerBox, string Kind);

    /// <summary>Reads one measure, possibly with a box in it; null when it is not a measure.</summary>
    public static Linear? Quantity(string text)
    {
        text = text.Trim().TrimEnd('.');
        var times = Times().Match(text);
        if (times.Success)
        {
            var inner = Quantity(times.Groups[2].Value);
            var by = Fraction.FromDecimal(decimal.Parse(times.Groups[1].Value, CultureInfo.InvariantCulture));
            return inner is null ? null : inner with { Constant = inner.Constant * by, PerBox = inner.PerBox * by };
        }

        var constant = Fraction.Zero;
        var perBox = Fraction.Zero;
        string? kind = null;
        string? number = null;
        var pound = false;
        var multiplier = 1;
        foreach (Match token in Tokens().Matches(text))
        {
            var t = token.Value;
            if (t == "£")
            {
                pound = true;
                continue;
            }

            if (t == PupilNumber.Box || char.IsDigit(t[0]))
            {
                if (number is not null)
                {
                    return null;
                }

                number = t;
                if (!pound)
                {
                    continue;
                }

                t = "£";
            }
            else if (NumberWords.TryGetValue(t, out var word) && number is null)
            {
                multiplier = word;
                continue;
            }
            else if (Ignored.Contains(t))
            {
                continue;
            }

            if (number is null || !Units.TryGetValue(t, out var unit) || (kind is not null && kind != unit.Kind))
            {
                return null;
            }

            kind = unit.Kind;
            var factor = Fraction.FromDecimal(unit.Factor) * Fraction.Whole(multiplier);
            if (number == PupilNumber.Box)
            {
                perBox += factor;
            }
            else
            {
                constant += Fraction.FromDecimal(decimal.Parse(number.Replace(",", string.Empty, StringComparison.Ordinal), CultureInfo.InvariantCulture)) * factor;
            }

            (number, pound, multiplier) = (null, false, 1);
        }

        return number is null && kind is not null ? new Linear(constant, perBox, kind) : null;
    }

    /// <summary>Reads a side of a sentence: measures joined by + and −.</summary>
    public static Linear? Side(string text)
    {
        var parts = Regex.Split(text.Trim(), " (?=[+\u2212] )");
        Linear? total = null;
        foreach (var part in parts)
        {
            var negative = part.StartsWith('\u2212');
            var q = Quantity(part.TrimStart('+', '\u2212', ' '));
            if (q is null || (total is not null && total.Kind != q.Kind))
            {
                return null;
            }

            var sign = Fraction.Whole(negative ? -1 : 1);
            total = total is null
                ? new Linear(q.Constant * sign, q.PerBox * sign, q.Kind)
                : total with { Constant = total.Constant + q.Constant * sign, PerBox = total.PerBox + q.PerBox * sign };
        }

        return total;
    }

    /// <summary>The last sentence of a prompt that holds an equation or a comparison.</summary>
    public static string LastSentence(string prompt)
    {
        var sentences = prompt.Split([". ", "? ", ": "], StringSplitOptions.None);
        return sentences[^1].TrimEnd('.');
    }

    /// <summary>The number that fills the box of "A = B" (with measures), or null when it is not such a sentence.</summary>
    public static Fraction? Solve(string sentence)
    {
        var sides = sentence.Split(" = ");
        if (sides.Length != 2 || Side(sides[0]) is not { } left || Side(sides[1]) is not { } right || left.Kind != right.Kind)
        {
            return null;
        }

        var per = left.PerBox - right.PerBox;
        return per == Fraction.Zero ? null : (right.Constant - left.Constant) / per;
    }

    /// <summary>The sign between two measures in "A □ B", or null when it is not such a comparison.</summary>
    public static char? Sign(string sentence)
    {
        var sides = sentence.Split($" {PupilNumber.Box} ");
        if (sides.Length != 2 || Side(sides[0]) is not { PerBox.Numerator: 0 } left || Side(sides[1]) is not { PerBox.Numerator: 0 } right || left.Kind != right.Kind)
        {
            return null;
        }

        var c = left.Constant.CompareTo(right.Constant);
        return c < 0 ? '<' : c > 0 ? '>' : '=';
    }

    /// <summary>A time written h:mm, as minutes after midnight on a 12-hour reading.</summary>
    public static int? Clock(string text)
    {
        var m = ClockTime().Match(text);
        return m.Success ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) % 12 * 60 + int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>Every h:mm time in a text, in order, as minutes on a 12-hour reading.</summary>
    public static List<int> Clocks(string text) =>
        [.. ClockTime().Matches(text).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) % 12 * 60 + int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture))];

    /// <summary>A duration written "1 hour 30 minutes" or "90 minutes", in minutes.</summary>
    public static Fraction? Minutes(string text) => Quantity(text) is { Kind: "time", PerBox.Numerator: 0 } q ? q.Constant / Fraction.Whole(60) : null;

    [GeneratedRegex(@"^(\d+(?:\.\d+)?) \u00D7 (.+)$")]
    private static partial Regex Times();

    [GeneratedRegex(@"£|\u25A1|\d[\d,]*(?:\.\d+)?|\(lb\)|[A-Za-z]+")]
    private static partial Regex Tokens();

    [GeneratedRegex(@"(\d{1,2}):(\d{2})")]
    private static partial Regex ClockTime();
}
