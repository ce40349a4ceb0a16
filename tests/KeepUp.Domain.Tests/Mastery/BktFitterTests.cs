using KeepUp.Domain.Mastery;

namespace KeepUp.Domain.Tests.Mastery;

public sealed class BktFitterTests
{
    private static readonly BktParameters Truth = new(0.3, 0.15, 0.2, 0.08);

    [Fact]
    public void Fit_PupilsFollowingTheModel_RecoversTheirParameters()
    {
        var answers = SimulatedClass.Answers(Truth, pupils: 1500, answersEach: 10, seed: 7);

        var fit = new BktFitter().Fit(answers);

        Assert.False(fit.UsedDefault);
        Assert.Equal(Truth.Prior, fit.Parameters.Prior, 0.05);
        Assert.Equal(Truth.Learn, fit.Parameters.Learn, 0.05);
        Assert.Equal(Truth.Guess, fit.Parameters.Guess, 0.05);
        Assert.Equal(Truth.Slip, fit.Parameters.Slip, 0.05);
        Assert.InRange(fit.Iterations, 2, 200);
    }

    [Fact]
    public void Fit_Answers_ReportsTheLogLikelihoodOfTheParametersItReturns()
    {
        // Short runs repeat often, so this also checks that merged identical runs are weighted right.
        var answers = SimulatedClass.Answers(Truth, pupils: 300, answersEach: 3, seed: 11);

        var fit = new BktFitter().Fit(answers);

        Assert.Equal(SimulatedClass.LogLikelihood(answers, fit.Parameters), fit.LogLikelihood, 6);
    }

    [Fact]
    public void Fit_BeatsTheTruthAndTheDefaultsOnItsOwnData()
    {
        var answers = SimulatedClass.Answers(Truth, pupils: 200, answersEach: 8, seed: 3);

        var fit = new BktFitter().Fit(answers);

        Assert.True(fit.LogLikelihood >= SimulatedClass.LogLikelihood(answers, Truth) - 1e-6);
        Assert.True(fit.LogLikelihood > SimulatedClass.LogLikelihood(answers, BktParameters.Default));
    }

    [Fact]
    public void Fit_SameSeed_GivesTheSameParameters()
    {
        var answers = SimulatedClass.Answers(Truth, pupils: 200, answersEach: 6, seed: 5);

        Assert.Equal(new BktFitter(seed: 9).Fit(answers), new BktFitter(seed: 9).Fit(answers));
    }

    [Fact]
    public void Fit_AnswersThatWantAHighGuess_KeepsGuessAndSlipBelowHalf()
    {
        var easy = SimulatedClass.Answers(new BktParameters(0.1, 0.02, 0.49, 0.01), pupils: 300, answersEach: 10, seed: 13)
            .Select(run => (IReadOnlyList<bool>)[.. run.Select((a, i) => a || i % 3 == 0)])
            .ToList();

        var fit = new BktFitter().Fit(easy);

        Assert.InRange(fit.Parameters.Guess, BktFitter.Floor, BktFitter.GuessSlipCeiling);
        Assert.InRange(fit.Parameters.Slip, BktFitter.Floor, BktFitter.GuessSlipCeiling);
    }

    [Fact]
    public void Fit_AllCorrect_StaysWithinBounds()
    {
        IReadOnlyList<IReadOnlyList<bool>> perfect = [.. Enumerable.Range(0, 10).Select(_ => (IReadOnlyList<bool>)[true, true, true, true])];

        var p = new BktFitter().Fit(perfect).Parameters;

        Assert.All([p.Prior, p.Learn, p.Guess, p.Slip], v => Assert.InRange(v, BktFitter.Floor, 1 - BktFitter.Floor));
        Assert.True(p.Prior > 0.9);
    }

    [Theory]
    [InlineData(2, 15)] // two pupils
    [InlineData(10, 1)] // ten answers
    public void Fit_TooLittleData_UsesTheDefaultsAndSaysSo(int pupils, int answersEach)
    {
        var fit = new BktFitter().Fit(SimulatedClass.Answers(Truth, pupils, answersEach, seed: 1));

        Assert.True(fit.UsedDefault);
        Assert.Same(BktParameters.Default, fit.Parameters);
        Assert.Equal(0, fit.Iterations);
    }

    [Fact]
    public void Fit_Nothing_UsesTheDefaults() =>
        Assert.True(new BktFitter().Fit([]).UsedDefault);

    [Theory]
    [InlineData(0, 1e-6, 10)]
    [InlineData(5, 0, 10)]
    [InlineData(5, 1e-6, 0)]
    public void New_BadSettings_AreRefused(int restarts, double tolerance, int maxIterations) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new BktFitter(restarts, 1, tolerance, maxIterations));

    [Fact]
    public void AnswerSequences_OffsetsNotMatchingAnswers_AreRefused()
    {
        Assert.Throws<ArgumentException>(() => new AnswerSequences([true, false], [0, 1]));
        Assert.Throws<ArgumentException>(() => new AnswerSequences([true, false], [0, 0, 2]));
    }

    [Fact]
    public void AnswerSequences_From_SkipsPupilsWithoutAnswers()
    {
        var packed = AnswerSequences.From([[true], [], [false, true]]);

        Assert.Equal(2, packed.Pupils);
        Assert.Equal(3, packed.Answers);
        Assert.Equal([0, 1, 3], packed.Starts.ToArray());
        Assert.Equal(2, packed.LongestRun());
    }
}
