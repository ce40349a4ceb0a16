using KeepUp.Domain.Practice;
using KeepUp.Domain.Practice.Generators.AdditionAndSubtraction;

namespace KeepUp.Domain.Tests.Practice.Generators.AdditionAndSubtraction;

public sealed class BondsGeneratorTests
{
    private static readonly List<(Domain.Curriculum.SmallStep Step, VariationSet Set)> Sets = FamilySets.Of<BondsGenerator>();

    [Fact]
    public void Generate_ThousandSeeds_SentencesHoldWithTheAnswer()
    {
        var checkedQuestions = FamilySets.CheckSentences(Sets);

        Assert.True(checkedQuestions >= Sets.Count * 3, $"Only {checkedQuestions} questions could be checked.");
    }

    [Fact]
    public void Generate_WordedQuestions_AnswerIsTheMissingPartOrTheWhole()
    {
        foreach (var q in Sets.SelectMany(s => s.Set.Questions).Where(q => q.Format == QuestionFormat.MissingNumber && !q.Prompt.Contains(" = ", StringComparison.Ordinal)))
        {
            var numbers = Sentences.NumbersIn(q.Prompt);
            var findsWhole = q.Prompt.EndsWith("make □.", StringComparison.Ordinal) || q.Prompt.EndsWith("more is □.", StringComparison.Ordinal) || q.Prompt.EndsWith("whole is □.", StringComparison.Ordinal);
            var expected = findsWhole ? numbers[0] + numbers[1] : numbers[0] - numbers[1];
            Assert.True(Sentences.ValueOf(q.Answer) == expected, $"{q.StepId} seed {q.Seed}: '{q.Prompt}' should be {expected}, not {q.Answer.Canonical}.");
        }
    }

    [Theory]
    [InlineData("y1-as-partition-numbers-to-5", 3, 5)]
    [InlineData("y1-as-parts-and-wholes", 4, 10)]
    [InlineData("y1-as-partition-numbers-6-to-10", 7, 10)]
    [InlineData("y1-as-number-bonds-to-10", 10, 10)]
    [InlineData("y1-as-number-bonds-within-20", 20, 20)]
    [InlineData("y3-as-tens-complements-to-100", 100, 100)]
    [InlineData("y3-as-complements-to-100", 100, 100)]
    [InlineData("y5-as-decimal-complements-and-problems", 100, 100)]
    public void Generate_Step_PartsMakeAWholeInTheStepsRange(string stepId, int lowest, int highest)
    {
        foreach (var (_, set) in Sets.Where(s => s.Step.Id.Value == stepId))
        {
            // The first five questions share one whole: the variation moves the parts and the box, never the whole.
            var wholes = set.Questions.Take(5).Select(q => q.Features["parts"].Split('|').Sum(long.Parse)).Distinct().ToList();
            Assert.Single(wholes);
            Assert.InRange(wholes[0], lowest, highest);
            foreach (var parts in set.Questions.Take(5).Select(q => q.Features["parts"].Split('|').Select(long.Parse).ToList()))
            {
                Assert.All(parts, p => Assert.True(p >= 0));
                if (stepId == "y3-as-tens-complements-to-100")
                {
                    Assert.All(parts, p => Assert.Equal(0, p % 10));
                }
            }
        }
    }

    [Fact]
    public void Generate_NextTen_WholeIsTheNextMultipleOfTen()
    {
        foreach (var (_, set) in Sets.Where(s => s.Step.Id.Value == "y2-as-make-the-next-ten"))
        {
            var parts = set.Questions[0].Features["parts"].Split('|').Select(long.Parse).ToList();
            Assert.Equal((parts[0] / 10 + 1) * 10, parts[0] + parts[1]);
        }
    }
}
