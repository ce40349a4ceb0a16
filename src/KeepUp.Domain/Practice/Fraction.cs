using System;
using System.Numerics;

namespace KeepUp.Domain.Practice;

/// <summary>
/// An exact number p/q. Every number a pupil meets — whole numbers, decimals, money and
/// fractions — is held as a fraction so that 0.5, 1/2 and 2/4 compare equal without rounding.
/// Always stored in lowest terms with a positive denominator.
/// </summary>
public readonly record struct Fraction : IComparable<Fraction>
{
    private Fraction(long numerator, long denominator)
    {
        Numerator = numerator;
        Denominator = denominator;
    }

    /// <summary>The numerator in lowest terms (carries the sign).</summary>
    public long Numerator { get; }

    /// <summary>The denominator in lowest terms, always positive.</summary>
    public long Denominator { get; }

    /// <summary>True for a whole number.</summary>
    public bool IsWhole => Denominator == 1;

    /// <summary>True below zero.</summary>
    public bool IsNegative => Numerator < 0;

    /// <summary>Zero.</summary>
    public static Fraction Zero => new(0, 1);

    /// <summary>Makes p/q in lowest terms; q must not be zero.</summary>
    public static Fraction Of(long numerator, long denominator)
    {
        if (denominator == 0)
        {
            throw new ArgumentOutOfRangeException(nameof(denominator), "A fraction cannot have a denominator of zero.");
        }

        var divisor = (long)BigInteger.GreatestCommonDivisor(numerator, denominator);
        if (divisor == 0)
        {
            divisor = 1;
        }

        var sign = denominator < 0 ? -1 : 1;
        return new Fraction(sign * numerator / divisor, sign * denominator / divisor);
    }

    /// <summary>A whole number.</summary>
    public static Fraction Whole(long value) => new(value, 1);

    /// <summary>A decimal such as 2.75, exactly.</summary>
    public static Fraction FromDecimal(decimal value)
    {
        var scale = 1L;
        while (decimal.Truncate(value * scale) != value * scale)
        {
            scale *= 10;
        }

        return Of((long)(value * scale), scale);
    }

    /// <summary>The value as a decimal (exact when the denominator divides a power of ten).</summary>
    public decimal ToDecimal() => (decimal)Numerator / Denominator;

    /// <summary>True when the value has a finite decimal with at most <paramref name="places"/> places.</summary>
    public bool HasDecimalPlaces(int places)
    {
        var scaled = this * Whole((long)Math.Pow(10, places));
        return scaled.IsWhole;
    }

    /// <summary>Adds two fractions.</summary>
    public static Fraction operator +(Fraction left, Fraction right) =>
        Of(checked(left.Numerator * right.Denominator + right.Numerator * left.Denominator), checked(left.Denominator * right.Denominator));

    /// <summary>Subtracts two fractions.</summary>
    public static Fraction operator -(Fraction left, Fraction right) =>
        Of(checked(left.Numerator * right.Denominator - right.Numerator * left.Denominator), checked(left.Denominator * right.Denominator));

    /// <summary>Multiplies two fractions.</summary>
    public static Fraction operator *(Fraction left, Fraction right) =>
        Of(checked(left.Numerator * right.Numerator), checked(left.Denominator * right.Denominator));

    /// <summary>Divides two fractions; the divisor must not be zero.</summary>
    public static Fraction operator /(Fraction left, Fraction right) =>
        Of(checked(left.Numerator * right.Denominator), checked(left.Denominator * right.Numerator));

    /// <summary>Orders by value.</summary>
    public static bool operator <(Fraction left, Fraction right) => left.CompareTo(right) < 0;

    /// <summary>Orders by value.</summary>
    public static bool operator >(Fraction left, Fraction right) => left.CompareTo(right) > 0;

    /// <summary>Orders by value.</summary>
    public static bool operator <=(Fraction left, Fraction right) => left.CompareTo(right) <= 0;

    /// <summary>Orders by value.</summary>
    public static bool operator >=(Fraction left, Fraction right) => left.CompareTo(right) >= 0;

    /// <summary>Makes a whole-number fraction.</summary>
    public static implicit operator Fraction(long value) => Whole(value);

    /// <summary>Adds (named alternative to the operator).</summary>
    public static Fraction Add(Fraction left, Fraction right) => left + right;

    /// <summary>Subtracts (named alternative to the operator).</summary>
    public static Fraction Subtract(Fraction left, Fraction right) => left - right;

    /// <summary>Multiplies (named alternative to the operator).</summary>
    public static Fraction Multiply(Fraction left, Fraction right) => left * right;

    /// <summary>Divides (named alternative to the operator).</summary>
    public static Fraction Divide(Fraction left, Fraction right) => left / right;

    /// <summary>Makes a whole-number fraction (named alternative to the conversion).</summary>
    public static Fraction FromInt64(long value) => Whole(value);

    /// <inheritdoc />
    public int CompareTo(Fraction other) =>
        ((BigInteger)Numerator * other.Denominator).CompareTo((BigInteger)other.Numerator * Denominator);

    /// <inheritdoc />
    public override string ToString() => IsWhole ? $"{Numerator}" : $"{Numerator}/{Denominator}";
}
