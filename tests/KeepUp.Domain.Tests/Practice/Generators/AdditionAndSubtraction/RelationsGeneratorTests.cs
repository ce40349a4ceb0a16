using KeepUp.Domain.Practice;
using KeepUp.Domain.Practice.Generators.AdditionAndSubtraction;

namespace KeepUp.Domain.Tests.Practice.Generators.AdditionAndSubtraction;

/// <summary>Families about how numbers relate: order and equality, fact families, differences, partitioning, missing numbers.</summary>
public sealed class RelationsGeneratorTests
{
    [Fact]
    public void Equality_ThousandSeeds_SentencesAndComparisonsHold()
    {
        var sets = FamilySets.Of<EqualityGenerator>();

        Assert.True(FamilySets.CheckSentences(sets) >= sets.Count * 4);
        foreach (var (_, set) in sets.Where(s => s.Step.Id.Value == "y2-as-add-three-numbers"))
        {
            var numbers = Sentences.NumbersIn(set.Questions[0].Prompt).Take(3).ToList();
            Assert.True(numbers[0] + numbers[1] == 10 || numbers[0] + numbers[2] == 10 || numbers[1] + numbers[2] == 10, $"'{set.Questions[0].Prompt}' has no bond to 10.");
        }
    }

    [Fact]
    public void FactFamily_ThousandSeeds_GivenFactsAndDerivedFactsHold()
    {
        var sets = FamilySets.Of<FactFamilyGenerator>();

        Assert.True(FamilySets.CheckSentences(sets) >= sets.Count * 4);
        foreach (var (step, set) in sets)
        {
            var whole = Sentences.NumbersIn(set.Questions[0].Prompt).Max();
            var digits = step.Year switch { 1 => 1, 2 => 2, 3 when step.Title.StartsWith("Related", StringComparison.Ordinal) => 2, _ => step.Year };
            Assert.True(whole.ToDecimal().ToString(System.Globalization.CultureInfo.InvariantCulture).Length == digits, $"{step.Id}: the whole {whole} should have {digits} digits.");
        }
    }

    [Fact]
    public void Difference_ThousandSeeds_AnswerIsTheGreaterLessTheSmaller()
    {
        var sets = FamilySets.Of<DifferenceGenerator>();
        FamilySets.CheckSentences(sets);
        foreach (var (step, set) in sets)
        {
            var limit = step.Year == 1 ? 20 : 100;
            foreach (var q in set.Questions.Where(q => q.Format == QuestionFormat.MissingNumber))
            {
                var numbers = Sentences.NumbersIn(q.Prompt);
                Assert.True(Sentences.ValueOf(q.Answer) == numbers.Max() - numbers.Min(), $"{step.Id} seed {q.Seed}: '{q.Prompt}'.");
                Assert.True(numbers.Max() <= limit);
            }
        }
    }

    [Fact]
    public void Partition_ThousandSeeds_SentencesHoldAndCrossingMatchesTheStep()
    {
        var sets = FamilySets.Of<PartitionGenerator>();

        Assert.True(FamilySets.CheckSentences(sets) >= sets.Count * 6);
        foreach (var (step, set) in sets)
        {
            var crossing = step.Title.Contains("crossing", StringComparison.Ordinal) && !step.Title.Contains("without", StringComparison.Ordinal);
            var (x, op, y) = PlaceGeneratorTests.Calculation(set.Questions[0])!.Value;
            var (onesX, onesY) = ((long)x.ToDecimal() % 10, (long)y.ToDecimal() % 10);
            var crosses = op == '+' ? onesX + onesY >= 10 : onesY > onesX;
            Assert.True(crosses == crossing, $"{step.Id}: '{set.Questions[0].Prompt}'.");
            Assert.All(set.Questions.Where(q => q.Format != QuestionFormat.SpotTheMistake).SelectMany(q => Sentences.NumbersIn(q.Prompt)), n => Assert.True(n < 100, $"{step.Id}: {n} is past 100."));
        }
    }

    [Fact]
    public void MissingNumber_ThousandSeeds_SentencesHoldAndStoriesFindTheWhole()
    {
        var sets = FamilySets.Of<MissingNumberGenerator>();

        Assert.True(FamilySets.CheckSentences(sets) >= sets.Count * 5);
        foreach (var q in sets.SelectMany(s => s.Set.Questions).Where(q => q.Prompt.EndsWith("had □.", StringComparison.Ordinal)))
        {
            var numbers = Sentences.NumbersIn(q.Prompt);
            Assert.True(Sentences.ValueOf(q.Answer) == numbers[0] + numbers[1], $"'{q.Prompt}'.");
        }
    }
}
