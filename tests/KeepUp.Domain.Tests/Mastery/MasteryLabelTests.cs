using KeepUp.Domain.Mastery;

namespace KeepUp.Domain.Tests.Mastery;

public sealed class MasteryLabelTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly DateTimeOffset ThisMorning = new(2026, 11, 23, 9, 30, 0, TimeSpan.Zero);

    /// <summary>A pupil taught the step, keeping up: each test changes what it is about.</summary>
    private static MasteryFacts Facts(
        bool taught = true, int answers = 5, double known = 0.8, DateTimeOffset? lastEvidence = null,
        bool wrongLately = false, DateOnly? firstSecure = null, TeacherJudgement? judgement = null, bool noEvidence = false) =>
        new(taught, answers, known, noEvidence ? null : lastEvidence ?? ThisMorning, wrongLately, firstSecure, Today, judgement);

    [Fact]
    public void For_StepNotTaught_IsNotYetTaught() =>
        Assert.Equal(MasteryStatus.NotYetTaught, MasteryLabel.For(Facts(taught: false, answers: 0, known: 0.2, noEvidence: true)).Status);

    [Fact]
    public void For_NotTaughtButAlreadySecure_IsSecure() =>
        Assert.Equal(MasteryStatus.Secure, MasteryLabel.For(Facts(taught: false, answers: 4, known: 0.97)).Status);

    [Fact]
    public void For_NotTaughtAndShakyPreAssessment_IsNotYetTaught() =>
        Assert.Equal(MasteryStatus.NotYetTaught, MasteryLabel.For(Facts(taught: false, answers: 4, known: 0.3, wrongLately: true)).Status);

    [Fact]
    public void For_TaughtWithoutAnswers_IsKeepingUpAndSaysThereIsNoEvidence()
    {
        var label = MasteryLabel.For(Facts(answers: 0, known: 0.2, noEvidence: true));

        Assert.Equal(MasteryStatus.KeepingUp, label.Status);
        Assert.Contains("no answers", label.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void For_WrongAnswersAndLowChance_NeedsSameDayHelp()
    {
        var label = MasteryLabel.For(Facts(known: 0.45, wrongLately: true));

        Assert.Equal(MasteryStatus.NeedsSameDayHelp, label.Status);
        Assert.Contains("45%", label.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void For_LowChanceButLatestAllRight_IsKeepingUp() =>
        Assert.Equal(MasteryStatus.KeepingUp, MasteryLabel.For(Facts(known: 0.45, wrongLately: false)).Status);

    [Theory]
    [InlineData(0.59, MasteryStatus.NeedsSameDayHelp)]
    [InlineData(0.6, MasteryStatus.KeepingUp)]
    public void For_SameDayHelpThreshold_IsBelowSixty(double known, MasteryStatus expected) =>
        Assert.Equal(expected, MasteryLabel.For(Facts(known: known, wrongLately: true)).Status);

    [Theory]
    [InlineData(3, 0.95, MasteryStatus.Secure)]
    [InlineData(2, 0.99, MasteryStatus.KeepingUp)]
    [InlineData(10, 0.949, MasteryStatus.KeepingUp)]
    public void For_SecureThreshold_NeedsBothChanceAndAnswers(int answers, double known, MasteryStatus expected) =>
        Assert.Equal(expected, MasteryLabel.For(Facts(answers: answers, known: known)).Status);

    [Theory]
    [InlineData(41, MasteryStatus.Secure)]
    [InlineData(42, MasteryStatus.CheckAgain)]
    public void For_SecureOnceThenUnseen_ChecksAgainAfterAHalfTerm(int daysAgo, MasteryStatus expected)
    {
        var label = MasteryLabel.For(Facts(known: 0.97, lastEvidence: ThisMorning.AddDays(-daysAgo), firstSecure: Today.AddDays(-60)));

        Assert.Equal(expected, label.Status);
    }

    [Fact]
    public void For_NeverSecureAndUnseen_DoesNotCheckAgain() =>
        Assert.Equal(MasteryStatus.KeepingUp, MasteryLabel.For(Facts(known: 0.7, lastEvidence: ThisMorning.AddDays(-100))).Status);

    [Fact]
    public void For_JudgementAfterTheEvidence_Overrides()
    {
        var judgement = new TeacherJudgement(MasteryStatus.Secure, "Ms Patel", ThisMorning.AddHours(3), "Explained it to me with a bar model.");

        var label = MasteryLabel.For(Facts(known: 0.4, wrongLately: true, judgement: judgement));

        Assert.Equal(MasteryStatus.Secure, label.Status);
        Assert.Same(judgement, label.Judgement);
        Assert.Contains("Ms Patel", label.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void For_JudgementWithNoEvidence_Overrides() =>
        Assert.Equal(MasteryStatus.NeedsSameDayHelp, MasteryLabel.For(Facts(answers: 0, noEvidence: true,
            judgement: new TeacherJudgement(MasteryStatus.NeedsSameDayHelp, "Mr Jones", ThisMorning, "Could not start the task."))).Status);

    [Fact]
    public void For_EvidenceNewerThanTheJudgement_Wins()
    {
        var judgement = new TeacherJudgement(MasteryStatus.Secure, "Ms Patel", ThisMorning.AddDays(-2), "Fine in class.");

        var label = MasteryLabel.For(Facts(known: 0.4, wrongLately: true, judgement: judgement));

        Assert.Equal(MasteryStatus.NeedsSameDayHelp, label.Status);
        Assert.Null(label.Judgement);
    }

    [Fact]
    public void Facts_BadNumbers_AreRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Facts(answers: -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Facts(known: 1.2));
    }

    [Theory]
    [InlineData("", "Because.")]
    [InlineData("Ms Patel", " ")]
    public void TeacherJudgement_WithoutWhoOrWhy_IsRefused(string who, string why) =>
        Assert.Throws<ArgumentException>(() => new TeacherJudgement(MasteryStatus.Secure, who, ThisMorning, why));

    [Fact]
    public void StatusText_EveryStatus_HasATitleAndADescription()
    {
        var statuses = Enum.GetValues<MasteryStatus>();

        Assert.Equal(5, statuses.Length);
        Assert.All(statuses, s =>
        {
            Assert.False(string.IsNullOrWhiteSpace(s.Title()));
            Assert.EndsWith(".", s.Description(), StringComparison.Ordinal);
        });
        Assert.Equal(statuses.Length, statuses.Select(s => s.Title()).Distinct().Count());
        Assert.Equal("Needs same-day help", MasteryStatus.NeedsSameDayHelp.Title());
    }
}
