using KeepUp.Domain.Practice.Answers;

namespace KeepUp.Domain.Practice.Generators.AdditionAndSubtraction;

/// <summary>
/// Numbers held as whole counts of their smallest place (235 hundredths for 2.35), so that
/// column work, exchanges and one-place changes are exact integer arithmetic whatever the
/// number of decimal places; shown and checked as pupils write them.
/// </summary>
internal static class Amounts
{
    /// <summary>The number as pupils see it: 1,250 or 2.35.</summary>
    public static string Show(long count, int places) =>
        places == 0 ? PupilNumber.Whole(count) : PupilNumber.Decimal(Value(count, places));

    /// <summary>The exact value of a count of the smallest place.</summary>
    public static Fraction Value(long count, int places) => Fraction.Of(count, PlaceValue.Power(places));

    /// <summary>The expected answer, whole or decimal as the places say.</summary>
    public static NumberAnswer Answer(long count, int places) =>
        places == 0 ? NumberAnswer.Whole(count) : NumberAnswer.Decimal(Value(count, places));

    /// <summary>The sign pupils see for an operation: +, −, × or ÷.</summary>
    public static string Sign(char op) => op switch
    {
        '+' => "+",
        '-' or '−' => PupilNumber.Minus,
        '*' or '×' => PupilNumber.Times,
        '/' or '÷' => PupilNumber.Divide,
        _ => throw new System.ArgumentOutOfRangeException(nameof(op), op, "Not an operation."),
    };

    /// <summary>The number of digits of a positive whole number (1 for 0–9).</summary>
    public static int Digits(long number)
    {
        var digits = 1;
        for (var n = System.Math.Abs(number); n >= 10; n /= 10)
        {
            digits++;
        }

        return digits;
    }

    /// <summary>The number rounded to the nearest multiple of a power of ten, halves rounding up.</summary>
    public static long RoundTo(long number, long unit) => (number + unit / 2) / unit * unit;

    /// <summary>
    /// The name of the place a count of the smallest place stands for: with 2 decimal places a
    /// count of 10 is "tenths", with none a count of 100 is "hundreds".
    /// </summary>
    public static string PlaceName(long unitCount, int places)
    {
        var exponent = Digits(unitCount) - 1 - places;
        return exponent switch
        {
            -1 => "tenths",
            -2 => "hundredths",
            -3 => "thousandths",
            _ => PlaceValue.NameOf(PlaceValue.Power(exponent)),
        };
    }
}
