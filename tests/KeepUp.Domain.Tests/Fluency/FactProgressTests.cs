using KeepUp.Domain.Fluency;
using static KeepUp.Domain.Tests.Fluency.Answers;

namespace KeepUp.Domain.Tests.Fluency;

public sealed class FactProgressTests
{
    [Fact]
    public void ForPupil_AnsweredFact_FillsItsSquare()
    {
        var history = new[] { Fast("7x8", 1), new FactAttempt("7x8", 2, true, 2500), Wrong("7x8", 3), Fast("8x7", 1) };

        var map = TablesHeatMap.ForPupil(history);

        var cell = map[7, 8];
        Assert.Equal((7, 8, 3, 2), (cell.A, cell.B, cell.Attempts, cell.Correct));
        Assert.Equal(2.0 / 3, cell.Accuracy);
        Assert.Equal((1500 + 2500) / 2, cell.MedianMilliseconds);
        Assert.Equal(1, map[8, 7].Attempts);
        Assert.Null(map[3, 3].Accuracy);
        Assert.Equal(144, map.Cells.Count);
    }

    [Fact]
    public void ForClass_Pupils_PoolAnswersAndCountThoseSecure()
    {
        var secure = KnowsFast(["6x7"], 1, 2, 3).ToList();
        var learning = new List<FactAttempt> { Wrong("6x7", 1) };

        var cell = TablesHeatMap.ForClass([secure, learning, []])[6, 7];

        Assert.Equal((4, 3, 2, 1), (cell.Attempts, cell.Correct, cell.Pupils, cell.SecurePupils));
    }

    [Fact]
    public void HeatMap_SquareOutsideTheTables_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => TablesHeatMap.ForPupil([])[13, 1]);

    [Fact]
    public void SecuredOverTime_Days_CountFactsSecureByEachDay()
    {
        var history = KnowsFast(["6x7"], 1, 2, 3).Concat(KnowsFast(["7x8"], 2, 4, 5)).Concat(KnowsFast(["3+4"], 1, 2)).ToList();

        var points = FactProgress.SecuredOverTime(history, 1, 6);

        Assert.Equal([0, 0, 1, 1, 2, 2], points.Select(p => p.Secured));
        Assert.Equal(Enumerable.Range(1, 6), points.Select(p => p.Day));
        Assert.Equal(1, FactProgress.SecuredOverTime(history, 6, 6, which: f => f.Id == "7x8")[0].Secured);
    }

    [Fact]
    public void SecuredOverTime_BackwardsRange_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => FactProgress.SecuredOverTime([], 5, 4));

    [Fact]
    public void AgainstExpectations_Year2_ListsTheFactsNotYetSecure()
    {
        var year2 = FactCatalogue.ExpectedBy(2);
        var history = KnowsFast(year2.Skip(1).Select(f => f.Id), 1, 2, 3).ToList();

        var progress = FactProgress.AgainstExpectations(2, history);

        Assert.Equal((year2.Count, year2.Count - 1), (progress.Expected, progress.Secure));
        Assert.Equal([year2[0]], progress.NotYetSecure);
        Assert.False(progress.AllSecure);
        Assert.True(FactProgress.AgainstExpectations(2, KnowsFast(year2.Select(f => f.Id), 1, 2, 3)).AllSecure);
    }
}
