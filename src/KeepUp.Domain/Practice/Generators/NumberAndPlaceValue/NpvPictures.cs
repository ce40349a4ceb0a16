using System;
using System.Collections.Generic;
using KeepUp.Domain.Pictures.Representations;

namespace KeepUp.Domain.Practice.Generators.NumberAndPlaceValue;

/// <summary>The pictures the number and place value families share: blocks, charts and number lines.</summary>
internal static class NpvPictures
{
    private static readonly string[] Headings =
        ["Ones", "Tens", "Hundreds", "Thousands", "Ten thousands", "Hundred thousands", "Millions", "Ten millions"];

    private static readonly string[] DecimalHeadings = ["Tenths", "Hundredths", "Thousandths"];

    /// <summary>Base-ten blocks while pupils can still picture them (below 10,000); a chart above.</summary>
    public static Picture BlocksOrChart(long number) => number < 10_000
        ? new BaseTenBlocksPicture((int)(number / 1000), PlaceValue.DigitIn(number, 100), PlaceValue.DigitIn(number, 10), PlaceValue.DigitIn(number, 1))
        : Chart(number);

    /// <summary>A place-value chart with a column for every place of the number, at least <paramref name="places"/> columns.</summary>
    public static PlaceValueChartPicture Chart(long number, int places = 1)
    {
        var columns = new List<PlaceValueColumn>();
        var count = Math.Max(places, DigitCount(number));
        for (var e = count - 1; e >= 0; e--)
        {
            columns.Add(new PlaceValueColumn(Headings[e], PlaceValue.DigitIn(number, PlaceValue.Power(e))));
        }

        return new PlaceValueChartPicture(columns);
    }

    /// <summary>A chart with ones and decimal columns, for a number with up to three decimal places.</summary>
    public static PlaceValueChartPicture DecimalChart(Fraction number, int decimals)
    {
        var scaled = (long)(number.ToDecimal() * PlaceValue.Power(decimals));
        var columns = new List<PlaceValueColumn>();
        var wholes = scaled / PlaceValue.Power(decimals);
        for (var e = DigitCount(wholes) - 1; e >= 0; e--)
        {
            columns.Add(new PlaceValueColumn(Headings[e], PlaceValue.DigitIn(wholes, PlaceValue.Power(e))));
        }

        for (var d = 1; d <= decimals; d++)
        {
            columns.Add(new PlaceValueColumn(DecimalHeadings[d - 1], PlaceValue.DigitIn(scaled, PlaceValue.Power(decimals - d))));
        }

        return new PlaceValueChartPicture(columns);
    }

    /// <summary>The number of digits of a whole number (1 for 0).</summary>
    public static int DigitCount(long number)
    {
        var count = 1;
        for (var n = Math.Abs(number); n >= 10; n /= 10)
        {
            count++;
        }

        return count;
    }
}

/// <summary>First names for word problems: short, varied and from many backgrounds.</summary>
internal static class PupilNames
{
    private static readonly string[] Names =
        ["Amir", "Bea", "Chen", "Dara", "Eshan", "Freya", "Grace", "Hamza", "Isla", "Jomo", "Kofi", "Lena",
         "Mia", "Nadia", "Oscar", "Priya", "Ravi", "Sofia", "Tariq", "Yusuf", "Zara", "Ali", "Kai", "Noor"];

    /// <summary>A name picked with the set's dice.</summary>
    public static string Pick(Dice dice) => dice.Pick(Names);
}

/// <summary>Number choices the families share.</summary>
internal static class Numbers
{
    /// <summary>
    /// A multiple of <paramref name="of"/> from <paramref name="from"/> to <paramref name="to"/>,
    /// other than <paramref name="except"/> when there is another.
    /// </summary>
    public static long PickMultiple(Dice dice, long from, long to, long of, long? except = null)
    {
        var lowest = (long)Math.Ceiling(from / (double)of);
        var highest = (long)Math.Floor(to / (double)of);
        if (highest < lowest || (except is not null && highest == lowest && lowest * of == except))
        {
            throw new GeneratorConstraintException($"No multiple of {of} between {from} and {to}.");
        }

        var k = lowest + (long)dice.Between(0, (int)Math.Min(int.MaxValue - 1, highest - lowest));
        if (k * of == except)
        {
            k = k < highest ? k + 1 : k - 1;
        }

        return k * of;
    }

    /// <summary>A number between two bounds, both included.</summary>
    public static long Between(Dice dice, long low, long high) => low + dice.Between(0, (int)(high - low));
}
