using KeepUp.Domain.Practice;
using KeepUp.Domain.Practice.Answers;
using KeepUp.Domain.Practice.Generators.NumberAndPlaceValue;
using static KeepUp.Domain.Tests.Practice.Generators.NumberAndPlaceValue.NpvTestKit;

namespace KeepUp.Domain.Tests.Practice.Generators.NumberAndPlaceValue;

public sealed class NegativeNumbersTests
{
    [Fact]
    public void CountBack_ManySeeds_AnswersCountBackThroughZero()
    {
        foreach (var (step, q) in Questions<NegativeNumbersGenerator>())
        {
            var numbers = Numbers(q.Prompt);
            switch (q.Format)
            {
                case QuestionFormat.NumberEntry or QuestionFormat.MultipleChoice:
                    // "What is 5 less than 3?" or "It is 3°C. The temperature falls by 5 degrees."
                    var (from, amount) = q.Prompt.StartsWith("What", StringComparison.Ordinal) ? (numbers[1], numbers[0]) : (numbers[0], numbers[1]);
                    Assert.Equal(from - amount, Value(q.Answer));
                    Assert.True(Value(q.Answer) < 0, $"{q.Prompt} does not cross zero.");
                    break;
                case QuestionFormat.MatchPicture:
                    Assert.Equal(Arrow(q.Picture), Value(q.Answer));
                    break;
                case QuestionFormat.Compare:
                    Assert.Equal(numbers[0] < numbers[1] ? "<" : ">", q.Answer.Canonical);
                    break;
                case QuestionFormat.SpotTheMistake:
                    Assert.DoesNotContain(0m, numbers);
                    Assert.Equal(0, Value(q.Answer));
                    break;
                default:
                    Assert.Fail($"Unexpected format {q.Format}.");
                    break;
            }
        }
    }

    [Fact]
    public void CountBack_StepThatDoesNotNameNegatives_NeverAsksPupilsToTypeOne()
    {
        foreach (var (step, q) in Questions<NegativeNumbersGenerator>().Where(x => !x.Step.Title.Contains("negative", StringComparison.OrdinalIgnoreCase)))
        {
            Assert.False(q.Answer is NumberAnswer { Value.IsNegative: true }, q.Prompt);
        }
    }

    [Fact]
    public void Difference_ManySeeds_IsTheDistanceAcrossZero()
    {
        foreach (var (step, q) in Questions<DifferenceAcrossZeroGenerator>())
        {
            var numbers = Numbers(q.Prompt);
            var (a, b) = q.Format == QuestionFormat.MissingNumber ? (numbers[0], numbers[1]) : (numbers[0], numbers[1]);
            Assert.True(a < 0 && b > 0, q.Prompt);
            if (q.Format == QuestionFormat.TrueOrFalse)
            {
                Assert.Equal(numbers[2] == b - a ? "True" : "False", ((ChoiceAnswer)q.Answer).Right);
            }
            else
            {
                Assert.Equal(b - a, Value(q.Answer));
            }
        }
    }
}
