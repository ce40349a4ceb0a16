using KeepUp.Domain.Practice.Answers;

namespace KeepUp.Domain.Tests.Practice.Generators.Measurement;

/// <summary>Times in words, as the clock questions accept them: "to" names the next hour.</summary>
public sealed class TimeAnswerWordsTests
{
    [Theory]
    [InlineData("quarter to 4", 3, 45)]
    [InlineData("twenty to eight", 7, 40)]
    [InlineData("5 to 1", 12, 55)]
    [InlineData("23 minutes to 5", 4, 37)]
    [InlineData("half past 3", 3, 30)]
    [InlineData("25 past 12", 12, 25)]
    public void Check_TimeInWords_IsReadAsTheRightTime(string words, int hour, int minute)
    {
        Assert.True(new TimeAnswer(hour, minute).Check(words).Correct, $"'{words}' should read as {hour}:{minute:00}.");
    }

    [Fact]
    public void Check_QuarterToNamesTheHourBefore_NotTheHourNamed()
    {
        Assert.False(new TimeAnswer(4, 45).Check("quarter to 4").Correct);
    }
}
