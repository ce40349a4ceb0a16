using KeepUp.Domain.Practice;
using KeepUp.Domain.Practice.Answers;
using KeepUp.Domain.Practice.Generators.AdditionAndSubtraction;

namespace KeepUp.Domain.Tests.Practice.Generators.AdditionAndSubtraction;

/// <summary>The Year 6 families that mix the four operations.</summary>
public sealed class YearSixGeneratorTests
{
    [Fact]
    public void AdditiveMultiplicative_ThousandSeeds_MoreThanIsADifferenceAndTimesIsAQuotient()
    {
        var sets = FamilySets.Of<AdditiveMultiplicativeGenerator>();
        FamilySets.CheckSentences(sets);
        foreach (var q in sets.SelectMany(s => s.Set.Questions).Where(q => q.Format == QuestionFormat.MissingNumber))
        {
            var n = Sentences.NumbersIn(q.Prompt);
            var expected = q.Prompt.Contains("more than", StringComparison.Ordinal) ? n[0] - n[1] : n[0] / n[1];
            Assert.True(Sentences.ValueOf(q.Answer) == expected, $"'{q.Prompt}'.");
        }
    }

    [Fact]
    public void RelatedFacts_ThousandSeeds_TheKnownFactAndTheDerivedFactHold()
    {
        var sets = FamilySets.Of<RelatedFactsGenerator>();

        Assert.True(FamilySets.CheckSentences(sets) >= sets.Count * 4);
    }

    [Fact]
    public void FactorsMultiples_ThousandSeeds_HighestLowestAndPrimeAreRight()
    {
        var sets = FamilySets.Of<FactorsMultiplesGenerator>();
        FamilySets.CheckSentences(sets);
        foreach (var q in sets.SelectMany(s => s.Set.Questions))
        {
            var n = Sentences.NumbersIn(q.Prompt).Select(f => (int)f.Numerator).ToList();
            var where = $"{q.StepId} seed {q.Seed}: '{q.Prompt}'";
            switch (q.Prompt)
            {
                case var p when p.StartsWith("What is the highest common factor", StringComparison.Ordinal):
                    Assert.True(Sentences.ValueOf(q.Answer) == Enumerable.Range(1, n[0]).Last(f => n[0] % f == 0 && n[1] % f == 0), where);
                    break;
                case var p when p.StartsWith("What is the lowest common multiple", StringComparison.Ordinal):
                    Assert.True(Sentences.ValueOf(q.Answer) == Enumerable.Range(1, n[0] * n[1]).First(m => m % n[0] == 0 && m % n[1] == 0), where);
                    break;
                case var p when p.StartsWith("How many common factors", StringComparison.Ordinal):
                    Assert.True(Sentences.ValueOf(q.Answer) == Enumerable.Range(1, n[0]).Count(f => n[0] % f == 0 && n[1] % f == 0), where);
                    break;
                case var p when p.EndsWith("prime or composite?", StringComparison.Ordinal):
                    Assert.Equal(IsPrime(n[0]) ? "Prime" : "Composite", q.Answer.Canonical);
                    break;
                case var p when p == "Which of these numbers is prime?":
                    Assert.True(IsPrime(int.Parse(q.Answer.Canonical, System.Globalization.CultureInfo.InvariantCulture)), where);
                    Assert.All(q.Choices.Where(c => !c.Correct), c => Assert.False(IsPrime(int.Parse(c.Text, System.Globalization.CultureInfo.InvariantCulture)), where));
                    break;
                case var p when p.StartsWith("Which of these is a common multiple", StringComparison.Ordinal):
                    var value = (int)Sentences.ValueOf(q.Answer).Numerator;
                    Assert.True(value % n[0] == 0 && value % n[1] == 0, where);
                    break;
                default:
                    break;
            }
        }
    }

    [Fact]
    public void LongMultiplication_ThousandSeeds_ProductsAndPartialProductsHold()
    {
        var sets = FamilySets.Of<LongMultiplicationGenerator>();

        Assert.True(FamilySets.CheckSentences(sets) >= sets.Count * 5);
    }

