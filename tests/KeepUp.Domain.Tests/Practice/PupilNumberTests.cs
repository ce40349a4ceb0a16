using KeepUp.Domain.Practice;

namespace KeepUp.Domain.Tests.Practice;

public sealed class PupilNumberTests
{
    [Theory]
    [InlineData(1000, "1,000")]
    [InlineData(999, "999")]
    [InlineData(1234567, "1,234,567")]
    [InlineData(-40, "\u221240")]
    public void Whole_WritesEnGbThousands(long value, string expected) => Assert.Equal(expected, PupilNumber.Whole(value));

    [Theory]
    [InlineData(250, "£2.50")]
    [InlineData(35, "35p")]
    [InlineData(100, "£1.00")]
    [InlineData(123456, "£1,234.56")]
    public void Money_WritesPoundsAndPence(long pence, string expected) => Assert.Equal(expected, PupilNumber.Money(pence));

    [Fact]
    public void Decimal_HasLeadingZeroAndNoTrailingZeros()
    {
        Assert.Equal("0.5", PupilNumber.Decimal(0.50m));
        Assert.Equal("1,000.25", PupilNumber.Decimal(1000.25m));
        Assert.Equal("3.50", PupilNumber.Decimal(3.5m, 2));
    }

    [Fact]
    public void Mixed_WritesWholeAndFraction()
    {
        Assert.Equal("1 3/4", PupilNumber.Mixed(Fraction.Of(7, 4)));
        Assert.Equal("3/4", PupilNumber.Mixed(Fraction.Of(3, 4)));
        Assert.Equal("2", PupilNumber.Mixed(Fraction.Of(8, 4)));
    }

    [Fact]
    public void Times_AreWrittenTheWayClocksShowThem()
    {
        Assert.Equal("3:05", PupilNumber.Time12(15, 5));
        Assert.Equal("12:00", PupilNumber.Time12(0, 0));
        Assert.Equal("07:30", PupilNumber.Time24(7, 30));
    }
}

public sealed class FractionTests
{
    [Fact]
    public void Of_ReducesAndKeepsTheSignOnTop()
    {
        var half = Fraction.Of(-2, -4);
        Assert.Equal(1, half.Numerator);
        Assert.Equal(2, half.Denominator);
        Assert.Equal(-1, Fraction.Of(1, -2).Numerator);
    }

    [Fact]
    public void Arithmetic_IsExact()
    {
        Assert.Equal(Fraction.Of(5, 6), Fraction.Of(1, 2) + Fraction.Of(1, 3));
        Assert.Equal(Fraction.FromDecimal(0.3m), Fraction.FromDecimal(0.1m) + Fraction.FromDecimal(0.2m));
        Assert.True(Fraction.Of(1, 3) < Fraction.Of(1, 2));
    }

    [Fact]
    public void Of_ZeroDenominator_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => Fraction.Of(1, 0));
}

public sealed class DiceTests
{
    [Fact]
    public void SameSeedAndSalt_GiveTheSameSequence()
    {
        var a = new Dice(42, "y3-as-add");
        var b = new Dice(42, "y3-as-add");

        Assert.Equal(Enumerable.Range(0, 50).Select(_ => a.Between(0, 1000)), Enumerable.Range(0, 50).Select(_ => b.Between(0, 1000)));
    }

    [Fact]
    public void Between_StaysInRangeAndReachesBothEnds()
    {
        var dice = new Dice(7);
        var seen = Enumerable.Range(0, 2000).Select(_ => dice.Between(3, 6)).ToHashSet();

        Assert.Equal([3, 4, 5, 6], seen.Order());
    }

    [Fact]
    public void DifferentSalts_GiveDifferentSequences()
    {
        var a = new Dice(42, "one");
        var b = new Dice(42, "two");

        Assert.NotEqual(Enumerable.Range(0, 10).Select(_ => a.Between(0, 1_000_000)), Enumerable.Range(0, 10).Select(_ => b.Between(0, 1_000_000)));
    }
}
