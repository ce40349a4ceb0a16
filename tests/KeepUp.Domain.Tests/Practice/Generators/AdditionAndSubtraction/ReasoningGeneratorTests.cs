using KeepUp.Domain.Practice;
using KeepUp.Domain.Practice.Answers;
using KeepUp.Domain.Practice.Generators.AdditionAndSubtraction;

namespace KeepUp.Domain.Tests.Practice.Generators.AdditionAndSubtraction;

/// <summary>Families that reason about calculations: two-step problems, estimates, rounding and adjusting, sequences, odd and even.</summary>
public sealed class ReasoningGeneratorTests
{
    [Fact]
    public void MultiStep_ThousandSeeds_AnswerFollowsTheStory()
    {
        var sets = FamilySets.Of<MultiStepGenerator>();
        FamilySets.CheckSentences(sets);
        foreach (var q in sets.SelectMany(s => s.Set.Questions).Where(q => q.Answer is NumberAnswer))
        {
            var n = Sentences.NumbersIn(q.Prompt);
            var expected = q.Prompt switch
            {
                var p when p.StartsWith("A school", StringComparison.Ordinal) => n[0] - n[1] - n[2],
                var p when p.Contains("more than", StringComparison.Ordinal) && p.Contains("collected", StringComparison.Ordinal) => n[0] + n[0] + n[1],
                var p when p.Contains("packs of", StringComparison.Ordinal) => n[0] + (n[1] * n[2]),
                _ => n[0] - n[1] - n[1],
            };
            Assert.True(Sentences.ValueOf(q.Answer) == expected, $"{q.StepId} seed {q.Seed}: '{q.Prompt}' should be {expected}, not {q.Answer.Canonical}.");
        }
    }

    [Fact]
    public void Estimate_ThousandSeeds_AnswerRoundsEachNumberAsAsked()
    {
        foreach (var q in FamilySets.Of<EstimateGenerator>().SelectMany(s => s.Set.Questions).Where(q => q.Prompt.StartsWith("Estimate", StringComparison.Ordinal)))
        {
            var expression = q.Prompt["Estimate ".Length..q.Prompt.IndexOf(" by rounding", StringComparison.Ordinal)];
            var parts = expression.Split(' ');
            var (a, op, b) = (Sentences.Number(parts[0]), parts[1], Sentences.Number(parts[2]));
            var unit = q.Prompt.Contains("significant", StringComparison.Ordinal) ? (Fraction?)null : Sentences.NumbersIn(q.Prompt[q.Prompt.IndexOf("nearest", StringComparison.Ordinal)..])[0];
            var rounded = Sentences.Evaluate($"{Round(a, unit)} {op} {Round(b, unit)}");
            Assert.True(Sentences.ValueOf(q.Answer) == rounded, $"{q.StepId} seed {q.Seed}: '{q.Prompt}' should be about {rounded}.");
        }

        FamilySets.CheckSentences(FamilySets.Of<EstimateGenerator>());
    }

    [Fact]
    public void Compensation_ThousandSeeds_SentencesHoldAndTheAwkwardNumberIsJustBelowAMultiple()
    {
        var sets = FamilySets.Of<CompensationGenerator>();

        Assert.True(FamilySets.CheckSentences(sets) >= sets.Count * 5);
        foreach (var (step, set) in sets)
        {
            var (_, _, near) = PlaceGeneratorTests.Calculation(set.Questions[0])!.Value;
            var unit = step.Year == 4 ? 1_000 : 10_000;
            var below = unit - ((long)near.ToDecimal() % unit);
            Assert.InRange(below, 1, 3);
        }
    }

    [Fact]
    public void Sequence_ThousandSeeds_TermsGoUpOrDownByOneStep()
    {
        var sets = FamilySets.Of<SequenceGenerator>();
        FamilySets.CheckSentences(sets);
        foreach (var q in sets.SelectMany(s => s.Set.Questions).Where(q => q.Format == QuestionFormat.MissingNumber))
        {
            var terms = q.Prompt.Split(", ").Select(t => t == "□" ? Sentences.ValueOf(q.Answer) : Sentences.Number(t)).ToList();
            var step = terms[1] - terms[0];
            Assert.True(step != Fraction.Zero && terms.Zip(terms.Skip(1)).All(p => p.Second - p.First == step), $"'{q.Prompt}' with {q.Answer.Canonical} is not a sequence.");
        }
    }

    [Fact]
    public void OddEvenDoubles_ThousandSeeds_ParityPairsAndDoublesAreRight()
    {
        var sets = FamilySets.Of<OddEvenDoublesGenerator>();
        FamilySets.CheckSentences(sets);
        foreach (var q in sets.SelectMany(s => s.Set.Questions))
        {
            var numbers = Sentences.NumbersIn(q.Prompt);
            if (q.Prompt.EndsWith("odd or even?", StringComparison.Ordinal))
            {
                Assert.Equal(numbers[0].Numerator % 2 == 0 ? "Even" : "Odd", q.Answer.Canonical);
            }
            else if (q.Prompt.StartsWith("How many pairs", StringComparison.Ordinal))
            {
                Assert.True(Sentences.ValueOf(q.Answer) == numbers[0].Numerator / 2);
            }
            else if (q.Prompt.StartsWith("Double", StringComparison.Ordinal))
            {
                Assert.True(Sentences.ValueOf(q.Answer) == numbers[0] * 2);
            }
        }
    }

    private static string Round(Fraction value, Fraction? unit)
    {
        var n = (long)value.ToDecimal();
        var u = unit is { } given ? (long)given.ToDecimal() : (long)Math.Pow(10, n.ToString(System.Globalization.CultureInfo.InvariantCulture).Length - 1);
        var rounded = (n + (u / 2)) / u * u;
        return rounded.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