    [Fact]
    public void Division_ThousandSeeds_QuotientsAndRemaindersAreRight()
    {
        var sets = FamilySets.Of<DivisionGenerator>();

        Assert.True(FamilySets.CheckSentences(sets) >= sets.Count * 3);
        foreach (var q in sets.SelectMany(s => s.Set.Questions).Where(q => q.Answer is NumberAnswer && q.Format == QuestionFormat.NumberEntry))
        {
            var n = Sentences.NumbersIn(q.Prompt);
            var (total, divisor) = ((long)n[0].ToDecimal(), (long)n[1].ToDecimal());
            var expected = q.Prompt switch
            {
                var p when p.StartsWith("What is the remainder", StringComparison.Ordinal) => Fraction.Whole(total % divisor),
                var p when p.StartsWith("Write", StringComparison.Ordinal) => Fraction.Of(total, divisor),
                var p when p.Contains("minibus", StringComparison.Ordinal) => Fraction.Whole((total + divisor - 1) / divisor),
                _ => Fraction.Whole(total / divisor),
            };
            Assert.True(Sentences.ValueOf(q.Answer) == expected, $"{q.StepId} seed {q.Seed}: '{q.Prompt}' should be {expected}.");
        }
    }

    [Fact]
    public void OrderOfOperations_ThousandSeeds_BracketsThenTimesThenLeftToRight()
    {
        var sets = FamilySets.Of<OrderOfOperationsGenerator>();

        Assert.True(FamilySets.CheckSentences(sets) >= sets.Count * 5);
    }

    [Fact]
    public void TwoUnknowns_ThousandSeeds_AmountsSatisfyBothFacts()
    {
        var sets = FamilySets.Of<TwoUnknownsGenerator>();
        FamilySets.CheckSentences(sets);
        foreach (var q in sets.SelectMany(s => s.Set.Questions).Where(q => q.Format == QuestionFormat.NumberEntry))
        {
            var n = Sentences.NumbersIn(q.Prompt);
            var answer = Sentences.ValueOf(q.Answer);
            var where = $"{q.StepId} seed {q.Seed}: '{q.Prompt}' answered {answer}";
            if (q.Prompt.Contains("times as many", StringComparison.Ordinal))
            {
                var (times, given) = (n[0], n[1]);
                var byTotal = q.Prompt.Contains("Together", StringComparison.Ordinal);
                var smaller = IsAskedSmaller(q.Prompt) ? answer : answer / times;
                Assert.True(byTotal ? smaller * (times + 1) == given : smaller * (times - 1) == given, where);
            }
            else
            {
                var (total, difference) = (n[0], n[1]);
                var other = total - answer;
                Assert.True(answer - other == difference || other - answer == difference, where);
            }
        }
    }

    [Fact]
    public void LinkedFacts_ThousandSeeds_PricesFitBothStatementsAndPairsFitBothConditions()
    {
        var sets = FamilySets.Of<LinkedFactsGenerator>();
        FamilySets.CheckSentences(sets);
        foreach (var q in sets.SelectMany(s => s.Set.Questions).Where(q => q.Format == QuestionFormat.NumberEntry))
        {
            var n = Amounts(q.Prompt);
            var answer = Sentences.ValueOf(q.Answer);
            if (q.Answer is MoneyAnswer)
            {
                var (count, first, second) = (n[0], n[1], n[3]);
                var pen = (first - second) / (count - 1);
                Assert.True(answer == (q.Prompt.Contains("one pen cost", StringComparison.Ordinal) ? pen : second - pen), $"'{q.Prompt}'.");
            }
            else
            {
                var (condition, product) = (n[0], n[1]);
                var sum = q.Prompt.Contains("a sum of", StringComparison.Ordinal);
                var other = sum ? condition - answer : q.Prompt.Contains("larger", StringComparison.Ordinal) ? answer - condition : answer + condition;
                Assert.True(answer * other == product, $"'{q.Prompt}' answered {answer}.");
            }
        }
    }

    private static bool IsAskedSmaller(string prompt)
    {
        // "A has 3 times as many … as B. … How many does B have?" asks for B, the smaller amount.
        var asked = prompt[(prompt.LastIndexOf("does ", StringComparison.Ordinal) + 5)..prompt.LastIndexOf(" have?", StringComparison.Ordinal)];
        var smallerName = prompt[(prompt.IndexOf(" as ", prompt.IndexOf("times as many", StringComparison.Ordinal) + 13, StringComparison.Ordinal) + 4)..prompt.IndexOf('.', StringComparison.Ordinal)];
        return asked == smallerName;
    }

    /// <summary>Numbers and amounts of money (in pounds) in the order they appear: £1.35 and 85p both read.</summary>
    private static List<Fraction> Amounts(string text) =>
        [.. System.Text.RegularExpressions.Regex.Matches(text, @"£[\d,]+\.\d{2}|\d+p\b|\d+")
            .Select(m => m.Value.EndsWith('p') ? Fraction.Of(long.Parse(m.Value[..^1], System.Globalization.CultureInfo.InvariantCulture), 100) : Sentences.Number(m.Value))];

    private static bool IsPrime(int n) => n > 1 && Enumerable.Range(2, n - 2).All(d => n % d != 0);
}
