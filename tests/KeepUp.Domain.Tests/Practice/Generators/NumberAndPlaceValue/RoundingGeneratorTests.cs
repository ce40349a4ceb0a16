using KeepUp.Domain.Practice;
using KeepUp.Domain.Practice.Generators.NumberAndPlaceValue;
using static KeepUp.Domain.Tests.Practice.Generators.NumberAndPlaceValue.NpvTestKit;

namespace KeepUp.Domain.Tests.Practice.Generators.NumberAndPlaceValue;

public sealed class RoundingGeneratorTests
{
    private static decimal Place(string prompt) =>
        prompt.Contains("1 decimal place", StringComparison.Ordinal) ? 0.1m
        : prompt.Contains("whole number", StringComparison.Ordinal) ? 1m
        : Num(prompt[(prompt.IndexOf("the nearest ", StringComparison.Ordinal) + 12)..].Split(' ', '.', '?')[0]);

    private static decimal RoundHalfUp(decimal n, decimal place) => Math.Round(n / place, MidpointRounding.AwayFromZero) * place;

    [Fact]
    public void Generate_ManySeeds_RoundedValuesAreTheNearestMultiple()
    {
        foreach (var (step, q) in Questions<RoundingGenerator>())
        {
            var place = Place(q.Prompt);
            switch (q.Format)
            {
                case QuestionFormat.NumberEntry:
                case QuestionFormat.SpotTheMistake:
                    var n = Numbers(q.Prompt.Replace("1 decimal place", "one decimal place", StringComparison.Ordinal))[0];
                    Assert.Equal(RoundHalfUp(n, place), Value(q.Answer));
                    break;
                case QuestionFormat.MultipleChoice:
                    var target = Numbers(q.Prompt)[0];
                    Assert.All(q.Choices, c => Assert.Equal(c.Correct, RoundHalfUp(Num(c.Text), place) == target));
                    break;
                default:
                    Assert.Fail($"Unexpected format {q.Format}.");
                    break;
            }
        }
    }

    [Fact]
    public void Generate_ManySeeds_TheThirdQuestionIsExactlyHalfway()
    {
        foreach (var (step, set) in Sets<RoundingGenerator>())
        {
            var q = set.Questions[2];
            var place = Place(q.Prompt);
            var n = Numbers(q.Prompt.Replace("1 decimal place", "one decimal place", StringComparison.Ordinal))[0];
            Assert.Equal(place / 2, n % place);
        }
    }
}
