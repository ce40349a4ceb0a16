using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace KeepUp.Domain.Practice.Answers;

/// <summary>
/// Reads what pupils type. Children write numbers in many fair ways — with or without thousands
/// separators, ".5" for 0.5, "3 / 4" with spaces — and a checker that rejects those teaches them
/// nothing about maths.
/// </summary>
public static partial class AnswerText
{
    /// <summary>Trims, folds runs of spaces and maps look-alike characters to plain ones.</summary>
    public static string Tidy(string? written)
    {
        if (string.IsNullOrWhiteSpace(written))
        {
            return string.Empty;
        }

        var text = written
            .Replace('\u2212', '-').Replace('\u2013', '-').Replace('\u00A0', ' ')
            .Replace('\u2044', '/').Replace('\u00F7', '/').Replace('\u2019', '\'')
            .Trim();
        return Spaces().Replace(text, " ");
    }

    /// <summary>Reads a whole number, decimal, fraction or mixed number; null when it is not one.</summary>
    public static WrittenNumber? ReadNumber(string tidy)
    {
        var text = SpacedSlash().Replace(tidy, "/");
        var negative = text.StartsWith('-');
        if (negative)
        {
            text = text[1..].TrimStart();
        }

        var read = ReadUnsigned(text);
        if (read is null || !negative)
        {
            return read;
        }

        return read with { Value = Fraction.Zero - read.Value };
    }

    /// <summary>A hint for an answer that is not a number, kind to a child.</summary>
    public static string NotANumberHint(string tidy) =>
        CommaDecimal().IsMatch(tidy)
            ? "We write decimals with a point, like 2.5. Try again."
            : "That doesn't look like a number. Try writing it with digits, like 42.";

    private static WrittenNumber? ReadUnsigned(string text)
    {
        var mixed = MixedNumber().Match(text);
        if (mixed.Success)
        {
            var whole = long.Parse(mixed.Groups[1].Value, CultureInfo.InvariantCulture);
            var top = long.Parse(mixed.Groups[2].Value, CultureInfo.InvariantCulture);
            var bottom = long.Parse(mixed.Groups[3].Value, CultureInfo.InvariantCulture);
            return bottom == 0 || top >= bottom
                ? null
                : new WrittenNumber(Fraction.Whole(whole) + Fraction.Of(top, bottom), NumberShape.MixedNumber, top, bottom);
        }

        var fraction = SimpleFraction().Match(text);
        if (fraction.Success)
        {
            var top = long.Parse(fraction.Groups[1].Value, CultureInfo.InvariantCulture);
            var bottom = long.Parse(fraction.Groups[2].Value, CultureInfo.InvariantCulture);
            return bottom == 0 ? null : new WrittenNumber(Fraction.Of(top, bottom), NumberShape.Fraction, top, bottom);
        }

        if (!PlainNumber().IsMatch(text) && !SpaceGrouped().IsMatch(text))
        {
            return null;
        }

        var digits = text.Replace(",", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
        if (digits.Length > 18 || !decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        return new WrittenNumber(Fraction.FromDecimal(value), digits.Contains('.', StringComparison.Ordinal) ? NumberShape.Decimal : NumberShape.Whole);
    }

    [GeneratedRegex(" +")]
    private static partial Regex Spaces();

    [GeneratedRegex(" ?/ ?")]
    private static partial Regex SpacedSlash();

    [GeneratedRegex(@"^(\d{1,9}) (\d{1,9})/(\d{1,9})$")]
    private static partial Regex MixedNumber();

    [GeneratedRegex(@"^(\d{1,9})/(\d{1,9})$")]
    private static partial Regex SimpleFraction();

    // Digits with optional comma thousands separators in the right places, then an optional
    // decimal part; also ".5" and "5." which children write.
    [GeneratedRegex(@"^(?=.*\d)((\d{1,3}(,\d{3})+)|\d+)?(\.\d*)?$")]
    private static partial Regex PlainNumber();

    [GeneratedRegex(@"^\d{1,3}( \d{3})+(\.\d+)?$")]
    private static partial Regex SpaceGrouped();

    [GeneratedRegex(@"^\d+,\d{1,2}$")]
    private static partial Regex CommaDecimal();
}
