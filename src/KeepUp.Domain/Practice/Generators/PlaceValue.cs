using System;

namespace KeepUp.Domain.Practice.Generators;

/// <summary>The names and digits of places in whole numbers, as pupils say them.</summary>
public static class PlaceValue
{
    private static readonly string[] Names = ["ones", "tens", "hundreds", "thousands", "ten thousands", "hundred thousands", "millions"];

    /// <summary>The place's name for a power of ten: 1 → ones, 100 → hundreds.</summary>
    public static string NameOf(long place) => Names[ExponentOf(place)];

    /// <summary>The digit of a number in a place: DigitIn(243, 10) = 4.</summary>
    public static int DigitIn(long number, long place) => (int)(Math.Abs(number) / place % 10);

    /// <summary>10 to the power of an exponent.</summary>
    public static long Power(int exponent)
    {
        var value = 1L;
        for (var i = 0; i < exponent; i++)
        {
            value *= 10;
        }

        return value;
    }

    private static int ExponentOf(long place)
    {
        var exponent = 0;
        for (var value = place; value > 1; value /= 10)
        {
            exponent++;
        }

        return Power(exponent) == place ? exponent : throw new ArgumentOutOfRangeException(nameof(place), $"{place} is not a power of ten.");
    }
}
