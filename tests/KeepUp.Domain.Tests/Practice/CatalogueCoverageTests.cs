using System.Text.RegularExpressions;
using KeepUp.Domain.Curriculum;

namespace KeepUp.Domain.Tests.Practice;

/// <summary>Which steps have generators: all number-strand steps and the money, time and length steps.</summary>
public sealed partial class CatalogueCoverageTests
{
    [Fact]
    public void Catalogue_EveryNumberStepHasAGenerator()
    {
        var missing = ShippedSteps.Map.Steps
            .Where(s => s.Strand.IsNumber() && ShippedSteps.Catalogue.For(s.Id) is null)
            .Select(s => s.Id.Value)
            .ToList();

        Assert.True(missing.Count == 0, $"{missing.Count} number steps have no generator: {string.Join(", ", missing.Take(40))}");
    }

    [Fact]
    public void Catalogue_EveryMoneyTimeAndLengthStepHasAGenerator()
    {
        var missing = ShippedSteps.Map.Steps
            .Where(s => s.Strand == Strand.M && MoneyTimeLength().IsMatch(s.Title) && !NotLength().IsMatch(s.Title))
            .Where(s => ShippedSteps.Catalogue.For(s.Id) is null)
            .Select(s => $"{s.Id.Value} ({s.Title})")
            .ToList();

        Assert.True(missing.Count == 0, $"{missing.Count} measurement steps have no generator: {string.Join(", ", missing)}");
    }

    [Fact]
    public void Catalogue_EveryEntryIsAShippedStep()
    {
        var unknown = ShippedSteps.Catalogue.StepIds.Where(id => ShippedSteps.Map.Find(StepId.Parse(id)) is null).ToList();

        Assert.Empty(unknown);
    }

    [GeneratedRegex("money|pounds|pence|coin|time|clock|hour|minute|second|duration|length|height|metre|centimetre|kilometre|mile|imperial", RegexOptions.IgnoreCase)]
    private static partial Regex MoneyTimeLength();

    [GeneratedRegex("area|volume|perimeter", RegexOptions.IgnoreCase)]
    private static partial Regex NotLength();
}
