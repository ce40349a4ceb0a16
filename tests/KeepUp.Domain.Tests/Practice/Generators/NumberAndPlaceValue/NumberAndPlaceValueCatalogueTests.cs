using KeepUp.Domain.Curriculum;

namespace KeepUp.Domain.Tests.Practice.Generators.NumberAndPlaceValue;

public sealed class NumberAndPlaceValueCatalogueTests
{
    [Fact]
    public void Catalogue_EveryNumberAndPlaceValueStep_HasAGenerator()
    {
        var missing = ShippedSteps.Map.Steps
            .Where(s => s.Strand == Strand.NPV && ShippedSteps.Catalogue.For(s.Id) is null && !CatalogueCoverageTests.KnownGaps.Contains(s.Id.Value))
            .Select(s => s.Id.Value)
            .ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void Generate_StepsBeforeNegativeNumbers_NeverOfferANegativeChoice()
    {
        foreach (var step in ShippedSteps.Map.Steps.Where(s => s.Strand == Strand.NPV && ShippedSteps.Catalogue.For(s.Id) is not null && !s.Title.Contains("negative", StringComparison.OrdinalIgnoreCase)
            && !s.Title.Contains("zero", StringComparison.OrdinalIgnoreCase)))
        {
            for (var seed = 0; seed < 60; seed++)
            {
                var set = ShippedSteps.Catalogue.Generate(step, seed * 35_791)!;
                Assert.All(set.Questions.SelectMany(q => q.Choices), c => Assert.False(c.Text.StartsWith('\u2212'), $"{step.Id} seed {seed}: '{c.Text}'."));
            }
        }
    }
}
