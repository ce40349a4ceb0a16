using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Mastery;

namespace KeepUp.Domain.Tests.Mastery;

public sealed class MasteryTrackerTests
{
    private static readonly StepId Counting = StepId.Parse("y1-npv-count-to-ten");
    private static readonly StepId Adding = StepId.Parse("y1-as-add-within-ten");
    private static readonly BktParameters Fitted = new(0.3, 0.2, 0.15, 0.1);

    [Fact]
    public void Estimate_Answers_FollowsKnowledgeStateInOrder()
    {
        var tracker = new MasteryTracker(new Dictionary<StepId, BktParameters> { [Counting] = Fitted });

        var estimate = tracker.Estimate(Counting, [true, false, true]);

        var state = KnowledgeState.Start(Fitted).After(true, Fitted).After(false, Fitted).After(true, Fitted);
        Assert.Equal(state.Known, estimate.Known);
        Assert.Equal(state.ChanceCorrect(Fitted), estimate.NextCorrect);
        Assert.Equal(3, estimate.Answers);
        Assert.False(estimate.UsedDefaultParameters);
    }

    [Fact]
    public void Estimate_StepWithoutParameters_UsesTheDefaults()
    {
        var estimate = new MasteryTracker(new Dictionary<StepId, BktParameters>()).Estimate(Adding, []);

        Assert.True(estimate.UsedDefaultParameters);
        Assert.Equal(BktParameters.Default.Prior, estimate.Known);
    }

    [Fact]
    public void EstimateAll_SecurePrerequisite_RaisesThePrior()
    {
        var parameters = new Dictionary<StepId, BktParameters> { [Counting] = Fitted, [Adding] = Fitted };
        var withGraph = new MasteryTracker(parameters, step => step == Adding ? [Counting] : []);
        var withoutGraph = new MasteryTracker(parameters);
        var answers = new Dictionary<StepId, IReadOnlyList<bool>> { [Adding] = [true], [Counting] = [true, true, true, true, true] };

        var informed = withGraph.EstimateAll(answers);
        var alone = withoutGraph.EstimateAll(answers);

        Assert.Equal(2, informed.Count);
        Assert.True(informed[Adding].Prior > Fitted.Prior);
        Assert.True(informed[Adding].Known > alone[Adding].Known);
        Assert.Equal(alone[Counting], informed[Counting]);
    }

    [Fact]
    public void EstimateAll_CyclicGraph_StillFinishes()
    {
        var tracker = new MasteryTracker(new Dictionary<StepId, BktParameters>(), step => step == Adding ? [Counting] : [Adding]);

        var all = tracker.EstimateAll(new Dictionary<StepId, IReadOnlyList<bool>> { [Adding] = [true], [Counting] = [false] });

        Assert.Equal(2, all.Count);
    }
}
