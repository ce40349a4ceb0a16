using System;

namespace KeepUp.Domain.Fluency;

/// <summary>
/// Decides the strategy family of a fact from its two parts (the addends, or the factors). A
/// fact and the facts that undo it share a family, so they are practised together.
/// </summary>
internal static class FactFamilies
{
    // When a fact fits several families, the first in this list wins: multiplying by 0, 1 or 10
    // needs no strategy at all, then come the facts pupils meet first (2 and 5), squares as
    // landmarks, and derived facts last. 7 × 8 is therefore "×8 as double ×4", not "×7".
    private static readonly int[] FactorsFirst = [0, 1, 10, 2, 5];
    private static readonly int[] FactorsAfterSquares = [11, 4, 8, 9, 3, 6, 12];

    /// <summary>The family of a + b, and of the subtractions that undo it.</summary>
    public static StrategyFamily Additive(int a, int b)
    {
        var total = a + b;
        if (a == 0 || b == 0)
        {
            return StrategyFamily.AddingZero;
        }

        if (a == b)
        {
            return StrategyFamily.DoublesAndHalves;
        }

        if (total == 10)
        {
            return StrategyFamily.BondsTo10;
        }

        if (total == 20)
        {
            return StrategyFamily.BondsTo20;
        }

        if (a == 10 || b == 10)
        {
            return StrategyFamily.TenAndSomeMore;
        }

        if (Math.Abs(a - b) == 1)
        {
            return StrategyFamily.NearDoubles;
        }

        if (Math.Min(a, b) <= 2)
        {
            return StrategyFamily.CountingOnAndBack;
        }

        if (total <= 10)
        {
            return StrategyFamily.FactsWithin10;
        }

        return a < 10 && b < 10 ? StrategyFamily.BridgingThrough10 : StrategyFamily.UsingAFactWithin10;
    }

    /// <summary>The family of a × b, and of the divisions that undo it.</summary>
    public static StrategyFamily Multiplicative(int a, int b)
    {
        foreach (var factor in FactorsFirst)
        {
            if (a == factor || b == factor)
            {
                return ForTable(factor);
            }
        }

        if (a == b)
        {
            return StrategyFamily.SquareNumbers;
        }

        foreach (var factor in FactorsAfterSquares)
        {
            if (a == factor || b == factor)
            {
                return ForTable(factor);
            }
        }

        throw new ArgumentOutOfRangeException(nameof(a), $"{a} × {b} is outside the tables to 12 × 12.");
    }

    /// <summary>The year by which the curriculum expects a × b: 2, 5 and 10 (and 0 and 1) in Year 2; 3, 4 and 8 in Year 3; the rest in Year 4.</summary>
    public static int MultiplicativeYear(int a, int b) => Math.Min(TableYear(a), TableYear(b));

    private static int TableYear(int factor) => factor switch
    {
        0 or 1 or 2 or 5 or 10 => 2,
        3 or 4 or 8 => 3,
        _ => 4,
    };

    private static StrategyFamily ForTable(int factor) => factor switch
    {
        0 => StrategyFamily.TimesZero,
        1 => StrategyFamily.TimesOne,
        2 => StrategyFamily.TimesTwo,
        3 => StrategyFamily.TimesThree,
        4 => StrategyFamily.TimesFour,
        5 => StrategyFamily.TimesFive,
        6 => StrategyFamily.TimesSix,
        8 => StrategyFamily.TimesEight,
        9 => StrategyFamily.TimesNine,
        10 => StrategyFamily.TimesTen,
        11 => StrategyFamily.TimesEleven,
        12 => StrategyFamily.TimesTwelve,
        _ => throw new ArgumentOutOfRangeException(nameof(factor), $"There is no {factor} times table here."),
    };
}
