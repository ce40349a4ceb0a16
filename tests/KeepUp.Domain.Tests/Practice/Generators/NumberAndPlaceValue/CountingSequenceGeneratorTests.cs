using KeepUp.Domain.Practice;
using KeepUp.Domain.Practice.Generators.NumberAndPlaceValue;
using static KeepUp.Domain.Tests.Practice.Generators.NumberAndPlaceValue.NpvTestKit;

namespace KeepUp.Domain.Tests.Practice.Generators.NumberAndPlaceValue;

public sealed class CountingSequenceGeneratorTests
{
    [Fact]
    public void Generate_ManySeeds_TheMissingTermKeepsTheStepOfTheCount()
    {
        foreach (var (step, q) in Questions<CountingSequenceGenerator>())
        {
            var shown = q.Prompt[(q.Prompt.LastIndexOf(':') < 0 ? q.Prompt.IndexOf('?', StringComparison.Ordinal) + 1 : q.Prompt.LastIndexOf(':') + 1)..];
            if (q.Format == QuestionFormat.SpotTheMistake)
            {
                // "…: 3, 4, 5, 7. One number is wrong": the first three set the step.
                var said = Numbers(q.Prompt[q.Prompt.IndexOf(':', StringComparison.Ordinal)..q.Prompt.IndexOf(". One", StringComparison.Ordinal)]);
                Assert.Equal(said[2] + (said[1] - said[0]), Value(q.Answer));
                Assert.NotEqual(said[3], Value(q.Answer));
                continue;
            }

            var terms = shown.Split(", ").Select(t => t.Trim()).ToList();
            Assert.Equal(4, terms.Count);
            var box = terms.IndexOf(PupilNumber.Box);
            var known = terms.Select((t, i) => (t, i)).Where(x => x.i != box).Select(x => (Value: Num(x.t), Index: x.i)).ToList();
            var difference = (known[1].Value - known[0].Value) / (known[1].Index - known[0].Index);
            Assert.Equal(known[0].Value + (difference * (box - known[0].Index)), Value(q.Answer));
            Assert.True(known.All(k => k.Value == known[0].Value + (difference * (k.Index - known[0].Index))), $"{step.Id}: '{q.Prompt}' is not a count in equal steps.");
        }
    }

    [Fact]
    public void Generate_ManySeeds_CountsStayWithinTheYearsNumbersAndNeverGoBelowZero()
    {
        var limits = new Dictionary<int, decimal> { [1] = 120, [2] = 100, [3] = 1000, [4] = 10_000, [5] = 1_000_000 };
        foreach (var (step, q) in Questions<CountingSequenceGenerator>())
        {
            foreach (var n in Numbers(q.Prompt).Append(Value(q.Answer)))
            {
                Assert.InRange(n, 0, limits[step.Year]);
            }
        }
    }

    [Fact]
    public void Generate_CountInTwosFivesAndThrees_PractisesEachStepSize()
    {
        var step = ShippedSteps.Step("y2-npv-count-in-twos-fives-threes");
        var set = ShippedSteps.Catalogue.Generate(step, 42)!;

        var sizes = set.Questions.Where(q => q.Format == QuestionFormat.MissingNumber).Select(q => q.Prompt.Split(':')[0]).Distinct().ToList();

        Assert.Contains(sizes, s => s.Contains("in 2s", StringComparison.Ordinal));
        Assert.Contains(sizes, s => s.Contains("in 5s", StringComparison.Ordinal));
        Assert.Contains(sizes, s => s.Contains("in 3s", StringComparison.Ordinal));
    }
}
