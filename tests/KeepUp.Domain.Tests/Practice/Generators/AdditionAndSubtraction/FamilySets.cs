using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Practice;
using KeepUp.Domain.Practice.Answers;
using KeepUp.Domain.Practice.Generators;

namespace KeepUp.Domain.Tests.Practice.Generators.AdditionAndSubtraction;

/// <summary>
/// Every variation set a family writes for its shipped steps, over enough seeds that the family
/// meets at least 1,000 seeds in all (the same seeds the catalogue-wide property tests use).
/// </summary>
internal static partial class FamilySets
{
    public static List<(SmallStep Step, VariationSet Set)> Of<TGenerator>()
        where TGenerator : QuestionGenerator
    {
        var ids = ShippedSteps.Catalogue.StepIds
            .Where(id => ShippedSteps.Catalogue.For(StepId.Parse(id)) is TGenerator)
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(ids);
        var sets = new List<(SmallStep, VariationSet)>();
        foreach (var id in ids)
        {
            var step = ShippedSteps.Step(id);
            var generator = ShippedSteps.Catalogue.For(step.Id)!;
            sets.AddRange(ShippedSteps.SeedsFor(id).Select(seed => (step, generator.Generate(step, seed))));
        }

        Assert.True(sets.Count >= 1000, $"{typeof(TGenerator).Name} was tried on only {sets.Count} seeds.");
        return sets;
    }

    /// <summary>
    /// Checks every question of the sets with the independent sentence oracle and returns how many
    /// questions it could check: boxed sentences hold with the answer, given facts are true, a lone
    /// statement's truth matches True/False, comparisons match their sign, and the calculation in
    /// "X worked out … and got …" equals the corrected answer.
    /// </summary>
    public static int CheckSentences(IEnumerable<(SmallStep Step, VariationSet Set)> sets)
    {
        var checkedQuestions = 0;
        foreach (var (step, set) in sets)
        {
            foreach (var q in set.Questions)
            {
                if (CheckQuestion(q))
                {
                    checkedQuestions++;
                }
            }
        }

        return checkedQuestions;
    }

    private static bool CheckQuestion(Question q)
    {
        var where = $"{q.StepId} seed {q.Seed} question {q.Index} '{q.Prompt}'";
        foreach (var text in q.Choices.Select(c => c.Text).Append(q.Prompt).Append(q.Explanation))
        {
            Assert.False(text.Contains("System.", StringComparison.Ordinal) || text.Contains("KeepUp.", StringComparison.Ordinal), $"{where}: '{text}' shows a type name, not maths.");
        }

        var sentences = Sentences.In(q.Prompt);
        var done = false;
        if (q.Answer is ChoiceAnswer { Options.Count: 2 } choice && choice.Options[0] == "True")
        {
            if (sentences.Count == 1 && !sentences[0].Contains('□', StringComparison.Ordinal) && q.Prompt.EndsWith(sentences[0], StringComparison.Ordinal))
            {
                Assert.True(Sentences.Holds(sentences[0]) == (choice.Right == "True"), $"{where}: the statement's truth does not match the answer {choice.Right}.");
                done = true;
            }

            return done;
        }

        if (q.Answer is ComparisonAnswer comparison)
        {
            var sides = q.Prompt[(q.Prompt.LastIndexOf(':') + 1)..].Split('○');
            var (left, right) = (Sentences.Evaluate(sides[0].Trim()), Sentences.Evaluate(sides[1].Trim()));
            Assert.True(ComparisonAnswer.Between(left, right) == comparison.Sign, $"{where}: {left} and {right} do not compare as {comparison.Sign}.");
            return true;
        }

        if (q.Answer is not (NumberAnswer or MoneyAnswer))
        {
            return false;
        }

        var value = Sentences.ValueOf(q.Answer);
        foreach (var sentence in sentences)
        {
            var boxed = sentence.Contains('□', StringComparison.Ordinal);
            Assert.True(Sentences.Holds(sentence, boxed ? value : null), $"{where}: '{sentence}' does not hold{(boxed ? $" with {value} in the box" : string.Empty)}.");
            done |= boxed;
        }

        var worked = WorkedOut().Match(q.Prompt);
        if (q.Format == QuestionFormat.SpotTheMistake && worked.Success)
        {
            Assert.True(Sentences.Evaluate(worked.Groups["expr"].Value) == value, $"{where}: {worked.Groups["expr"].Value} is not {value}.");
            done = true;
        }

        return done;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"worked out (?<expr>[\d,. +\u2212\u00D7\u00F7()]+?) (and got|in columns|by)")]
    private static partial System.Text.RegularExpressions.Regex WorkedOut();
}
