using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Practice;
using KeepUp.Domain.Practice.Generators;

namespace KeepUp.Domain.Tests.Practice.Generators;

/// <summary>Runs a generator family over at least 1,000 seeds spread across the steps it serves.</summary>
internal static class FamilyRuns
{
    public static List<(SmallStep Step, VariationSet Set)> Sets<TGenerator>(int total = 1000)
        where TGenerator : QuestionGenerator
    {
        var steps = ShippedSteps.Catalogue.StepIds.Order(StringComparer.Ordinal)
            .Where(id => ShippedSteps.Catalogue.For(StepId.Parse(id)) is TGenerator)
            .Select(ShippedSteps.Step)
            .ToList();
        Assert.NotEmpty(steps);
        var perStep = (total + steps.Count - 1) / steps.Count;
        var sets = new List<(SmallStep, VariationSet)>();
        foreach (var step in steps)
        {
            var generator = ShippedSteps.Catalogue.For(step.Id)!;
            for (var i = 0; i < perStep; i++)
            {
                var seed = (int)((long)i * 2_147_483_647 / perStep) + 7;
                sets.Add((step, generator.Generate(step, seed)));
            }
        }

        return sets;
    }

    /// <summary>
    /// Every answer the oracle can read is right, every question before the closing one can be
    /// read, and no prompt or explanation leaks program text.
    /// </summary>
    public static void AssertOracleAgrees(IEnumerable<(SmallStep Step, VariationSet Set)> sets)
    {
        foreach (var (step, set) in sets)
        {
            foreach (var q in set.Questions)
            {
                var where = $"{step.Id} seed {set.Seed} question {q.Index} '{q.Prompt}' (answer {q.Answer.Canonical})";
                Assert.False(q.Prompt.Contains("System.", StringComparison.Ordinal) || q.Explanation.Contains("System.", StringComparison.Ordinal), $"{where}: program text in the question.");
                var verdict = FactOracle.Check(q);
                if (verdict is null)
                {
                    Assert.True(q.Variation.Dimension == Variation.Deepening, $"{where}: the oracle cannot read this question.");
                    continue;
                }

                Assert.True(verdict.Value, $"{where}: the oracle disagrees with the answer.");
            }
        }
    }

    /// <summary>The numbers written in a prompt, commas removed.</summary>
    public static List<Fraction> NumbersIn(string prompt) =>
        [.. System.Text.RegularExpressions.Regex.Matches(prompt, @"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?").Select(m => FactOracle.Number(m.Value)!.Value)];
}
