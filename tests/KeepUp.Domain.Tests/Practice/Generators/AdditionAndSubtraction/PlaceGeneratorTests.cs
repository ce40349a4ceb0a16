using KeepUp.Domain.Practice;
using KeepUp.Domain.Practice.Generators.AdditionAndSubtraction;

namespace KeepUp.Domain.Tests.Practice.Generators.AdditionAndSubtraction;

/// <summary>The families where the structure is about places: crossing a ten, one digit changing, a fact scaled by a unit.</summary>
public sealed class PlaceGeneratorTests
{
    [Fact]
    public void Bridging_ThousandSeeds_SentencesHoldAndEveryCalculationCrossesATen()
    {
        var sets = FamilySets.Of<BridgingGenerator>();

        Assert.True(FamilySets.CheckSentences(sets) >= sets.Count * 6);
        foreach (var q in sets.SelectMany(s => s.Set.Questions))
        {
            if (Calculation(q) is not var (x, op, y))
            {
                continue;
            }

            var result = op == '+' ? x + y : x - y;
            var ten = 10 * UnitOf(y);
            Assert.True(Floor(x / ten) != Floor(result / ten), $"{q.StepId} seed {q.Seed}: '{q.Prompt}' does not cross a multiple of {ten}.");
        }
    }

    [Fact]
    public void ShiftFact_ThousandSeeds_SentencesHoldAndOnlyOneDigitChanges()
    {
        var sets = FamilySets.Of<ShiftFactGenerator>();

        Assert.True(FamilySets.CheckSentences(sets) >= sets.Count * 6);
        foreach (var q in sets.SelectMany(s => s.Set.Questions))
        {
            if (Calculation(q) is not var (x, op, y))
            {
                continue;
            }

            var result = op == '+' ? x + y : x - y;
            var (a, b) = (Hundredths(x), Hundredths(result));
            var changed = Enumerable.Range(0, 9).Count(i => a / Power(i) % 10 != b / Power(i) % 10);
            Assert.True(changed == 1, $"{q.StepId} seed {q.Seed}: '{q.Prompt}' changes {changed} digits.");
        }
    }

    [Fact]
    public void ScaledFact_ThousandSeeds_FactsHoldAndBothNumbersAreMultiplesOfOneUnit()
    {
        var sets = FamilySets.Of<ScaledFactGenerator>();

        Assert.True(FamilySets.CheckSentences(sets) >= sets.Count * 6);
        foreach (var q in sets.SelectMany(s => s.Set.Questions))
        {
            if (Calculation(q) is not var (x, _, y))
            {
                continue;
            }

            var unit = UnitOf(y);
            Assert.True(unit >= 10, $"{q.StepId} seed {q.Seed}: '{q.Prompt}' is not in tens or more.");
            Assert.True((x / unit).IsWhole, $"{q.StepId} seed {q.Seed}: '{q.Prompt}' mixes units.");
        }
    }

    [Fact]
    public void OnePlace_ThousandSeeds_SentencesHold()
    {
        var sets = FamilySets.Of<Domain.Practice.Generators.AdditionAndSubtraction.AddSubtractOnePlaceGenerator>();

        Assert.True(FamilySets.CheckSentences(sets) >= sets.Count * 5);
    }

    /// <summary>The last sentence of the prompt when it is "x + y = □" or "x − y = □".</summary>
    internal static (Fraction X, char Op, Fraction Y)? Calculation(Question q)
    {
        var sentences = Sentences.In(q.Prompt);
        var sentence = sentences.Count == 0 ? null : sentences[^1];
        if (sentence is null || !sentence.EndsWith(" = □", StringComparison.Ordinal))
        {
            return null;
        }

        var parts = sentence[..^4].Split(' ');
        if (parts.Length != 3 || parts[1] is not ("+" or "\u2212"))
        {
            return null;
        }

        return (Sentences.Number(parts[0]), parts[1] == "+" ? '+' : '-', Sentences.Number(parts[2]));
    }

    /// <summary>The place of a single-digit amount: 0.5 → 0.1, 7 → 1, 300 → 100.</summary>
    internal static Fraction UnitOf(Fraction amount)
    {
        for (var unit = Fraction.Of(1, 100); unit <= 1_000_000; unit *= 10)
        {
            var digits = amount / unit;
            if (digits.IsWhole && digits.Numerator is >= 1 and <= 9)
            {
                return unit;
            }
        }

        throw new InvalidOperationException($"{amount} is not one digit in one place.");
    }

    private static long Floor(Fraction value) => (long)Math.Floor(value.ToDecimal());

    private static long Hundredths(Fraction value) => (value * 100).Numerator;

    private static long Power(int exponent) => (long)Math.Pow(10, exponent);
}
