using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KeepUp.Domain.Practice;

namespace KeepUp.Domain.Pictures.Representations;

/// <summary>The plain words picture descriptions are built from: counts, lists and ordinals a screen reader says naturally.</summary>
internal static class Prose
{
    private static readonly string[] Words =
    [
        "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
    ];

    /// <summary>"one coin", "two coins", "21 coins".</summary>
    public static string Count(int count, string singular, string plural) =>
        (count >= 0 && count < Words.Length ? Words[count] : PupilNumber.Whole(count)) + " " + (count == 1 ? singular : plural);

    /// <summary>"a", "a and b", "a, b and c".</summary>
    public static string List(IEnumerable<string> items)
    {
        var all = items.ToList();
        return all.Count switch
        {
            0 => string.Empty,
            1 => all[0],
            _ => string.Join(", ", all.Take(all.Count - 1)) + " and " + all[^1],
        };
    }

    /// <summary>"1st", "2nd", "3rd", "11th", "22nd".</summary>
    public static string Ordinal(long number)
    {
        var suffix = (number % 100) is 11 or 12 or 13 ? "th" : (number % 10) switch
        {
            1 => "st",
            2 => "nd",
            3 => "rd",
            _ => "th",
        };
        return number.ToString(CultureInfo.InvariantCulture) + suffix;
    }

    /// <summary>A label as it is read aloud: a missing number is "a question mark".</summary>
    public static string Spoken(string? label) => label is null or "?" ? "a question mark" : label;
}
