using KeepUp.Domain.Practice.Generators.AdditionAndSubtraction;

namespace KeepUp.Domain.Tests.Practice.Generators.AdditionAndSubtraction;

public sealed class CountingGeneratorTests
{
    private static readonly List<(Domain.Curriculum.SmallStep Step, Domain.Practice.VariationSet Set)> Sets = FamilySets.Of<CountingGenerator>();

    [Fact]
    public void Generate_ThousandSeeds_SentencesHoldWithTheAnswer()
    {
        var checkedQuestions = FamilySets.CheckSentences(Sets);

        Assert.True(checkedQuestions >= Sets.Count * 4, $"Only {checkedQuestions} questions could be checked.");
    }

    [Fact]
    public void Generate_FirstThenNowStories_AnswerFollowsTheStory()
    {
        foreach (var q in Sets.SelectMany(s => s.Set.Questions).Where(q => q.Prompt.StartsWith("First there were", StringComparison.Ordinal)))
        {
            var numbers = Sentences.NumbersIn(q.Prompt);
            var expected = q.Prompt.Contains("more came", StringComparison.Ordinal) ? numbers[0] + numbers[1] : numbers[0] - numbers[1];
            Assert.True(Sentences.ValueOf(q.Answer) == expected, $"{q.StepId} seed {q.Seed}: '{q.Prompt}'.");
        }
    }

    [Fact]
    public void Generate_YearOneSteps_NumbersStayWithinTenOrTwenty()
    {
        foreach (var (step, set) in Sets)
        {
            var limit = step.Id.Value.EndsWith("within-20", StringComparison.Ordinal) ? 20 : 10;
            // True-or-false statements may show a misconception's answer (6 + 0 = 60) on purpose.
            foreach (var q in set.Questions.Where(q => q.Format != Domain.Practice.QuestionFormat.TrueOrFalse))
            {
                Assert.All(Sentences.NumbersIn(q.Prompt), n => Assert.True(n <= limit, $"{step.Id} seed {q.Seed}: '{q.Prompt}' goes past {limit}."));
                Assert.True(Sentences.ValueOf(q.Answer) <= limit, $"{step.Id} seed {q.Seed}: the answer to '{q.Prompt}' is past {limit}.");
            }
        }
    }
}
