using KeepUp.Domain.Programme;

namespace KeepUp.Domain.Tests.Programme;

public sealed class FundingAmountsTests
{
    [Theory]
    [InlineData("250", 25000)]
    [InlineData("£1,250.50", 125050)]
    [InlineData(" 0.01 ", 1)]
    [InlineData("10000", 1000000)]
    public void TryParsePence_BritishAmounts_AreRead(string text, long expected)
    {
        Assert.True(FundingAmounts.TryParsePence(text, out var pence));
        Assert.Equal(expected, pence);
    }

    [Theory]
    [InlineData("")]
    [InlineData("-5")]
    [InlineData("0")]
    [InlineData("12.345")]
    [InlineData("10000.01")]
    [InlineData("ten pounds")]
    public void TryParsePence_Others_AreRefused(string text) => Assert.False(FundingAmounts.TryParsePence(text, out _));

    [Fact]
    public void Format_Pence_IsPoundsWithCommas() => Assert.Equal("£1,250.50", FundingAmounts.Format(125050));
}
