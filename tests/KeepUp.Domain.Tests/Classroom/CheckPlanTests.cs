using KeepUp.Domain.Classroom;

namespace KeepUp.Domain.Tests.Classroom;

public sealed class CheckPlanTests
{
    [Theory]
    [InlineData(8, 4, new[] { 1, 3, 6, 8 })]
    [InlineData(5, 3, new[] { 1, 3, 5 })]
    [InlineData(5, 6, new[] { 1, 2, 3, 4, 5 })]
    [InlineData(10, 6, new[] { 1, 3, 5, 6, 8, 10 })]
    [InlineData(10, 1, new[] { 1, 6, 10 })]
    public void Positions_SetAndCount_SpreadFromFirstToLast(int setSize, int questions, int[] expected) =>
        Assert.Equal(expected, CheckPlan.Positions(setSize, questions));

    [Fact]
    public void Positions_AnySize_AreDistinctAndAscending()
    {
        for (var size = 3; size <= 10; size++)
        {
            for (var count = 3; count <= 6; count++)
            {
                var positions = CheckPlan.Positions(size, count);
                Assert.Equal(positions.Order(), positions);
                Assert.Equal(positions.Count, positions.Distinct().Count());
                Assert.Equal(Math.Min(count, size), positions.Count);
            }
        }
    }

    [Fact]
    public void SeedFor_SamePupil_IsStableAndDiffersBetweenPupils()
    {
        var pupils = Enumerable.Range(1, 200).Select(i => new Guid(i, 7, 7, 1, 2, 3, 4, 5, 6, 7, 8)).ToList();
        var seeds = pupils.Select(p => CheckPlan.SeedFor(42, p)).ToList();

        Assert.Equal(seeds, pupils.Select(p => CheckPlan.SeedFor(42, p)));
        Assert.Equal(200, seeds.Distinct().Count());
        Assert.All(seeds, s => Assert.InRange(s, 0, int.MaxValue));
        Assert.NotEqual(seeds, pupils.Select(p => CheckPlan.SeedFor(43, p)));
    }
}
