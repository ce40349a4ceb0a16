using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice;
using KeepUp.Domain.Practice.Answers;
using KeepUp.Domain.Practice.Generators.NumberAndPlaceValue;
using static KeepUp.Domain.Tests.Practice.Generators.NumberAndPlaceValue.NpvTestKit;

namespace KeepUp.Domain.Tests.Practice.Generators.NumberAndPlaceValue;

public sealed class CompareAndOrderGeneratorTests
{
    private static string Sign(decimal a, decimal b) => a < b ? "<" : a > b ? ">" : "=";

    [Fact]
    public void Generate_ManySeeds_SignsOrdersAndStatementsAreRight()
    {
        foreach (var (step, q) in Questions<CompareAndOrderGenerator>(2000))
        {
            switch (q.Format)
            {
                case QuestionFormat.Compare:
                    List<decimal> pair = q.Picture is RekenrekPicture beads && Numbers(q.Prompt).Count == 0
                        ? [beads.TopRow, beads.BottomRow]
                        : Numbers(q.Prompt);
                    Assert.Equal(Sign(pair[0], pair[1]), q.Answer.Canonical);
                    break;
                case QuestionFormat.TrueOrFalse:
                    var statement = q.Prompt["True or false? ".Length..];
                    var values = Numbers(statement);
                    var shown = statement.Contains('<', StringComparison.Ordinal) ? "<" : ">";
                    Assert.Equal(Sign(values[0], values[1]) == shown ? "True" : "False", ((ChoiceAnswer)q.Answer).Right);
                    break;
                case QuestionFormat.Order:
                    var set = Numbers(q.Prompt[q.Prompt.IndexOf(':', StringComparison.Ordinal)..]);
                    var expected = q.Prompt.Contains("smallest first", StringComparison.Ordinal) ? set.Order() : set.OrderDescending();
                    Assert.Equal(expected, ((OrderAnswer)q.Answer).InOrder.Select(f => f.ToDecimal()));
                    break;
                case QuestionFormat.MultipleChoice:
                    // "Which digit could go in the box? 3□9 > 358": exactly one offered digit makes it true.
                    var sides = q.Prompt[(q.Prompt.IndexOf('?', StringComparison.Ordinal) + 2)..].Split(" > ");
                    var working = q.Choices.Where(c => Num(sides[0].Replace(PupilNumber.Box, c.Text, StringComparison.Ordinal)) > Num(sides[1])).ToList();
                    Assert.Equal(q.Answer.Canonical, Assert.Single(working).Text);
                    break;
                default:
                    Assert.Equal(QuestionFormat.AlwaysSometimesNever, q.Format);
                    break;
            }
        }
    }

    [Fact]
    public void Generate_ManySeeds_TheSecondComparisonSharesTheGreatestPlace()
    {
        foreach (var (step, set) in Sets<CompareAndOrderGenerator>(1000).Where(s => s.Step.Id.Value.Contains("compare-numbers", StringComparison.Ordinal)))
        {
            // Question 2 keeps the first number and picks one with the same greatest digit, so the next place decides.
            var pair = Numbers(set.Questions[1].Prompt);
            var a = pair[0].ToString(System.Globalization.CultureInfo.InvariantCulture);
            var b = pair[1].ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (a.Length == b.Length && a.Length > 1)
            {
                Assert.Equal(a[0], b[0]);
            }
        }
    }
}
