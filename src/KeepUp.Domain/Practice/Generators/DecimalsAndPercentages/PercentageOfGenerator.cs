using System.Collections.Generic;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Answers;

namespace KeepUp.Domain.Practice.Generators.DecimalsAndPercentages;

/// <summary>
/// Finding a percentage of an amount through its fraction equivalent (25% = 1/4, so 25% of 80 = 20):
/// the amount changes, then the percentage, then the bar model goes, then the same calculation
/// appears as a story, ending with a comparison of two percentages of different amounts.
/// </summary>
/// <param name="percents">The percentages practised (each a multiple of 5).</param>
internal sealed class PercentageOfGenerator(int[] percents) : QuestionGenerator
{
    private const string Percent = "percentage";
    private const string Amount = "amount";

    public override string Family => "percentages of amounts";

    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        var p1 = dice.Pick(percents);
        var p2 = dice.Pick(percents);
        while (p2 == p1)
        {
            p2 = dice.Pick(percents);
        }

        var a1 = 20 * dice.Between(2, 15);
        var a2 = 20 * dice.Between(2, 15);
        while (a2 == a1)
        {
            a2 = 20 * dice.Between(2, 15);
        }

        var name = dice.Pick(Decimals.Names);
        return
        [
            Of(p1, a1, true, Variation.Start),
            Of(p1, a2, true, Amount),
            Of(p2, a2, true, Percent),
            Of(p2, a2, false, RepresentationFeature),
            Story(p2, a2, name),
            CompareTwo(p1, a1, p2, a2),
        ];
    }

    private static int Gcd(int a, int b) => b == 0 ? a : Gcd(b, a % b);

    private static QuestionDraft Of(int p, int amount, bool picture, string dimension)
    {
        var parts = 100 / Gcd(p, 100);
        var shaded = p * parts / 100;
        var answer = p * amount / 100;
        var sections = new List<BarSection>();
        for (var i = 0; i < parts; i++)
        {
            sections.Add(new BarSection(i < shaded ? "?" : string.Empty, Fraction.Whole(1)));
        }

        return new QuestionDraft
        {
            Format = QuestionFormat.MissingNumber,
            Prompt = $"{p}% of {PupilNumber.Whole(amount)} = {PupilNumber.Box}",
            Picture = picture ? new BarModelPicture([new Bar(string.Empty, sections)], PupilNumber.Whole(amount)) : null,
            Answer = NumberAnswer.Whole(answer),
            Wrong = Wrongs(p, amount),
            Worked = Worked(p, amount),
            Dimension = dimension,
            Features = Features.Of((Percent, p), (Amount, amount)),
        };
    }

    private static List<WrongAnswer> Wrongs(int p, int amount) =>
    [
        new(PupilNumber.Whole(amount - p * amount / 100), "Finds the part that is left instead of the percentage asked for."),
        new(PupilNumber.Whole(amount / p > 0 && amount % p == 0 ? amount / p : amount + p), amount % p == 0 ? "Divides the amount by the percentage." : "Adds the percentage to the amount."),
        new(PupilNumber.Whole(amount / 10), "Always finds 10% whatever the percentage."),
    ];

    private static string Worked(int p, int amount)
    {
        var parts = 100 / Gcd(p, 100);
        var shaded = p * parts / 100;
        return $"{p}% = {shaded}/{parts}. {PupilNumber.Whole(amount)} {PupilNumber.Divide} {parts} = {PupilNumber.Whole(amount / parts)}, and {PupilNumber.Whole(amount / parts)} {PupilNumber.Times} {shaded} = {PupilNumber.Whole(p * amount / 100)}.";
    }

    private static QuestionDraft Story(int p, int amount, string name) => new()
    {
        Format = QuestionFormat.NumberEntry,
        Prompt = $"{name} has £{PupilNumber.Whole(amount)}. {name} spends {p}% of it on a bike helmet. How many pounds does the helmet cost?",
        Answer = NumberAnswer.Whole(p * amount / 100),
        Wrong = Wrongs(p, amount),
        Worked = Worked(p, amount),
        Dimension = QuestionTypeFeature,
        Features = Features.Of((Percent, p), (Amount, amount)),
    };

    private static QuestionDraft CompareTwo(int p1, int a1, int p2, int a2)
    {
        var left = p1 * a1 / 100;
        var right = p2 * a2 / 100;
        var sign = ComparisonAnswer.Between(left, right);
        var wrong = new List<WrongAnswer>();
        foreach (var s in ComparisonAnswer.Signs)
        {
            if (s[0] != sign)
            {
                wrong.Add(new(s, "Compares only the percentages or only the amounts, not the parts they make."));
            }
        }

        return new QuestionDraft
        {
            Format = QuestionFormat.Compare,
            Prompt = $"Write <, > or =: {p1}% of {PupilNumber.Whole(a1)} {PupilNumber.Box} {p2}% of {PupilNumber.Whole(a2)}",
            Answer = new ComparisonAnswer(sign),
            Wrong = wrong,
            Worked = $"{p1}% of {PupilNumber.Whole(a1)} = {PupilNumber.Whole(left)} and {p2}% of {PupilNumber.Whole(a2)} = {PupilNumber.Whole(right)}, so the sign is {sign}.",
            Dimension = Variation.Deepening,
            Features = Features.Of((Percent, p1), (Amount, a1)),
        };
    }
}
