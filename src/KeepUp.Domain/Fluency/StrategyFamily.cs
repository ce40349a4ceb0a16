namespace KeepUp.Domain.Fluency;

/// <summary>
/// A group of facts recalled or worked out with the same thinking, e.g. "bridging through 10"
/// or "×9 as ×10 − ×1". Pupils practise family by family, so a strategy is learnt once and
/// used on every fact it fits. The values are in the order the families are usually taught.
/// The 7 times table has no family of its own: by the time it is met every fact in it but
/// 7 × 7 (a square) is known through another table, which is the point teachers make.
/// </summary>
public enum StrategyFamily
{
    /// <summary>Adding or taking away 0.</summary>
    AddingZero,

    /// <summary>Adding or taking away 1 or 2, or finding a difference of 1 or 2.</summary>
    CountingOnAndBack,

    /// <summary>The other ways of splitting a number up to 10 into two parts.</summary>
    FactsWithin10,

    /// <summary>Pairs that make 10.</summary>
    BondsTo10,

    /// <summary>Doubles and the halves that undo them.</summary>
    DoublesAndHalves,

    /// <summary>Two numbers next to each other: a double and one more.</summary>
    NearDoubles,

    /// <summary>Ten and some more: 10 + 6 = 16.</summary>
    TenAndSomeMore,

    /// <summary>A teen number add or take away ones without crossing 10: 13 + 4 from 3 + 4.</summary>
    UsingAFactWithin10,

    /// <summary>Crossing 10 in two jumps: 8 + 5 = 8 + 2 + 3.</summary>
    BridgingThrough10,

    /// <summary>Pairs that make 20.</summary>
    BondsTo20,

    /// <summary>Pairs of tens that make 100.</summary>
    BondsTo100,

    /// <summary>The 2 times table as doubling.</summary>
    TimesTwo,

    /// <summary>The 10 times table.</summary>
    TimesTen,

    /// <summary>The 5 times table as half of the 10 times table.</summary>
    TimesFive,

    /// <summary>Multiplying by 1.</summary>
    TimesOne,

    /// <summary>Multiplying by 0.</summary>
    TimesZero,

    /// <summary>The 4 times table as double double.</summary>
    TimesFour,

    /// <summary>The 8 times table as double the 4 times table.</summary>
    TimesEight,

    /// <summary>The 3 times table as the 2 times table and one more group.</summary>
    TimesThree,

    /// <summary>The 6 times table as the 5 times table and one more group.</summary>
    TimesSix,

    /// <summary>The 9 times table as the 10 times table take away one group.</summary>
    TimesNine,

    /// <summary>The 11 times table as the 10 times table and one more group.</summary>
    TimesEleven,

    /// <summary>The 12 times table as the 10 and the 2 times tables together.</summary>
    TimesTwelve,

    /// <summary>A number multiplied by itself: 7 × 7.</summary>
    SquareNumbers,
}

/// <summary>The name and one-line explanation a teacher or pupil sees for each <see cref="StrategyFamily"/>.</summary>
public static class StrategyFamilyText
{
    /// <summary>A short name, e.g. "Bridging through 10".</summary>
    public static string Title(this StrategyFamily family) => family switch
    {
        StrategyFamily.AddingZero => "Adding and subtracting 0",
        StrategyFamily.CountingOnAndBack => "Counting on and back",
        StrategyFamily.FactsWithin10 => "Facts within 10",
        StrategyFamily.BondsTo10 => "Bonds to 10",
        StrategyFamily.DoublesAndHalves => "Doubles and halves",
        StrategyFamily.NearDoubles => "Near doubles",
        StrategyFamily.TenAndSomeMore => "Ten and some more",
        StrategyFamily.UsingAFactWithin10 => "Using a fact within 10",
        StrategyFamily.BridgingThrough10 => "Bridging through 10",
        StrategyFamily.BondsTo20 => "Bonds to 20",
        StrategyFamily.BondsTo100 => "Bonds to 100 in tens",
        StrategyFamily.TimesTwo => "×2 as doubling",
        StrategyFamily.TimesTen => "×10",
        StrategyFamily.TimesFive => "×5 as half of ×10",
        StrategyFamily.TimesOne => "×1",
        StrategyFamily.TimesZero => "×0",
        StrategyFamily.TimesFour => "×4 as double double",
        StrategyFamily.TimesEight => "×8 as double ×4",
        StrategyFamily.TimesThree => "×3 as ×2 + ×1",
        StrategyFamily.TimesSix => "×6 as ×5 + ×1",
        StrategyFamily.TimesNine => "×9 as ×10 − ×1",
        StrategyFamily.TimesEleven => "×11 as ×10 + ×1",
        StrategyFamily.TimesTwelve => "×12 as ×10 + ×2",
        StrategyFamily.SquareNumbers => "Square numbers",
    };

