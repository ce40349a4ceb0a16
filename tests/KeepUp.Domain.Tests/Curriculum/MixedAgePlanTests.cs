using KeepUp.Domain.Curriculum;

namespace KeepUp.Domain.Tests.Curriculum;

public sealed class MixedAgePlanTests
{
    private static CurriculumMap Build() => CurriculumValidator.Validate(CurriculumBuilder.EveryYear()
        .WithBlock(5, 2).WithStep("y5-npv-only-younger").WithStep("y5-npv-shared-idea")
        .WithBlock(5, 3, strand: "F").WithStep("y5-f-equivalent")
        .WithBlock(6, 2).WithStep("y6-npv-deeper", "y5-npv-shared-idea").WithStep("y6-npv-new")
        .WithBlock(6, 3, strand: "F").WithStep("y6-f-simplify", "y5-f-equivalent")
        .ServingEverything().Build()).Curriculum!;

    [Fact]
    public void Create_OlderStepBuildingOnYoungerStep_IsTaughtTogether()
    {
        var plan = MixedAgePlan.Create(Build(), 5, 6)!;

        var npv = plan.Strands.Single(s => s.Strand == Strand.NPV).Lines;
        Assert.Equal(
            [
                (MixedAgeTeaching.YoungerOnly, "y5-npv-first", (string?)null),
                (MixedAgeTeaching.OlderOnly, "", "y6-npv-first"),
                (MixedAgeTeaching.YoungerOnly, "y5-npv-only-younger", null),
                (MixedAgeTeaching.Together, "y5-npv-shared-idea", "y6-npv-deeper"),
                (MixedAgeTeaching.OlderOnly, "", "y6-npv-new"),
            ],
            npv.Select(l => (l.Teaching, string.Join(",", l.Younger.Select(y => y.Id.Value)), l.Older?.Id.Value)));
        Assert.Equal(2, plan.TogetherCount);
        Assert.Equal(4, plan.SeparateCount);
    }

    [Fact]
    public void Create_StrandsAreRowsInTeachingOrder()
    {
        var plan = MixedAgePlan.Create(Build(), 5, 6)!;

        Assert.Equal([Strand.NPV, Strand.F], plan.Strands.Select(s => s.Strand));
    }

    [Theory]
    [InlineData(5, 5)]
    [InlineData(4, 6)]
    [InlineData(6, 7)]
    [InlineData(0, 1)]
    public void Create_YearsThatAreNotAPair_ReturnsNull(int younger, int older) =>
        Assert.Null(MixedAgePlan.Create(Build(), younger, older));

    [Fact]
    public void AlignmentRow_Year6CombinedOperations_SharesTheRowWithAdditionAndMultiplication()
    {
        Assert.Equal(Strand.ASMD, Strand.AS.AlignmentRow());
        Assert.Equal(Strand.ASMD, Strand.MD.AlignmentRow());
        Assert.Equal(Strand.F, Strand.F.AlignmentRow());
    }
}
