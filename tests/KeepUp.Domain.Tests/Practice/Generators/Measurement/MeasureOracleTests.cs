using KeepUp.Domain.Practice;

namespace KeepUp.Domain.Tests.Practice.Generators.Measurement;

/// <summary>The oracle itself, on sentences worked out by hand.</summary>
public sealed class MeasureOracleTests
{
    [Theory]
    [InlineData("5 m 9 cm = □ cm", 509, 1)]
    [InlineData("509 cm = 5 m □ cm", 9, 1)]
    [InlineData("£3 and 5p = □p", 305, 1)]
    [InlineData("305p = £□ and 5p", 3, 1)]
    [InlineData("4 × £2.25 = £□", 9, 1)]
    [InlineData("□ miles = 32 km", 20, 1)]
    [InlineData("270 minutes = □ hours", 9, 2)]
    [InlineData("45p + 62p = £1 and □p", 7, 1)]
    [InlineData("£3 and 75p − 90p = £2 and □p", 85, 1)]
    [InlineData("3 km − 55 m = □ m", 2945, 1)]
    [InlineData("87 hours = 3 days □ hours", 15, 1)]
    public void Solve_HandWorkedSentence_FillsTheBox(string sentence, long numerator, long denominator)
    {
        Assert.Equal(Fraction.Of(numerator, denominator), MeasureOracle.Solve(sentence));
    }

    [Theory]
    [InlineData("95 cm □ 3 m", '<')]
    [InlineData("4.5 hours □ 4 hours 50 minutes", '<')]
    [InlineData("Three 2p coins □ one 10p coin", '<')]
    [InlineData("Five 10p coins □ one 50p coin", '=')]
    [InlineData("205p □ £2.50", '<')]
    [InlineData("20 miles □ 30 km", '>')]
    [InlineData("1 minute 20 seconds □ 120 seconds", '<')]
    public void Sign_HandWorkedComparison_GivesTheSign(string sentence, char sign)
    {
        Assert.Equal(sign, MeasureOracle.Sign(sentence));
    }

    [Theory]
    [InlineData("Chloe's money □ Ivan's money")]
    [InlineData("8 □ 9")]
    [InlineData("5 m □ 3 hours")]
    public void Sign_NotTwoMeasuresOfOneKind_IsNull(string sentence)
    {
        Assert.Null(MeasureOracle.Sign(sentence));
    }
}
