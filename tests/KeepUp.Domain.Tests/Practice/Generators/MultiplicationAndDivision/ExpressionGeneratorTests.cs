using KeepUp.Domain.Practice;
using KeepUp.Domain.Practice.Generators.MultiplicationAndDivision;

namespace KeepUp.Domain.Tests.Practice.Generators.MultiplicationAndDivision;

public sealed class ExpressionGeneratorTests
{
    [Fact]
    public void Generate_ThousandSeeds_OracleAgreesWithEveryAnswer() =>
        FamilyRuns.AssertOracleAgrees(FamilyRuns.Sets<ExpressionGenerator>());

    [Fact]
    public void Generate_CompareDivisions_ShareTheSameWhole()
    {
        foreach (var (_, set) in FamilyRuns.Sets<ExpressionGenerator>().Where(s => s.Step.Id.Value == "y3-md-compare-multiplication-and-division-statements"))
        {
            foreach (var q in set.Questions.Where(q => q.Format == QuestionFormat.Compare && q.Prompt.Count(c => c == '÷') == 2))
            {
                var n = FamilyRuns.NumbersIn(q.Prompt);
                Assert.Equal(n[0], n[2]);
            }
        }
    }
}
