using KeepUp.Domain.Practice;
using KeepUp.Domain.Practice.Generators.NumberAndPlaceValue;
using static KeepUp.Domain.Tests.Practice.Generators.NumberAndPlaceValue.NpvTestKit;

namespace KeepUp.Domain.Tests.Practice.Generators.NumberAndPlaceValue;

public sealed class ProblemsInContextTests
{
    private static List<int> TwoDigitNumbers(IReadOnlyList<int> cards) =>
        [.. from t in cards from o in cards where t != o && t != 0 select (t * 10) + o];

    [Fact]
    public void DigitCards_ManySeeds_AnswersMatchEveryNumberTheCardsMake()
    {
        foreach (var (step, q) in Questions<DigitCardsGenerator>())
        {
            var cardsText = q.Format == QuestionFormat.SpotTheMistake
                ? q.Prompt[(q.Prompt.IndexOf("cards ", StringComparison.Ordinal) + 6)..q.Prompt.IndexOf(':', StringComparison.Ordinal)]
                : q.Prompt[(q.Prompt.IndexOf("cards ", StringComparison.Ordinal) + 6)..].Split(new[] { ". ", ":", "?" }, StringSplitOptions.None)[0];
            var cards = Numbers(cardsText).Select(n => (int)n).ToList();
            Assert.Equal(3, cards.Count);
            var all = TwoDigitNumbers(cards);
            var answer = Value(q.Answer);
            if (q.Format == QuestionFormat.SpotTheMistake)
            {
                var listed = Numbers(q.Prompt[q.Prompt.IndexOf(':', StringComparison.Ordinal)..]).Select(n => (int)n);
                Assert.Equal((int)answer, Assert.Single(all.Except(listed)));
            }
            else if (q.Prompt.Contains("greatest", StringComparison.Ordinal))
            {
                Assert.Equal(all.Max(), answer);
            }
            else if (q.Prompt.Contains("smallest", StringComparison.Ordinal))
            {
                Assert.Equal(all.Min(), answer);
            }
            else
            {
                Assert.Equal(all.Count, answer);
            }
        }
    }

    [Fact]
    public void RoundInContext_ManySeeds_RoundsUpForSeatsAndDownForWhatMoneyBuys()
    {
        foreach (var (step, q) in Questions<RoundInContextGenerator>())
        {
            if (q.Format != QuestionFormat.NumberEntry)
            {
                continue;
            }

            var numbers = Numbers(q.Prompt);
            var exact = numbers[0] / numbers[1];
            Assert.NotEqual(Math.Floor(exact), exact);
            Assert.Equal(q.Prompt.Contains("coach", StringComparison.Ordinal) ? Math.Ceiling(exact) : Math.Floor(exact), Value(q.Answer));
            if (q.Prompt.Contains("coach", StringComparison.Ordinal))
            {
                // Left-over people are below half a coach, so rounding to the nearest would strand some of them.
                Assert.True(exact - Math.Floor(exact) < 0.5m, q.Prompt);
            }
        }
    }
}
