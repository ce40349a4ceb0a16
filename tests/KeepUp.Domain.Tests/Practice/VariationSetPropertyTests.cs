using System.Text.RegularExpressions;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice;
using KeepUp.Domain.Practice.Answers;

namespace KeepUp.Domain.Tests.Practice;

/// <summary>
/// Property tests over every generator in the shipped catalogue: for many seeds per step (at least
/// 1,000 per generator family) every variation set must be well made. A failure names the step,
/// seed and question so it can be rebuilt exactly.
/// </summary>
public sealed partial class VariationSetPropertyTests
{
    public static TheoryData<string> Steps => ShippedSteps.WithGenerators();

    [Theory]
    [MemberData(nameof(Steps))]
    public void Generate_ManySeeds_EveryQuestionIsWellMade(string stepId)
    {
        var step = ShippedSteps.Step(stepId);
        var generator = ShippedSteps.Catalogue.For(step.Id)!;
        string[]? structure = null;
        foreach (var seed in ShippedSteps.SeedsFor(stepId))
        {
            var set = generator.Generate(step, seed);
            Assert.InRange(set.Questions.Count, VariationSet.MinimumQuestions, VariationSet.MaximumQuestions);
            var shape = set.Questions.Select(q => $"{q.Format}/{q.Variation.Dimension}").ToArray();
            structure ??= shape;
            Assert.True(structure.SequenceEqual(shape), $"{stepId} seed {seed}: every seed of a step should give the same structure (worksheets for a class rely on it).\nfirst: {string.Join(", ", structure)}\nthis:  {string.Join(", ", shape)}");
            foreach (var question in set.Questions)
            {
                CheckQuestion(step, question);
                if (question.Picture is { } picture)
                {
                    // A generator must never build a picture the renderer rejects (11 counters in a ten frame).
                    var svg = PictureRenderer.Render(picture, "q");
                    Assert.Contains("<desc", svg, StringComparison.Ordinal);
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Steps))]
    public void Generate_SameSeedTwice_RebuildsTheSameQuestions(string stepId)
    {
        var step = ShippedSteps.Step(stepId);
        var generator = ShippedSteps.Catalogue.For(step.Id)!;
        var first = generator.Generate(step, 12345);
        var again = generator.Generate(step, 12345);

        Assert.Equal(first.Questions.Select(Describe), again.Questions.Select(Describe));
    }

    private static string Describe(Question q) =>
        $"{q.Index}|{q.Format}|{q.Prompt}|{q.Answer.Canonical}|{string.Join(";", q.Choices.Select(c => $"{c.Text}:{c.Correct}:{c.Misconception}"))}|{q.Picture}|{q.Explanation}";

    private static void CheckQuestion(SmallStep step, Question q)
    {
        var where = $"{step.Id} seed {q.Seed} question {q.Index} '{q.Prompt}'";
        Assert.True(q.Answer.Check(q.Answer.Canonical).Correct, $"{where}: the canonical answer '{q.Answer.Canonical}' is not accepted.");
        Assert.Single(q.Choices, c => c.Correct);
        var wrong = q.Choices.Where(c => !c.Correct).ToList();
        Assert.True(wrong.Count <= 3, $"{where}: more than three wrong choices.");
        foreach (var choice in wrong)
        {
            var verdict = q.Answer.Check(choice.Text);
            Assert.False(verdict.Correct, $"{where}: the wrong choice '{choice.Text}' is accepted as right.");
            Assert.True(verdict.WellFormed, $"{where}: the wrong choice '{choice.Text}' is not even a readable answer.");
            Assert.False(string.IsNullOrWhiteSpace(choice.Misconception), $"{where}: the wrong choice '{choice.Text}' names no misconception.");
        }

        Assert.Equal(wrong.Count, wrong.Select(c => c.Text).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        if (q.Format is QuestionFormat.MultipleChoice or QuestionFormat.MatchPicture or QuestionFormat.TrueOrFalse or QuestionFormat.AlwaysSometimesNever)
        {
            Assert.NotEmpty(wrong);
        }

        if (PromptArithmetic.Solve(q.Prompt) is { } solved && PromptArithmetic.ValueOf(q.Answer) is { } given)
        {
            Assert.True(solved == given, $"{where}: the sentence solves to {solved}, but the answer is {given}.");
        }

        foreach (var text in q.Choices.Select(c => c.Text).Append(q.Prompt).Append(q.Answer.Canonical))
        {
            Assert.False(AsciiOperator().IsMatch(text), $"{where}: '{text}' uses -, * or / between numbers; pupils see −, × and ÷.");
            Assert.False(UngroupedThousands().IsMatch(text), $"{where}: '{text}' has a number of 10,000 or more without a thousands comma.");
            Assert.False(ZeroPlusZero().IsMatch(text), $"{where}: '{text}' is degenerate (0 + 0).");
        }

        if (step.StemSentences.Count > 0)
        {
            Assert.True(step.StemSentences.Any(q.Explanation.Contains), $"{where}: the explanation does not use a stem sentence of the step.");
        }

        if (q.Answer is NumberAnswer { Value.IsNegative: true })
        {
            Assert.True(step.Title.Contains("negative", StringComparison.OrdinalIgnoreCase), $"{where}: a negative answer on a step that does not teach negative numbers.");
        }
    }

    [GeneratedRegex(@"\d ?[-*] ?\d|\d \/ \d")]
    private static partial Regex AsciiOperator();

    // Four-digit numbers are allowed without a comma only as times (15:45 has none) or years;
    // five digits or more always need one.
    [GeneratedRegex(@"(?<![\d,.])\d{5,}(?![\d])")]
    private static partial Regex UngroupedThousands();

    [GeneratedRegex(@"(?<![\d.,])0 ?\+ ?0(?![\d.,])")]
    private static partial Regex ZeroPlusZero();
}
