using System;
using System.Collections.Generic;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Answers;

namespace KeepUp.Domain.Practice.Generators.DecimalsAndPercentages;

/// <summary>Small helpers shared by the decimals and percentages families.</summary>
internal static class Decimals
{
    private static readonly string[] Headings =
        ["Thousandths", "Hundredths", "Tenths", "Ones", "Tens", "Hundreds", "Thousands", "Ten thousands", "Hundred thousands", "Millions"];

    private static readonly string[] PlaceNames = ["thousandths", "hundredths", "tenths", "ones", "tens", "hundreds", "thousands"];

    /// <summary>A decimal as pupils write it.</summary>
    public static string Text(decimal value) => PupilNumber.Decimal(value);

    /// <summary>An exact decimal answer.</summary>
    public static NumberAnswer Answer(decimal value) => NumberAnswer.Decimal(Fraction.FromDecimal(value));

    /// <summary>10 to the power of an exponent (−3 to 6).</summary>
    public static decimal Pow(int exponent)
    {
        var result = 1m;
        for (var i = 0; i < Math.Abs(exponent); i++)
        {
            result *= 10m;
        }

        return exponent >= 0 ? result : 1m / result;
    }

    /// <summary>The digit of a non-negative value in the place 10^exponent.</summary>
    public static int Digit(decimal value, int exponent) => (int)(decimal.Floor(value / Pow(exponent)) % 10m);

    /// <summary>The name of the place 10^exponent ("tenths").</summary>
    public static string PlaceName(int exponent) => PlaceNames[exponent + 3];

    /// <summary>The exponent of the highest non-zero digit (0 for values below 10, at least 0).</summary>
    public static int Highest(decimal value)
    {
        var exponent = 0;
        while (exponent < 6 && value >= Pow(exponent + 1))
        {
            exponent++;
        }

        return exponent;
    }

    /// <summary>The number of decimal places a value needs (0–3).</summary>
    public static int Places(decimal value)
    {
        var places = 0;
        while (places < 3 && decimal.Floor(value * Pow(places)) != value * Pow(places))
        {
            places++;
        }

        return places;
    }

    /// <summary>A place-value chart with the digits of a value as counters, from at least the ones down to its last place.</summary>
    public static PlaceValueChartPicture Chart(decimal value, int lowest)
    {
        var columns = new List<PlaceValueColumn>();
        for (var e = Highest(value); e >= Math.Min(lowest, -Places(value)); e--)
        {
            columns.Add(new PlaceValueColumn(Headings[e + 3], Digit(value, e)));
        }

        return new PlaceValueChartPicture(columns);
    }

    /// <summary>A varied, inclusive set of first names for word problems.</summary>
    public static readonly IReadOnlyList<string> Names =
        ["Amir", "Bella", "Chen", "Daisy", "Emeka", "Freya", "Hamza", "Isla", "Jamal", "Kasia", "Leo", "Maya", "Niamh", "Oskar", "Priya", "Ravi", "Sofia", "Tariq", "Zara", "Yusuf"];
}
