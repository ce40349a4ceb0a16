using KeepUp.Domain.Practice;
using KeepUp.Domain.Practice.Generators.NumberAndPlaceValue;
using static KeepUp.Domain.Tests.Practice.Generators.NumberAndPlaceValue.NpvTestKit;

namespace KeepUp.Domain.Tests.Practice.Generators.NumberAndPlaceValue;

public sealed class MoreOrLessGeneratorTests
{
    // "one more than", "Ten less than", "1,000 more than", "100 less than".
    private static decimal Amount(string prompt)
    {
        var lower = prompt.ToLowerInvariant();
        var at = lower.Contains(" more than", StringComparison.Ordinal) ? lower.IndexOf(" more than", StringComparison.Ordinal) : lower.IndexOf(" less than", StringComparison.Ordinal);
        var word = lower[..at].Split(' ')[^1];
        return word switch { "one" => 1, "ten" => 10, _ => Num(word) };
    }

    [Fact]
    public void Generate_ManySeeds_AnswersAreTheNumberOneAmountMoreOrLess()
    {
        foreach (var (step, q) in Questions<MoreOrLessGenerator>())
        {
            var amount = Amount(q.Prompt);
            var numbers = Numbers(q.Prompt);
            var more = q.Prompt.Contains("more than", StringComparison.Ordinal);
            switch (q.Format)
            {
                case QuestionFormat.NumberEntry:
                    Assert.Equal(numbers[^1] + (more ? amount : -amount), Value(q.Answer));
                    break;
                case QuestionFormat.MissingNumber:
                    // "Ten less than □ is 24."
                    Assert.Equal(numbers[^1] + amount, Value(q.Answer));
                    break;
                case QuestionFormat.SpotTheMistake:
                    // "Noor says 100 more than 3,915 is 31,015."
                    var said = Numbers(q.Prompt[q.Prompt.IndexOf(" than ", StringComparison.Ordinal)..]);
                    Assert.Equal(said[0] + amount, Value(q.Answer));
                    Assert.NotEqual(said[1], Value(q.Answer));
                    break;
                default:
                    Assert.Fail($"Unexpected format {q.Format}.");
                    break;
            }
        }
    }

    [Fact]
    public void Generate_ManySeeds_OnlyTheDigitInTheAmountsPlaceChangesBeforeTheBoundaryQuestion()
    {
        foreach (var (step, q) in Questions<MoreOrLessGenerator>().Where(x => x.Question.Format == QuestionFormat.NumberEntry))
        {
            var amount = Amount(q.Prompt);
            var from = Numbers(q.Prompt)[^1];
            var to = Value(q.Answer);
            var place = (long)amount;
            Assert.Equal(Math.Floor(from / (place * 10)), Math.Floor(to / (place * 10)));
            Assert.Equal(from % place, to % place);
        }
    }
}
