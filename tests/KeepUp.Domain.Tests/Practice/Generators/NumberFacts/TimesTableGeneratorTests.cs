using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice;
using KeepUp.Domain.Practice.Generators.NumberFacts;

namespace KeepUp.Domain.Tests.Practice.Generators.NumberFacts;

public sealed class TimesTableGeneratorTests
{
    [Fact]
    public void Generate_ThousandSeeds_OracleAgreesWithEveryAnswer() =>
        FamilyRuns.AssertOracleAgrees(FamilyRuns.Sets<TimesTableGenerator>());

    [Fact]
    public void Generate_SingleTableSteps_EverySentenceUsesTheTable()
    {
        foreach (var (step, set) in FamilyRuns.Sets<TimesTableGenerator>())
        {
            var title = System.Text.RegularExpressions.Regex.Match(step.Title, @"^The (\d+) times");
            if (!title.Success)
            {
                continue;
            }

            var table = Fraction.Whole(int.Parse(title.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
            foreach (var q in set.Questions.Where(q => q.Variation.Dimension != Variation.Deepening))
            {
                Assert.Contains(table, FamilyRuns.NumbersIn(q.Prompt).Append(FactOracle.Number(q.Answer.Canonical)!.Value));
            }
        }
    }

    [Fact]
    public void Generate_ArrayPictures_ShowTheGroupsInTheSentence()
    {
        foreach (var (step, set) in FamilyRuns.Sets<TimesTableGenerator>())
        {
            foreach (var q in set.Questions.Where(q => q.Picture is ArrayPicture && q.Prompt.Contains('×', StringComparison.Ordinal)))
            {
                var array = (ArrayPicture)q.Picture!;
                Assert.Contains(Fraction.Whole(array.Rows * array.Columns), FamilyRuns.NumbersIn(q.Prompt).Append(FactOracle.Number(q.Answer.Canonical)!.Value));
            }
        }
    }
}
