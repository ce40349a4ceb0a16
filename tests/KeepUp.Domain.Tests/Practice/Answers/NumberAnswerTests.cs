using KeepUp.Domain.Practice;
using KeepUp.Domain.Practice.Answers;

namespace KeepUp.Domain.Tests.Practice.Answers;

public sealed class NumberAnswerTests
{
    [Theory]
    [InlineData("1000")]
    [InlineData("1,000")]
    [InlineData(" 1000 ")]
    [InlineData("1 000")]
    [InlineData("1000.0")]
    public void Check_WholeNumberWrittenFairly_IsRight(string written)
    {
        Assert.True(NumberAnswer.Whole(1000).Check(written).Correct);
    }

    [Theory]
    [InlineData("0.5")]
    [InlineData(".5")]
    [InlineData("0.50")]
    public void Check_DecimalWrittenFairly_IsRight(string written)
    {
        Assert.True(NumberAnswer.Decimal(Fraction.Of(1, 2)).Check(written).Correct);
    }

    [Theory]
    [InlineData("3/4")]
    [InlineData("3 / 4")]
    [InlineData("6/8")]
    public void Check_FractionWhenSimplestNotAsked_AcceptsEquivalent(string written)
    {
        Assert.True(new NumberAnswer(Fraction.Of(3, 4), NumberShape.Fraction).Check(written).Correct);
    }

    [Fact]
    public void Check_EquivalentFractionWhenSimplestAsked_IsWrongButKind()
    {
        var verdict = new NumberAnswer(Fraction.Of(3, 4), NumberShape.Fraction, SimplestForm: true).Check("6/8");

        Assert.False(verdict.Correct);
        Assert.True(verdict.WellFormed);
        Assert.Contains("simplest form", verdict.Feedback, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1 3/4", true)]
    [InlineData("7/4", true)]
    [InlineData("1 6/8", true)]
    public void Check_ImproperAnswerWhereMixedAccepted_AcceptsBoth(string written, bool right)
    {
        Assert.Equal(right, new NumberAnswer(Fraction.Of(7, 4), NumberShape.Fraction).Check(written).Correct);
    }

    [Fact]
    public void Check_MixedNumberWhereNotAccepted_IsNotRight()
    {
        var verdict = new NumberAnswer(Fraction.Of(7, 4), NumberShape.Fraction, MixedAccepted: false).Check("1 3/4");

        Assert.False(verdict.Correct);
        Assert.True(verdict.WellFormed);
    }

    [Fact]
    public void Check_ImproperFractionWhenMixedNumberAsked_AsksForTheMixedNumber()
    {
        var answer = new NumberAnswer(Fraction.Of(7, 4), NumberShape.MixedNumber);

        Assert.True(answer.Check("1 3/4").Correct);
        Assert.False(answer.Check("7/4").Correct);
        Assert.Contains("mixed number", answer.Check("7/4").Feedback, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("12a")]
    [InlineData("five")]
    [InlineData("1,00")]
    [InlineData("3/0")]
    [InlineData("--4")]
    [InlineData(".")]
    public void Check_NotANumber_IsMalformedNotWrong(string written)
    {
        var verdict = NumberAnswer.Whole(100).Check(written);

        Assert.False(verdict.Correct);
        Assert.False(verdict.WellFormed);
        Assert.False(string.IsNullOrWhiteSpace(verdict.Feedback));
    }

    [Fact]
    public void Check_CommaAsDecimalPoint_ExplainsThePoint()
    {
        Assert.Contains("point", NumberAnswer.Decimal(Fraction.Of(5, 2)).Check("2,5").Feedback, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void Check_Empty_AsksForAnAnswer(string? written)
    {
        var verdict = NumberAnswer.Whole(3).Check(written);

        Assert.False(verdict.WellFormed);
    }

    [Fact]
    public void Check_OverLong_IsMalformed()
    {
        Assert.False(NumberAnswer.Whole(3).Check(new string('3', 101)).WellFormed);
    }

    [Theory]
    [InlineData("999")]
    [InlineData("1001")]
    [InlineData("10000")]
    [InlineData("100")]
    [InlineData("-1000")]
    public void Check_DifferentValue_IsNeverAccepted(string written)
    {
        var verdict = NumberAnswer.Whole(1000).Check(written);

        Assert.False(verdict.Correct);
        Assert.True(verdict.WellFormed);
    }

    [Fact]
    public void Check_WrongAnswerMatchingAChoice_NamesItsMisconception()
    {
        var choices = new[] { new Choice("273", true, null), new Choice("546", false, "Adds the tens to the hundreds.") };

        var verdict = NumberAnswer.Whole(273).Check("546", choices);

        Assert.Equal("Adds the tens to the hundreds.", verdict.Misconception);
    }

    [Fact]
    public void Check_RightValueAsFractionWhenDecimalAsked_AsksForADecimal()
    {
        var verdict = NumberAnswer.Decimal(Fraction.Of(1, 2)).Check("1/2");

        Assert.False(verdict.Correct);
        Assert.True(verdict.WellFormed);
        Assert.Contains("decimal", verdict.Feedback, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NegativeWithMinusSign_IsRead()
    {
        Assert.True(NumberAnswer.Whole(-5).Check("\u22125").Correct);
        Assert.True(NumberAnswer.Whole(-5).Check("-5").Correct);
    }
}
