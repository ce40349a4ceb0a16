using KeepUp.Application.Common;
using KeepUp.Application.Curriculum;
using KeepUp.Storage.Curriculum;

namespace KeepUp.Application.Tests;

public sealed class CurriculumQueriesTests
{
    private static readonly CurriculumQueries Queries = new(new CurriculumCatalogue(CurriculumFolder.Load(CurriculumFolder.Default).Curriculum!));

    [Theory]
    [InlineData("y3-npv-ten-tens-make-a-hundred")]
    [InlineData("  Y3-NPV-TEN-TENS-MAKE-A-HUNDRED ")]
    public void FindStep_IdInAnyCase_FindsIt(string id) =>
        Assert.Equal("Ten tens make one hundred", Queries.FindStep(id).Value?.Title);

    [Fact]
    public void FindStep_Unknown_IsANotFoundErrorWithAnExplanation()
    {
        var error = Assert.IsType<NotFoundError>(Queries.FindStep("y3-nope").Error);

        Assert.Equal("step-not-found", error.Code);
        Assert.Contains("'y3-nope'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DescribeYear_GroupsBlocksByTermInTeachingOrder()
    {
        var year = Queries.DescribeYear(2).Value!;

        Assert.Equal([Domain.Curriculum.Term.Autumn, Domain.Curriculum.Term.Spring, Domain.Curriculum.Term.Summer], year.Terms.Select(t => t.Term));
        var orders = year.Terms.SelectMany(t => t.Blocks).Select(b => b.Block.Order).ToList();
        Assert.Equal(orders.Order(), orders);
        Assert.Equal(Queries.ListSteps(2).Count, year.StepCount);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    public void DescribeYear_NotAPrimaryYear_IsAnInvalidRequest(int year) =>
        Assert.Equal("no-such-year", Assert.IsType<InvalidRequestError>(Queries.DescribeYear(year).Error).Code);

    [Fact]
    public void PlanMixedAge_Years5And6_TeachesSomeLinesTogether()
    {
        var plan = Queries.PlanMixedAge(5, 6).Value!;

        Assert.True(plan.TogetherCount > 20, $"Only {plan.TogetherCount} lines together.");
        Assert.True(plan.SeparateCount > 0);
        var planned = plan.Strands.SelectMany(s => s.Lines).SelectMany(l => l.Younger.Append(l.Older)).OfType<Domain.Curriculum.SmallStep>().Select(s => s.Id).ToHashSet();
        Assert.True(Queries.ListSteps(5).Concat(Queries.ListSteps(6)).All(s => planned.Contains(s.Id)), "Every step of both years appears in the plan.");
    }

    [Fact]
    public void PlanMixedAge_NotConsecutive_IsAnInvalidRequest() =>
        Assert.Equal("not-a-mixed-age-pair", Queries.PlanMixedAge(4, 6).Error?.Code);
}
