using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice;
using KeepUp.Domain.Practice.Generators.MultiplicationAndDivision;

namespace KeepUp.Domain.Tests.Practice.Generators.MultiplicationAndDivision;

public sealed class EqualGroupsGeneratorTests
{
    [Fact]
    public void Generate_ThousandSeeds_OracleAgreesWithEveryAnswer() =>
        FamilyRuns.AssertOracleAgrees(FamilyRuns.Sets<EqualGroupsGenerator>());

    [Fact]
    public void Generate_RowsPrompts_ArrayMatchesTheRows()
    {
        foreach (var (step, set) in FamilyRuns.Sets<EqualGroupsGenerator>())
        {
            foreach (var q in set.Questions.Where(q => q.Prompt.StartsWith("There are", StringComparison.Ordinal) && q.Prompt.Contains(" rows of ", StringComparison.Ordinal) && q.Picture is ArrayPicture))
            {
                var n = FamilyRuns.NumbersIn(q.Prompt);
                var array = (ArrayPicture)q.Picture!;
                Assert.Equal((n[0], n[1]), (Fraction.Whole(array.Rows), Fraction.Whole(array.Columns)));
            }
        }
    }

    [Fact]
    public void Generate_YearOneSteps_WriteTotalsAsRepeatedAddition()
    {
        foreach (var (step, set) in FamilyRuns.Sets<EqualGroupsGenerator>().Where(s => s.Step.Year == 1))
        {
            Assert.All(set.Questions.Where(q => q.Format == QuestionFormat.MissingNumber), q => Assert.DoesNotContain("×", q.Prompt, StringComparison.Ordinal));
        }
    }
}
