using KeepUp.Domain.Fluency;
using static KeepUp.Domain.Tests.Fluency.Answers;

namespace KeepUp.Domain.Tests.Fluency;

public sealed class FactStandingsTests
{
    private static readonly FluencySettings Settings = FluencySettings.Default;

    [Fact]
    public void From_FastRightOnThreeSeparateDays_IsSecureOnTheThird()
    {
        var standing = FactStandings.From([Fast("7x8", 10), Fast("7x8", 12), Fast("7x8", 15)], Settings)["7x8"];

        Assert.True(standing.IsSecure);
        Assert.Equal(15, standing.SecuredOnDay);
        Assert.Equal(3, standing.FastCorrectDays);
    }

    [Fact]
    public void From_ThreeFastAnswersOnOneDay_IsNotSecure()
    {
        var standing = FactStandings.From([Fast("7x8", 10), Fast("7x8", 10), Fast("7x8", 10)], Settings)["7x8"];

        Assert.False(standing.IsSecure);
        Assert.Equal(1, standing.FastCorrectDays);
    }

    [Fact]
    public void From_RightButSlow_DoesNotCountTowardsSecure()
    {
        var standing = FactStandings.From([Fast("7x8", 10), Slow("7x8", 11), Fast("7x8", 12)], Settings)["7x8"];

        Assert.False(standing.IsSecure);
        Assert.Equal(2, standing.FastCorrectDays);
        Assert.Equal(1.0, standing.Accuracy);
    }

    [Fact]
    public void From_ExactlyTheSecureTime_Counts()
    {
        var onTime = new FactAttempt("7x8", 1, true, 3000);
        var late = new FactAttempt("7x8", 1, true, 3001);

        Assert.True(FactStandings.IsFastCorrect(onTime, Settings));
        Assert.False(FactStandings.IsFastCorrect(late, Settings));
    }

    [Fact]
    public void From_LongerSecureTimeAndFewerDays_FollowsTheSettings()
    {
        var settings = Settings with { SecureWithinMilliseconds = 5000, SecureDays = 2 };

        var standing = FactStandings.From([Slow("7x8", 1), Slow("7x8", 2)], settings)["7x8"];

        Assert.Equal(2, standing.SecuredOnDay);
    }

    [Fact]
    public void From_AnswersOutOfOrder_AreReadInDayOrder()
    {
        var standing = FactStandings.From([Wrong("7x8", 5), Fast("7x8", 3)], Settings)["7x8"];

        Assert.False(standing.LastCorrect);
        Assert.Equal(5, standing.LastDay);
    }

    [Fact]
    public void From_RightAnswers_GiveTheirMedianTime()
    {
        var history = new[] { new FactAttempt("6x7", 1, true, 1000), new FactAttempt("6x7", 1, true, 5000), new FactAttempt("6x7", 2, true, 2000), Wrong("6x7", 3) };

        var standing = FactStandings.From(history, Settings)["6x7"];

        Assert.Equal(2000, standing.MedianMilliseconds);
        Assert.Equal(0.75, standing.Accuracy);
    }

    [Fact]
    public void From_NoRightAnswer_HasNoMedianTime() =>
        Assert.Null(FactStandings.From([Wrong("6x7", 1)], Settings)["6x7"].MedianMilliseconds);

    [Theory]
    [InlineData(1, 11)]
    [InlineData(2, 12)]
    [InlineData(3, 14)]
    [InlineData(4, 17)]
    [InlineData(6, 17)]
    public void From_DaysInARowFastAndRight_SpaceTheNextReview(int days, int due)
    {
        var history = Enumerable.Range(10 - days + 1, days).Select(d => Fast("7x8", d));

        var standing = FactStandings.From(history, Settings)["7x8"];

        Assert.Equal(days, standing.Streak);
        Assert.Equal(due - 10, standing.DueDay - standing.LastDay);
    }

    [Fact]
    public void From_WrongAnswerAfterAStreak_ComesBackTheNextDay()
    {
        var standing = FactStandings.From([Fast("7x8", 1), Fast("7x8", 2), Wrong("7x8", 4)], Settings)["7x8"];

        Assert.Equal(0, standing.Streak);
        Assert.Equal(5, standing.DueDay);
    }

    [Fact]
    public void From_NegativeTime_IsRefused() =>
        Assert.Throws<ArgumentException>(() => FactStandings.From([new FactAttempt("7x8", 1, true, -1)], Settings));

    [Fact]
    public void Validate_NonsenseSetting_NamesIt()
    {
        var problem = Assert.Throws<ArgumentException>(() => (Settings with { ReviewIntervals = [] }).Validate());

        Assert.Contains("ReviewIntervals", problem.Message, StringComparison.Ordinal);
    }
}
