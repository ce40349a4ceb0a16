using KeepUp.Domain.Fluency;
using static KeepUp.Domain.Tests.Fluency.Answers;

namespace KeepUp.Domain.Tests.Fluency;

public sealed class MtcReadinessTests
{
    [Fact]
    public void For_NoAnswers_ExpectsHalfMarksWithAWideRange()
    {
        var readiness = MtcReadinessEstimate.For([]);

        Assert.Equal(12.5, readiness.ExpectedScore, 6);
        Assert.Equal(66, readiness.Chances.Count);
        Assert.True(readiness.Low < 10 && readiness.High > 15, $"{readiness.Low}..{readiness.High}");
    }

    [Fact]
    public void For_EveryFactFastAndRight_ExpectsNearlyFullMarks()
    {
        var readiness = MtcReadinessEstimate.For(KnowsFast(Tables(), 1, 2, 3).ToList());

        Assert.InRange(readiness.ExpectedScore, 23, 25);
        Assert.True(readiness.High <= 25);
    }

    [Fact]
    public void For_RightButSlowerThanSixSeconds_CountsAsMissed()
    {
        var slow = Tables().SelectMany(id => Enumerable.Range(1, 3).Select(day => new FactAttempt(id, day, true, 6500))).ToList();

        Assert.InRange(MtcReadinessEstimate.For(slow).ExpectedScore, 0, 2);
    }

    [Fact]
    public void For_SomeTablesKnown_ScoresTheirShareOfTheForm()
    {
        // Knows every fact with a factor of 2, 5 or 10 and nothing else.
        var known = Tables().Where(id => FactCatalogue.Get(id).Operands.Any(f => f is 2 or 5 or 10)).ToHashSet();
        var history = Tables().SelectMany(id => Enumerable.Range(1, 6).Select(day => known.Contains(id) ? Fast(id, day) : Wrong(id, day))).ToList();
        var forms = Enumerable.Range(0, MtcReadinessEstimate.ReferenceForms).Select(s => MtcForms.Generate(s)).ToList();
        var share = forms.Average(f => f.Questions.Count(q => known.Contains(q.FactId)));

        var readiness = MtcReadinessEstimate.For(history);

        // With 6 answers and a prior of 2 a known fact has (6 + 2m)/8 and an unknown one 2m/8.
        Assert.InRange(readiness.ExpectedScore, share - 2, share + 2);
        Assert.All(readiness.FactsToWorkOn, c => Assert.DoesNotContain(c.Item.FactId, known));
    }

    [Fact]
    public void For_OneMoreFastRightAnswer_NeverLowersTheEstimate()
    {
        var history = new List<FactAttempt> { Wrong("7x8", 1), Fast("6x7", 1), Wrong("9x6", 2) };
        var before = MtcReadinessEstimate.For(history).Chances.Single(c => c.Item == new MtcItem(7, 8)).Chance;

        history.Add(Fast("8x7", 3));

        Assert.True(MtcReadinessEstimate.For(history).Chances.Single(c => c.Item == new MtcItem(7, 8)).Chance > before);
    }

    [Fact]
    public void For_OldAnswers_GiveWayToTheLatestSix()
    {
        var history = Enumerable.Range(1, 10).Select(d => Wrong("7x8", d)).Concat(Enumerable.Range(11, 6).Select(d => Fast("7x8", d))).ToList();

        var chance = MtcReadinessEstimate.For(history).Chances.Single(c => c.Item == new MtcItem(7, 8));

        Assert.Equal(6, chance.Answers);
        Assert.True(chance.Chance > 0.8, $"{chance.Chance}");
    }

    [Fact]
    public void For_UnpractisedFact_TakesThePupilsOverallRate()
    {
        var history = KnowsFast(["7x8", "6x7", "9x6"], 1, 2).ToList();

        var readiness = MtcReadinessEstimate.For(history);

        var unpractised = readiness.Chances.Single(c => c.Item == new MtcItem(11, 12));
        Assert.Equal(0, unpractised.Answers);
        // Three of the 66 pairs practised, all 6 answers fast and right: (3/66)·(7/8) + (63/66)·½.
        Assert.Equal((3.0 / 66 * 7 / 8) + (63.0 / 66 * 0.5), unpractised.Chance, 9);
    }

    [Fact]
    public void For_FewEasyPairsPractised_StaysCautiousAboutTheRest()
    {
        var readiness = MtcReadinessEstimate.For(KnowsFast(["2x3", "5x4", "10x6", "2x7"], 1, 2, 3).ToList());

        Assert.InRange(readiness.ExpectedScore, 12.5, 14);
    }

    [Fact]
    public void For_Frequencies_AddUpToTheFormLength() =>
        Assert.Equal(25, MtcReadinessEstimate.For([]).Chances.Sum(c => c.Frequency), 6);

    [Fact]
    public void For_AnyHistory_RangeContainsTheEstimate()
    {
        var readiness = MtcReadinessEstimate.For(KnowsFast(Tables(2, 7), 1).ToList());

        Assert.True(readiness.Low <= readiness.ExpectedScore && readiness.ExpectedScore <= readiness.High);
        Assert.True(readiness.Low >= 0);
        Assert.Equal(10, readiness.FactsToWorkOn.Count);
    }
}
