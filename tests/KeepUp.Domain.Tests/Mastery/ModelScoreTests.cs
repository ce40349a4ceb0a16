using KeepUp.Domain.Mastery;

namespace KeepUp.Domain.Tests.Mastery;

public sealed class ModelScoreTests
{
    [Fact]
    public void Of_SmallCase_MatchesHandWorking()
    {
        // Pairs (right, wrong): (0.35, 0.1) ✓, (0.35, 0.4) ✗, (0.8, 0.1) ✓, (0.8, 0.4) ✓ → AUC 3/4.
        // Squared errors: 0.01, 0.16, 0.4225, 0.04 → RMSE √(0.6325/4). Called right: 0.1 ✓, 0.4 ✓, 0.35 ✗, 0.8 ✓.
        var score = ModelScore.Of([0.1, 0.4, 0.35, 0.8], [false, false, true, true]);

        Assert.Equal(0.75, score.Auc, 12);
        Assert.Equal(Math.Sqrt(0.6325 / 4), score.Rmse, 12);
        Assert.Equal(0.75, score.Accuracy, 12);
        Assert.Equal(4, score.Count);
    }

    [Fact]
    public void Of_TiedPredictions_CountHalf()
    {
        // Pairs: (0.5 right, 0.5 wrong) tie ½, (0.5 right, 0.2 wrong) ✓, (0.9 right, both) ✓✓ → 3.5/4.
        var score = ModelScore.Of([0.5, 0.5, 0.2, 0.9], [true, false, false, true]);

        Assert.Equal(3.5 / 4, score.Auc, 12);
    }

    [Fact]
    public void Of_ThresholdAtHalf_CountsAsPredictingRight() =>
        Assert.Equal(1, ModelScore.Of([0.5, 0.49], [true, false]).Accuracy);

    [Fact]
    public void Of_PerfectlyReversed_GivesZeroAuc() =>
        Assert.Equal(0, ModelScore.Of([0.9, 0.8, 0.2], [false, false, true]).Auc);

    [Fact]
    public void Of_OneClassOnly_HasNoAuc() =>
        Assert.True(double.IsNaN(ModelScore.Of([0.3, 0.7], [true, true]).Auc));

    [Fact]
    public void Of_DifferentLengths_IsRefused() =>
        Assert.Throws<ArgumentException>(() => ModelScore.Of([0.3, 0.7], [true]));

    [Fact]
    public void Of_NotAProbability_IsRefused() =>
        Assert.Throws<ArgumentException>(() => ModelScore.Of([1.3], [true]));

    [Fact]
    public void Of_Nothing_IsRefused() =>
        Assert.Throws<ArgumentException>(() => ModelScore.Of([], []));
}
