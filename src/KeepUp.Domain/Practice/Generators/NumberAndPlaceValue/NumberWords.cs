using System.Collections.Generic;

namespace KeepUp.Domain.Practice.Generators.NumberAndPlaceValue;

/// <summary>
/// Whole numbers in words as they are said in England: "forty-seven", "three hundred and five",
/// "four million, twenty thousand and six".
/// </summary>
internal static class NumberWords
{
    private static readonly string[] Small =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];

    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    /// <summary>The number in words, from zero to 99,999,999.</summary>
    public static string Of(long number)
    {
        if (number == 0)
        {
            return Small[0];
        }

        var groups = new List<string>();
        var millions = number / 1_000_000;
        var thousands = number / 1000 % 1000;
        var rest = number % 1000;
        if (millions > 0)
        {
            groups.Add(BelowThousand(millions, false) + " million");
        }

        if (thousands > 0)
        {
            groups.Add(BelowThousand(thousands, false) + " thousand");
        }

        if (rest > 0)
        {
            groups.Add(BelowThousand(rest, groups.Count > 0 && rest < 100));
        }

        // "and" joins a last group below one hundred without a comma: "forty thousand and six".
        var text = groups[0];
        for (var i = 1; i < groups.Count; i++)
        {
            text += groups[i].StartsWith("and ", System.StringComparison.Ordinal) ? " " + groups[i] : ", " + groups[i];
        }

        return text;
    }

    private static string BelowThousand(long n, bool leadingAnd)
    {
        var hundreds = n / 100;
        var rest = n % 100;
        var restText = rest == 0 ? string.Empty : BelowHundred(rest);
        if (hundreds == 0)
        {
            return leadingAnd ? "and " + restText : restText;
        }

        return rest == 0 ? $"{Small[hundreds]} hundred" : $"{Small[hundreds]} hundred and {restText}";
    }

    private static string BelowHundred(long n) =>
        n < 20 ? Small[n] : n % 10 == 0 ? Tens[n / 10] : $"{Tens[n / 10]}-{Small[n % 10]}";

    /// <summary>A number's non-zero digits with their places: "4 tens and 3 ones".</summary>
    public static string Places(long number)
    {
        var parts = new List<string>();
        for (var e = NpvPictures.DigitCount(number) - 1; e >= 0; e--)
        {
            var digit = PlaceValue.DigitIn(number, PlaceValue.Power(e));
            if (digit > 0)
            {
                var name = e == 7 ? "ten millions" : PlaceValue.NameOf(PlaceValue.Power(e));
                parts.Add($"{digit} {(digit == 1 ? Singular(name) : name)}");
            }
        }

        return parts.Count switch
        {
            0 => "nothing",
            1 => parts[0],
            _ => string.Join(", ", parts.GetRange(0, parts.Count - 1)) + " and " + parts[^1],
        };
    }

    /// <summary>A count with its noun, singular for one: "1 ten", "3 tens", "1 interval".</summary>
    public static string Count(long n, string plural) => n == 1 ? $"1 {Singular(plural)}" : $"{n} {plural}";

    /// <summary>A place name for one of it: "ones" → "one", "tens" → "ten".</summary>
    public static string Singular(string place) => place.EndsWith('s') ? place[..^1] : place;
}
