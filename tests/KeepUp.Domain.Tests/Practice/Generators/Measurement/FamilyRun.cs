using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice;
using KeepUp.Domain.Practice.Answers;
using KeepUp.Domain.Practice.Generators;

namespace KeepUp.Domain.Tests.Practice.Generators.Measurement;

/// <summary>Runs a generator family over at least 1,000 seeds across its shipped steps.</summary>
internal static class FamilyRun
{
    /// <summary>Every (step, question) of at least 1,000 variation sets of the family.</summary>
    public static List<(SmallStep Step, Question Question)> Questions<T>()
        where T : QuestionGenerator
    {
        var ids = ShippedSteps.Catalogue.StepIds.Where(id => ShippedSteps.Catalogue.For(StepId.Parse(id)) is T).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(ids);
        var perStep = Math.Max(60, (1000 + ids.Count - 1) / ids.Count);
        var all = new List<(SmallStep, Question)>();
        foreach (var id in ids)
        {
            var step = ShippedSteps.Step(id);
            for (var i = 0; i < perStep; i++)
            {
                var seed = (int)((i * 2_654_435_761L + 17) % int.MaxValue);
                all.AddRange(ShippedSteps.Catalogue.Generate(step, seed)!.Questions.Select(q => (step, q)));
            }
        }

        return all;
    }

    /// <summary>The questions of one step of the family, over many seeds.</summary>
    public static List<Question> Step(string id, int seeds = 200) =>
        [.. Enumerable.Range(0, seeds).SelectMany(i => ShippedSteps.Catalogue.Generate(ShippedSteps.Step(id), i * 7_919)!.Questions)];

    /// <summary>
    /// Checks every question whose prompt the oracle can read: number sentences with one box,
    /// comparisons of two measures, imperial "1 inch is about 2.5 cm, so …" sentences and "how much
    /// money is there?" with coins. Returns how many questions it checked.
    /// </summary>
    public static int CheckSentences(IEnumerable<Question> questions)
    {
        var checkedCount = 0;
        foreach (var q in questions)
        {
            var where = $"{q.StepId} seed {q.Seed} question {q.Index} '{q.Prompt}'";
            var sentence = MeasureOracle.LastSentence(q.Prompt);
            if (q.Prompt.Contains(", so ", StringComparison.Ordinal) && q.Prompt.Contains(" is about ", StringComparison.Ordinal))
            {
                sentence = q.Prompt[(q.Prompt.IndexOf(", so ", StringComparison.Ordinal) + 5)..].Replace(" is about ", " = ", StringComparison.Ordinal);
                var fact = q.Prompt[..q.Prompt.IndexOf(", so ", StringComparison.Ordinal)];
                fact = fact[(fact.LastIndexOf(". ", StringComparison.Ordinal) + 1)..].Replace(" is about ", " = ", StringComparison.Ordinal);
                var left = MeasureOracle.Side(fact.Split(" = ")[0]);
                var right = MeasureOracle.Side(fact.Split(" = ")[1]);
                Assert.True(left is not null && right is not null && left.Constant == right.Constant, $"{where}: the rough equivalent '{fact}' is not the one the step teaches.");
            }

            if (q.Picture is MoneyPicture coins && (q.Prompt.StartsWith("How much money is there?", StringComparison.Ordinal) || q.Prompt.StartsWith("What is this coin worth?", StringComparison.Ordinal))
                && q.Prompt.Contains(PupilNumber.Box, StringComparison.Ordinal))
            {
                var shown = q.Prompt.Replace("Write it in pence: ", string.Empty, StringComparison.Ordinal);
                sentence = $"{coins.Pieces.Sum()}p = {MeasureOracle.LastSentence(shown)}";
            }

            if (q.Answer is ComparisonAnswer comparison && MeasureOracle.Sign(sentence) is { } sign)
            {
                Assert.True(sign == comparison.Sign, $"{where}: the oracle says {sign}, the generator {comparison.Sign}.");
                checkedCount++;
            }
            else if (MeasureOracle.Solve(sentence) is { } box && Typed(q.Answer, sentence) is { } typed)
            {
                Assert.True(box == typed, $"{where}: the oracle fills the box with {box}, the generator with {typed}.");
                checkedCount++;
            }
        }

        return checkedCount;
    }

    /// <summary>The number a pupil types in the box for an answer.</summary>
    public static Fraction? Typed(ExpectedAnswer answer, string sentence) => answer switch
    {
        NumberAnswer n => n.Value,
        MoneyAnswer m => sentence.Contains("£" + PupilNumber.Box, StringComparison.Ordinal) ? Fraction.Of(m.Pence, 100) : Fraction.Whole(m.Pence),
        _ => null,
    };
}
