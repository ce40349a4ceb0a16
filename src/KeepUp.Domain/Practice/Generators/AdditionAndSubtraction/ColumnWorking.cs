using System;
using System.Collections.Generic;
using System.Linq;

namespace KeepUp.Domain.Practice.Generators.AdditionAndSubtraction;

/// <summary>How many exchanges a column calculation needs.</summary>
internal enum Exchanges
{
    /// <summary>No column reaches ten (or runs short).</summary>
    None,

    /// <summary>Exactly one exchange.</summary>
    One,

    /// <summary>Two or more exchanges.</summary>
    Several,

    /// <summary>Subtraction that has to exchange through one or more zeros.</summary>
    AcrossZeros,

    /// <summary>Whatever exchanges the numbers need (decimals with different numbers of places).</summary>
    Any,
}

/// <summary>
/// The column methods worked digit by digit, right and wrong: which columns exchange, and the
/// answers the classic slips give (forgetting the exchanged one, writing a two-digit column total,
/// taking the smaller digit from the larger, exchanging without reducing, lining up from the left).
/// Numbers are counts of their smallest place, so decimals work the same way.
/// </summary>
internal static class ColumnWorking
{
    /// <summary>
    /// A description of every column of the calculation (exchange or not, and for subtraction
    /// whether it exchanges through a zero), so two calculations with the same signature need
    /// the same steps.
    /// </summary>
    public static string Signature(char op, long first, long second)
    {
        var columns = Math.Max(Amounts.Digits(first), Amounts.Digits(second));
        var signature = new char[columns];
        var carry = 0;
        for (var i = 0; i < columns; i++)
        {
            var (x, y) = (Digit(first, i), Digit(second, i));
            if (op == '+')
            {
                carry = x + y + carry >= 10 ? 1 : 0;
                signature[i] = carry == 1 ? 'x' : '.';
            }
            else
            {
                var borrowIn = carry;
                carry = x - borrowIn - y < 0 ? 1 : 0;
                signature[i] = carry == 1 ? (x == 0 && borrowIn == 1 ? 'z' : 'x') : '.';
            }
        }

        return new string(signature);
    }

    /// <summary>The number of exchanges in a signature.</summary>
    public static int Count(string signature) => signature.Count(c => c != '.');

    /// <summary>The digit of a count in a column, counting from 0 for the smallest place.</summary>
    public static int Digit(long number, int column) => (int)(number / PlaceValue.Power(column) % 10);

    /// <summary>The same number with one digit replaced.</summary>
    public static long WithDigit(long number, int column, int digit) =>
        number + ((digit - Digit(number, column)) * PlaceValue.Power(column));

    /// <summary>Addition done column by column with every exchanged one forgotten.</summary>
    public static long AddWithoutExchange(long first, long second) =>
        Columnwise(first, second, (x, y) => (x + y) % 10);

    /// <summary>Addition with each column's total written in full, so 47 + 26 becomes 613.</summary>
    public static string AddWrittenInFull(long first, long second, int places)
    {
        var columns = Math.Max(Amounts.Digits(first), Amounts.Digits(second));
        var parts = new List<string>();
        for (var i = columns - 1; i >= 0; i--)
        {
            var total = Digit(first, i) + Digit(second, i);
            parts.Add(total.ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (i == places && places > 0)
            {
                parts.Add(".");
            }
        }

        var digits = string.Concat(parts).TrimStart('0');
        if (digits.StartsWith('.'))
        {
            digits = "0" + digits;
        }

        // Read back as a number and shown the way pupils write one, commas and all.
        var point = digits.IndexOf('.', StringComparison.Ordinal);
        var decimals = point < 0 ? 0 : digits.Length - point - 1;
        var count = long.Parse(digits.Replace(".", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
        return Amounts.Show(count, decimals);
    }

    /// <summary>Subtraction taking the smaller digit from the larger in every column.</summary>
    public static long SmallerFromLarger(long first, long second) =>
        Columnwise(first, second, (x, y) => Math.Abs(x - y));

    /// <summary>Subtraction that exchanges into a column but never reduces the column it exchanged from.</summary>
    public static long ExchangeWithoutReducing(long first, long second) =>
        Columnwise(first, second, (x, y) => x >= y ? x - y : x + 10 - y);

    /// <summary>
    /// Subtraction from a number with fewer decimal places, bringing down the digits of the
    /// number subtracted where the first has empty columns (5 − 1.36 = 4.36).
    /// </summary>
    public static long BringDownEmptyColumns(long first, long second, int emptyColumns)
    {
        var low = second % PlaceValue.Power(emptyColumns);
        return first - (second - low) + low;
    }

    private static long Columnwise(long first, long second, Func<int, int, int> column)
    {
        var columns = Math.Max(Amounts.Digits(first), Amounts.Digits(second));
        var result = 0L;
        for (var i = 0; i < columns; i++)
        {
            result += column(Digit(first, i), Digit(second, i)) * PlaceValue.Power(i);
        }

        return result;
    }
}
