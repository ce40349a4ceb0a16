using KeepUp.Domain.Practice;
using KeepUp.Domain.Practice.Answers;

namespace KeepUp.Domain.Tests.Practice.Answers;

public sealed class OtherAnswerTests
{
    [Theory]
    [InlineData("£2.50", true)]
    [InlineData("£2.5", true)]
    [InlineData("2.50", true)]
    [InlineData("250p", true)]
    [InlineData("250 p", true)]
    [InlineData("£ 2.50", true)]
    [InlineData("£250", false)]
    [InlineData("25p", false)]
    public void Check_MoneyInPounds_AcceptsPoundsAndPence(string written, bool right)
    {
        var verdict = new MoneyAnswer(250).Check(written);

        Assert.Equal(right, verdict.Correct);
        Assert.True(verdict.WellFormed);
    }

    [Fact]
    public void Check_BareNumberInPenceBox_IsReadAsPence()
    {
        Assert.True(new MoneyAnswer(35, MoneyUnit.Pence).Check("35").Correct);
        Assert.False(new MoneyAnswer(35, MoneyUnit.Pounds).Check("35").Correct);
    }

    [Theory]
    [InlineData("£2.50p")]
    [InlineData("two pounds")]
    [InlineData("£1/2")]
    public void Check_NotMoney_IsMalformed(string written)
    {
        Assert.False(new MoneyAnswer(250).Check(written).WellFormed);
    }

    [Theory]
    [InlineData("3:45", true)]
    [InlineData("3.45", true)]
    [InlineData("03:45", true)]
    [InlineData("quarter to 4", true)]
    [InlineData("quarter to four", true)]
    [InlineData("15:45", true)]
    [InlineData("4:45", false)]
    [InlineData("quarter past 3", false)]
    public void Check_TwelveHourTime_AcceptsDigitsAndWords(string written, bool right)
    {
        Assert.Equal(right, new TimeAnswer(3, 45).Check(written).Correct);
    }

    [Theory]
    [InlineData("half past 7", 7, 30)]
    [InlineData("7 o'clock", 7, 0)]
    [InlineData("twenty past seven", 7, 20)]
    [InlineData("5 to 12", 11, 55)]
    [InlineData("twenty-five to one", 12, 35)]
    public void Check_TimeInWords_IsRead(string written, int hour, int minute)
    {
        Assert.True(new TimeAnswer(hour, minute).Check(written).Correct);
    }

    [Fact]
    public void Check_TwentyFourHourAsked_TwelveHourDigitsAreNotEnough()
    {
        var answer = new TimeAnswer(15, 45, TwentyFourHour: true);

        Assert.True(answer.Check("15:45").Correct);
        Assert.False(answer.Check("3:45").Correct);
        Assert.True(answer.Check("3:45").WellFormed);
        Assert.False(answer.Check("03:45").Correct);
    }

    [Fact]
    public void Check_NotATime_IsMalformed()
    {
        Assert.False(new TimeAnswer(3, 45).Check("3:75").WellFormed);
        Assert.False(new TimeAnswer(3, 45).Check("teatime").WellFormed);
    }

    [Theory]
    [InlineData("<", true)]
    [InlineData("less than", true)]
    [InlineData(">", false)]
    [InlineData("=", false)]
    public void Check_Comparison_AcceptsSignOrWords(string written, bool right)
    {
        Assert.Equal(right, new ComparisonAnswer('<').Check(written).Correct);
    }

    [Fact]
    public void Check_NotASign_IsMalformed()
    {
        Assert.False(new ComparisonAnswer('<').Check("<=").WellFormed);
    }

    [Theory]
    [InlineData("sometimes", true)]
    [InlineData("Sometimes", true)]
    [InlineData("Always", false)]
    public void Check_Choice_IgnoresCase(string written, bool right)
    {
        var verdict = new ChoiceAnswer("Sometimes", ChoiceAnswer.AlwaysSometimesNever).Check(written);

        Assert.Equal(right, verdict.Correct);
        Assert.True(verdict.WellFormed);
    }

    [Fact]
    public void Check_NotAnOption_IsMalformedAndListsTheOptions()
    {
        var verdict = new ChoiceAnswer("True", ChoiceAnswer.TrueOrFalse).Check("maybe");

        Assert.False(verdict.WellFormed);
        Assert.Contains("True, False", verdict.Feedback, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_EquivalentFractionOption_IsNotTheSameOption()
    {
        var answer = new ChoiceAnswer("1/2", ["1/2", "2/4", "1/4"]);

        Assert.True(answer.Check("1/2").Correct);
        Assert.False(answer.Check("2/4").Correct);
    }

    [Theory]
    [InlineData("3, 5, 8", true)]
    [InlineData("3,5,8", true)]
    [InlineData("3 5 8", true)]
    [InlineData("3; 5; 8", true)]
    [InlineData("8, 5, 3", false)]
    public void Check_Order_AcceptsCommonSeparators(string written, bool right)
    {
        var answer = new OrderAnswer([3, 5, 8], ["3", "5", "8"]);

        Assert.Equal(right, answer.Check(written).Correct);
    }

    [Fact]
    public void Check_OrderWithThousands_ReadsTheSeparatorsSensibly()
    {
        var answer = new OrderAnswer([1200, 1300, 2100], ["1,200", "1,300", "2,100"]);

        Assert.True(answer.Check("1,200, 1,300, 2,100").Correct);
        Assert.True(answer.Check("1200, 1300, 2100").Correct);
        Assert.True(answer.Check("1200 1300 2100").Correct);
    }

    [Fact]
    public void Check_OrderOfFractions_ReadsMixedNumbersAndSpacedSlashes()
    {
        var answer = new OrderAnswer([Fraction.Of(1, 4), Fraction.Of(1, 2), Fraction.Of(5, 4)], ["1/4", "1/2", "1 1/4"]);

        Assert.True(answer.Check("1/4, 1 / 2, 1 1/4").Correct);
    }

    [Fact]
    public void Check_OrderMissingANumber_IsMalformed()
    {
        var verdict = new OrderAnswer([3, 5, 8], ["3", "5", "8"]).Check("3, 5");

        Assert.False(verdict.WellFormed);
    }
}
