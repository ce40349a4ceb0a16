using System.Collections.Generic;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.Generators.Fractions.FractionKit;

namespace KeepUp.Domain.Practice.Generators.Fractions;

/// <summary>
/// A percentage of an amount through its fraction: 25% is 1/4, so 25% of 60 is 60 ÷ 4 = 15. The
/// set changes the amount, then the percentage, shows it on a hundred square, puts it in a
/// context, and closes by comparing forms (Year 5) or correcting "take away 25" (Year 6).
/// </summary>
/// <param name="money">True for amounts of money in pounds (Year 6), false for numbers of things.</param>
public sealed class PercentageOfAmountGenerator(bool money) : QuestionGenerator
{
    private const string PercentFeature = "percentage";
    private const string AmountFeature = "amount";

    private static readonly (int Percent, int Numerator, int Denominator)[] Percentages =
        [(50, 1, 2), (25, 1, 4), (75, 3, 4), (10, 1, 10), (20, 1, 5), (40, 2, 5), (60, 3, 5), (80, 4, 5), (30, 3, 10), (70, 7, 10), (5, 1, 20)];

    /// <inheritdoc />
    public override string Family => "percentages of amounts";

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        var (p1, p2, m) = Search(dice, x => (x.Pick(Percentages), x.Pick(Percentages), x.Between(1, money ? 9 : 6)), c => c.Item1 != c.Item2
            && 20 * (c.Item3 + 1) > c.Item1.Percent && 20 * (c.Item3 + 1) - c.Item1.Percent != 20 * (c.Item3 + 1) / c.Item1.Denominator * c.Item1.Numerator);
        var (a1, a2) = (20 * m, 20 * (m + 1));
        return
        [
            Of(p1, a1, false, QuestionFormat.MissingNumber, Variation.Start),
            Of(p1, a2, false, QuestionFormat.MissingNumber, AmountFeature),
            Of(p2, a2, false, QuestionFormat.MissingNumber, PercentFeature),
            Of(p2, a2, true, QuestionFormat.MissingNumber, RepresentationFeature),
            Of(p2, a2, true, QuestionFormat.NumberEntry, QuestionTypeFeature),
            money ? TakesAway(dice, p1, a2) : CompareForms(dice),
        ];
    }

    private static IReadOnlyDictionary<string, string> Facts((int Percent, int N, int D) p, int amount) =>
        Features.Of((PercentFeature, p.Percent), (AmountFeature, amount));

    private string Amount(long value) => money ? $"£{W(value)}" : W(value);

    private ExpectedAnswer Answer(long value) => money ? new MoneyAnswer(value * 100) : NumberAnswer.Whole(value);

    private string WrongText(long value) => money ? PupilNumber.Pounds(value * 100) : W(value);

    private QuestionDraft Of((int Percent, int N, int D) p, int amount, bool grid, QuestionFormat format, string dimension)
    {
        var result = amount / p.D * p.N;
        var prompt = format == QuestionFormat.NumberEntry
            ? money
                ? $"A coat costs {Amount(amount)}. In a sale it is {p.Percent}% off. How much money is taken off the price?"
                : $"There are {W(amount)} children in a school. {p.Percent}% of them walk to school. How many children walk to school?"
            : $"{p.Percent}% of {Amount(amount)} = {PupilNumber.Box}";
        var wrong = new List<WrongAnswer>();
        if (amount % p.Percent == 0)
        {
            wrong.Add(new(WrongText(amount / p.Percent), "Divides by the percentage instead of using its fraction."));
        }

        if (amount > p.Percent)
        {
            wrong.Add(new(WrongText(amount - p.Percent), $"Thinks {p.Percent}% of an amount means taking away {p.Percent}."));
        }

        if (p.N > 1)
        {
            wrong.Add(new(WrongText(amount / p.D), "Finds one part and forgets to multiply by the numerator."));
        }
        else
        {
            wrong.Add(new(WrongText(p.Percent), "Gives the percentage as the answer."));
        }

        Picture picture = grid ? new FractionBarPicture(100, p.Percent) : SplitBar(p.D, p.N, Amount(amount));
        return Ask(format, prompt, Answer(result),
            $"{p.Percent}% is the same as {Text(p.N, p.D)}, so find {Text(p.N, p.D)} of {Amount(amount)}: {Amount(amount)} {PupilNumber.Divide} {p.D} = {Amount(amount / p.D)}"
                + (p.N > 1 ? $", and {p.N} {PupilNumber.Times} {Amount(amount / p.D)} = {Amount(result)}." : "."),
            dimension, Facts(p, amount), picture, wrong);
    }

    private QuestionDraft TakesAway(Dice dice, (int Percent, int N, int D) p, int amount)
    {
        var name = dice.Pick(Names);
        var mistake = amount - p.Percent;
        var result = amount / p.D * p.N;
        return Ask(QuestionFormat.SpotTheMistake, $"{name} says {p.Percent}% of {Amount(amount)} is {Amount(mistake)}. What is {p.Percent}% of {Amount(amount)} really?",
            Answer(result), $"{name} took away {p.Percent}. {p.Percent}% is {Text(p.N, p.D)}, and {Text(p.N, p.D)} of {Amount(amount)} is {Amount(result)}.",
            Variation.Deepening, Facts(p, amount), SplitBar(p.D, p.N, Amount(amount)), [new(WrongText(mistake), $"Thinks {p.Percent}% of a quantity means subtracting {p.Percent} from it.")]);
    }

    private static QuestionDraft CompareForms(Dice dice)
    {
        // A fraction with a small numerator against a percentage with a bigger number, so comparing
        // the digits that appear gives the wrong answer.
        var (n, d, percent) = Search(dice, x => (x.Between(1, 4), x.Pick(FifthsAndQuarters), x.Between(2, 19) * 5),
            c => c.Item1 < c.Item2 && Coprime(c.Item1, c.Item2) && c.Item3 < c.Item1 * 100 / c.Item2 && c.Item3 > c.Item1 * 10);
        var asPercent = n * 100 / d;
        var fractionFirst = dice.Chance(50);
        var sign = fractionFirst ? '>' : '<';
        var prompt = fractionFirst ? $"{Text(n, d)} {Circle} {percent}%" : $"{percent}% {Circle} {Text(n, d)}";
        return Ask(QuestionFormat.Compare, prompt, new ComparisonAnswer(sign),
            $"{Text(n, d)} = {Text(asPercent, 100)} = {asPercent}%, and {asPercent}% is more than {percent}%.",
            Variation.Deepening, Features.Of((PercentFeature, percent), (AmountFeature, Text(n, d))), new FractionBarPicture(100, percent),
            [new(sign == '<' ? ">" : "<", $"Compares {n} with {percent} instead of changing both into the same form."), new("=", "Thinks a fraction and a percentage cannot be compared.")]);
    }

    private static readonly int[] FifthsAndQuarters = [2, 4, 5, 10];
}
