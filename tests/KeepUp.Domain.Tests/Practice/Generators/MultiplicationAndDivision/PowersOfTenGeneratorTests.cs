using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice;
using KeepUp.Domain.Practice.Generators.MultiplicationAndDivision;

namespace KeepUp.Domain.Tests.Practice.Generators.MultiplicationAndDivision;

public sealed class PowersOfTenGeneratorTests
{
    [Fact]
    public void Generate_ThousandSeeds_OracleAgreesWithEveryAnswer() =>
        FamilyRuns.AssertOracleAgrees(FamilyRuns.Sets<PowersOfTenGenerator>());

    [Fact]
    public void Generate_PlaceValueCharts_ShowANumberFromTheSentence()
    {
        var places = new Dictionary<string, Fraction>
        {
            ["Millions"] = 1_000_000, ["Hundred thousands"] = 100_000, ["Ten thousands"] = 10_000, ["Thousands"] = 1000, ["Hundreds"] = 100, ["Tens"] = 10, ["Ones"] = 1,
            ["Tenths"] = Fraction.Of(1, 10), ["Hundredths"] = Fraction.Of(1, 100), ["Thousandths"] = Fraction.Of(1, 1000),
        };
        foreach (var (step, set) in FamilyRuns.Sets<PowersOfTenGenerator>())
        {
            foreach (var q in set.Questions.Where(q => q.Picture is PlaceValueChartPicture))
            {
                var chart = (PlaceValueChartPicture)q.Picture!;
                var shown = chart.Columns.Aggregate(Fraction.Zero, (sum, c) => sum + places[c.Heading] * Fraction.Whole(c.Counters));
                Assert.Contains(shown, FamilyRuns.NumbersIn(q.Prompt).Append(FactOracle.Number(q.Answer.Canonical)!.Value));
            }
        }
    }
}
