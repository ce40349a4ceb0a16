using KeepUp.Domain.Mastery;

namespace KeepUp.Domain.Tests.Mastery;

public sealed class KnowledgeStateTests
{
    private static readonly BktParameters Step = new(0.3, 0.1, 0.2, 0.1);

    [Fact]
    public void Start_Parameters_HoldsPriorAndItsComplement()
    {
        var state = KnowledgeState.Start(Step);

        Assert.Equal(0.3, state.Known);
        Assert.Equal(0.7, state.NotKnown, 15);
        Assert.Equal((0.2 * 0.7) + (0.9 * 0.3), state.ChanceCorrect(Step), 15);
    }

    [Fact]
    public void After_Correct_AppliesBayesThenLearning()
    {
        // Bayes: 0.3·0.9 / (0.3·0.9 + 0.7·0.2) = 0.27 / 0.41; then learning: k + 0.1·(1 − k).
        var posterior = 0.27 / 0.41;

        var state = KnowledgeState.Start(Step).After(true, Step);

        Assert.Equal(posterior + (0.1 * (1 - posterior)), state.Known, 12);
        Assert.Equal(1, state.Known + state.NotKnown, 12);
    }

    [Fact]
    public void After_Wrong_LowersTheChanceOfKnowing()
    {
        var start = KnowledgeState.Start(Step);

        var state = start.After(false, Step);

        // Bayes: 0.3·0.1 / (0.3·0.1 + 0.7·0.8), then learning.
        var posterior = 0.03 / 0.59;
        Assert.Equal(posterior + (0.1 * (1 - posterior)), state.Known, 12);
        Assert.True(state.Known < start.Known);
    }

    [Fact]
    public void After_ThousandsOfCorrectAnswers_StaysAProbability()
    {
        var steady = new BktParameters(0.6, 0.01, 0.3, 1.3e-9);
        var state = KnowledgeState.Start(steady);

        for (var i = 0; i < 5000; i++)
        {
            state = state.After(true, steady);
            Assert.InRange(state.ChanceCorrect(steady), 0, 1);
        }

        Assert.InRange(state.Known, 0.999999, 1);
        Assert.InRange(state.NotKnown, 0, 1e-6);
    }
}
