using System;
using System.Globalization;

namespace KeepUp.Domain.Practice;

/// <summary>
/// Writes numbers the way pupils see them in England: thousands separated by commas (1,000),
/// a leading zero on decimals (0.5), pounds with two decimal places (£2.50), pence with p (35p),
/// and a true minus sign (−) rather than a hyphen.
/// </summary>
public static class PupilNumber
{
    // Built by hand rather than looked up, so a server without ICU data (or with a different
    // default culture) still writes 1,000.5 and never 1.000,5.
    private static readonly NumberFormatInfo EnglishGb = new()
    {
        NumberGroupSeparator = ",",
        NumberDecimalSeparator = ".",
        NegativeSign = "-",
        NumberGroupSizes = [3],
    };

    /// <summary>The minus sign shown to pupils.</summary>
    public const string Minus = "\u2212";

    /// <summary>The multiplication sign shown to pupils.</summary>
    public const string Times = "\u00D7";

    /// <summary>The division sign shown to pupils.</summary>
    public const string Divide = "\u00F7";

    /// <summary>The box a missing number goes in.</summary>
    public const string Box = "\u25A1";

    /// <summary>A whole number: 1,000; −5.</summary>
    public static string Whole(long value) => Signed(value < 0, Math.Abs(value).ToString("#,0", EnglishGb));

    /// <summary>
    /// A decimal with as many places as it needs (0.5, 2.75, 1,000.25); whole values have none.
    /// </summary>
    public static string Decimal(decimal value) => Signed(value < 0, Math.Abs(value).ToString("#,0.##########", EnglishGb));

    /// <summary>A decimal with a fixed number of places (3.50 when talking about tenths and hundredths).</summary>
    public static string Decimal(decimal value, int places) =>
        Signed(value < 0, Math.Abs(value).ToString("#,0." + new string('0', places), EnglishGb));

    /// <summary>A value that may be a fraction, written as a decimal when it has one.</summary>
    public static string Decimal(Fraction value) => Decimal(value.ToDecimal());

    /// <summary>A fraction as pupils write it: 3/4, or a whole number when it is one.</summary>
    public static string FractionText(Fraction value) => value.IsWhole
        ? Whole(value.Numerator)
        : Signed(value.IsNegative, $"{Math.Abs(value.Numerator).ToString(EnglishGb)}/{value.Denominator.ToString(EnglishGb)}");

    /// <summary>A fraction greater than one as a mixed number: 1 3/4.</summary>
    public static string Mixed(Fraction value)
    {
        if (value.IsWhole || Math.Abs(value.Numerator) < value.Denominator)
        {
            return FractionText(value);
        }

        var whole = Math.Abs(value.Numerator) / value.Denominator;
        var rest = Math.Abs(value.Numerator) % value.Denominator;
        return Signed(value.IsNegative, $"{whole.ToString(EnglishGb)} {rest.ToString(EnglishGb)}/{value.Denominator.ToString(EnglishGb)}");
    }

    /// <summary>An amount of money: £2.50 from 250 pence, or 35p below a pound.</summary>
    public static string Money(long pence) => Math.Abs(pence) < 100
        ? Signed(pence < 0, $"{Math.Abs(pence).ToString(EnglishGb)}p")
        : Pounds(pence);

    /// <summary>An amount always in pounds: £0.35, £2.50, £1,200.00.</summary>
    public static string Pounds(long pence) => Signed(pence < 0, "£" + (Math.Abs(pence) / 100m).ToString("#,0.00", EnglishGb));

    /// <summary>A time on a 12-hour clock in digits: 3:05.</summary>
    public static string Time12(int hour, int minute) =>
        $"{(hour % 12 == 0 ? 12 : hour % 12).ToString(EnglishGb)}:{minute.ToString("00", EnglishGb)}";

    /// <summary>A time on the 24-hour clock: 15:05.</summary>
    public static string Time24(int hour, int minute) => $"{hour.ToString("00", EnglishGb)}:{minute.ToString("00", EnglishGb)}";

    private static string Signed(bool negative, string digits) => negative ? Minus + digits : digits;
}