    /// <summary>One sentence on the thinking behind the family, with an example.</summary>
    public static string Explanation(this StrategyFamily family) => family switch
    {
        StrategyFamily.AddingZero => "Adding or taking away nothing leaves the number as it was: 6 + 0 = 6 and 6 − 0 = 6.",
        StrategyFamily.CountingOnAndBack => "To add or take away 1 or 2, count on or back from the bigger number; when two numbers are close, count up from the smaller to find the difference.",
        StrategyFamily.FactsWithin10 => "Every number up to 10 can be split into two parts in several ways: 7 is 5 and 2, so 5 + 2 = 7 and 7 − 2 = 5.",
        StrategyFamily.BondsTo10 => "Know the pairs that make 10 by heart: 3 and 7, 4 and 6; they unlock bridging and bonds to 20 and 100.",
        StrategyFamily.DoublesAndHalves => "Know the doubles by heart, and use each one backwards to halve: double 7 is 14, so half of 14 is 7.",
        StrategyFamily.NearDoubles => "When the numbers are next to each other, double the smaller and add 1: 6 + 7 is double 6 and 1 more, 13.",
        StrategyFamily.TenAndSomeMore => "A teen number is ten and some more: 10 + 6 = 16, so 16 − 6 = 10 and 16 − 10 = 6.",
        StrategyFamily.UsingAFactWithin10 => "Only the ones change, so use the fact within 10: 3 + 4 = 7, so 13 + 4 = 17 and 17 − 4 = 13.",
        StrategyFamily.BridgingThrough10 => "Make 10 first, then add or take away the rest: 8 + 5 = 8 + 2 + 3 = 13, and 13 − 5 = 13 − 3 − 2 = 8.",
        StrategyFamily.BondsTo20 => "Use the bond to 10 inside a bond to 20: 3 + 7 = 10, so 13 + 7 = 20.",
        StrategyFamily.BondsTo100 => "Think of the tens as ones: 3 + 7 = 10, so 3 tens + 7 tens = 10 tens, and 30 + 70 = 100.",
        StrategyFamily.TimesTwo => "Multiplying by 2 is doubling: 2 × 8 is double 8, 16.",
        StrategyFamily.TimesTen => "Multiplying by 10 makes a number ten times bigger, so each digit moves one place to the left: 7 × 10 = 70.",
        StrategyFamily.TimesFive => "Five is half of ten, so multiply by 10 and halve: 5 × 8 is half of 80, 40.",
        StrategyFamily.TimesOne => "One group of a number, or a number of ones, is the number itself: 1 × 9 = 9.",
        StrategyFamily.TimesZero => "Any number of zeros, or zero groups of any number, is zero: 0 × 7 = 0.",
        StrategyFamily.TimesFour => "Multiplying by 4 is doubling and doubling again: 4 × 7 is double 14, 28.",
        StrategyFamily.TimesEight => "Multiplying by 8 is double multiplying by 4: 8 × 6 is double 24, 48.",
        StrategyFamily.TimesThree => "Three groups are two groups and one more: 3 × 7 = 14 + 7 = 21.",
        StrategyFamily.TimesSix => "Six groups are five groups and one more: 6 × 7 = 35 + 7 = 42; or double 3 groups.",
        StrategyFamily.TimesNine => "Nine groups are ten groups take away one: 9 × 7 = 70 − 7 = 63.",
        StrategyFamily.TimesEleven => "Eleven groups are ten groups and one more: 11 × 7 = 70 + 7 = 77.",
        StrategyFamily.TimesTwelve => "Twelve groups are ten groups and two groups: 12 × 7 = 70 + 14 = 84.",
        StrategyFamily.SquareNumbers => "A number times itself makes a square array; learn these as landmarks: 7 × 7 = 49, so 7 × 8 is 49 + 7.",
    };
}
