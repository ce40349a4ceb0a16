using KeepUp.Domain.Practice;
using KeepUp.Domain.Practice.Generators.AdditionAndSubtraction;

namespace KeepUp.Domain.Tests.Practice.Generators.AdditionAndSubtraction;

public sealed class ColumnGeneratorTests
{
    private static readonly List<(Domain.Curriculum.SmallStep Step, VariationSet Set)> Sets = FamilySets.Of<ColumnGenerator>();

    [Fact]
    public void Generate_ThousandSeeds_SentencesHoldAndMistakesAreCorrected()
    {
        var checkedQuestions = FamilySets.CheckSentences(Sets);

        Assert.True(checkedQuestions >= Sets.Count * 7, $"Only {checkedQuestions} questions could be checked.");
    }

    [Fact]
    public void Generate_EachStep_NeedsExactlyTheExchangesItsTitleNames()
    {
        foreach (var (step, set) in Sets.Where(s => !s.Step.Title.Contains("decimal", StringComparison.OrdinalIgnoreCase)))
        {
            // The first three questions are the step's own calculation, with one number changed at a time.
            foreach (var q in set.Questions.Take(3))
            {
                var (x, op, y) = PlaceGeneratorTests.Calculation(q) ?? throw new InvalidOperationException(q.Prompt);
                var (exchanges, throughZero) = Exchanges((long)x.ToDecimal(), op, (long)y.ToDecimal());
                var where = $"{step.Id} seed {q.Seed}: '{q.Prompt}' has {exchanges} exchanges";
                var title = step.Title.ToLowerInvariant();
                if (title.Contains("zeros", StringComparison.Ordinal))
                {
                    Assert.True(throughZero, $"{where} and none through a zero.");
                }
                else if (title.Contains("no exchange", StringComparison.Ordinal) || title.Contains("without exchange", StringComparison.Ordinal))
                {
                    Assert.True(exchanges == 0, where);
                }
                else if (title.Contains("one exchange", StringComparison.Ordinal) && !title.Contains("more than one", StringComparison.Ordinal))
                {
                    Assert.True(exchanges == 1, where);
                }
                else
                {
                    Assert.True(exchanges >= 2, where);
                }
            }
        }
    }

    [Fact]
    public void Generate_SamePlacesDecimals_ExchangeTenTenthsForAOne()
    {
        foreach (var (_, set) in Sets.Where(s => s.Step.Id.Value == "y5-as-add-subtract-decimals-same-places"))
        {
            var (x, _, y) = PlaceGeneratorTests.Calculation(set.Questions[0])!.Value;
            var (tenthsX, tenthsY) = ((long)(x * 10).ToDecimal() % 10, (long)(y * 10).ToDecimal() % 10);
            var carryIn = ((long)(x * 100).ToDecimal() % 10) + ((long)(y * 100).ToDecimal() % 10) >= 10 ? 1 : 0;
            Assert.True(tenthsX + tenthsY + carryIn >= 10, $"'{set.Questions[0].Prompt}' does not exchange ten tenths for a one.");
        }
    }

    /// <summary>Counts exchanges the way a pupil works the columns, from the ones.</summary>
    private static (int Exchanges, bool ThroughZero) Exchanges(long x, char op, long y)
    {
        var (count, carry, throughZero) = (0, 0, false);
        for (; x > 0 || y > 0; x /= 10, y /= 10)
        {
            var (top, bottom) = (x % 10, y % 10);
            if (op == '+')
            {
                carry = top + bottom + carry >= 10 ? 1 : 0;
            }
            else
            {
                throughZero |= top == 0 && carry == 1;
                carry = top - carry - bottom < 0 ? 1 : 0;
            }

            count += carry;
        }

        return (count, throughZero);
    }
}
