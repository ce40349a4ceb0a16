using System.Collections.Generic;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.Generators.Fractions.FractionKit;

namespace KeepUp.Domain.Practice.Generators.Fractions;

/// <summary>
/// A fraction of a measure or an amount of money: change to the smaller unit first (3/4 of 2 kg
/// is 3/4 of 2,000 g), then find the fraction. The set changes the amount, then the fraction,
/// then the measure, then moves to money, and closes with the answer that forgets the numerator.
/// </summary>
public sealed class FractionOfMeasureGenerator : QuestionGenerator
{
    private const string AmountFeature = "amount";
    private const string NumeratorFeature = "numerator";
    private const string DenominatorFeature = "denominator";
    private const string UnitFeature = "unit";

    private static readonly (string Big, string Small, int Factor)[] Thousands = [("kg", "g", 1000), ("km", "m", 1000), ("l", "ml", 1000)];
    private static readonly int[] Denominators = [3, 4, 5, 10];

    /// <inheritdoc />
    public override string Family => "fractions of measures";

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        var (d, n1, n2, a1) = Search(
            dice,
            x => (x.Pick(Denominators), x.Between(2, 9), x.Between(1, 9), x.Between(1, 8)),
            c => c.Item2 < c.Item1 && c.Item3 < c.Item1 && c.Item2 != c.Item3 && Coprime(c.Item2, c.Item1) && Coprime(c.Item3, c.Item1)
                && c.Item4 % (c.Item1 == 3 ? 3 : 1) == 0);
        var a2 = a1 + (d == 3 ? 3 : 1);
        var first = dice.Pick(Thousands);
        var second = Search(dice, x => x.Pick(Thousands), u => u != first);
        return
        [
            Measure(n1, d, a1, first, Variation.Start),
            Measure(n1, d, a2, first, AmountFeature),
            Measure(n2, d, a2, first, NumeratorFeature),
            Measure(n2, d, a2, second, UnitFeature),
            Money(n2, d, a2),
            ForgetsNumerator(dice, n1, d, a2, second),
        ];
    }

    private static IReadOnlyDictionary<string, string> Facts(int n, int d, int amount, string unit) =>
        Features.Of((NumeratorFeature, n), (DenominatorFeature, d), (AmountFeature, amount), (UnitFeature, unit));

    private static QuestionDraft Measure(int n, int d, int amount, (string Big, string Small, int Factor) unit, string dimension)
    {
        var small = amount * unit.Factor;
        var result = small / d * n;
        return Ask(QuestionFormat.MissingNumber, $"{Text(n, d)} of {W(amount)} {unit.Big} = {PupilNumber.Box} {unit.Small}", NumberAnswer.Whole(result),
            $"{W(amount)} {unit.Big} is {W(small)} {unit.Small} in the smaller unit. One {Part(d)} is {W(small)} {PupilNumber.Divide} {d} = {W(small / d)} {unit.Small}, so {Text(n, d)} of it is {W(result)} {unit.Small}.",
            dimension, Facts(n, d, amount, unit.Big), SplitBar(d, n, $"{W(amount)} {unit.Big}"),
            [
                .. WrongWhole(small / d, "Finds one part and forgets to multiply by the numerator."),
                new(PupilNumber.Decimal(Fraction.Of(result, unit.Factor)), $"Gives the answer in {unit.Big}, not in {unit.Small}."),
                .. amount * n % d == 0 ? WrongWhole(amount * n / d, "Finds the fraction of the number but forgets to change the unit.") : [],
            ]);
    }

    private static QuestionDraft Money(int n, int d, int pounds)
    {
        var pence = pounds * 100;
        var result = pence / d * n;
        return Ask(QuestionFormat.MissingNumber, $"{Text(n, d)} of £{W(pounds)} = {PupilNumber.Box}p", new MoneyAnswer(result, MoneyUnit.Pence),
            $"£{W(pounds)} is {W(pence)}p. One {Part(d)} is {W(pence)}p {PupilNumber.Divide} {d} = {W(pence / d)}p, so {Text(n, d)} of it is {W(result)}p, which is {PupilNumber.Pounds(result)}.",
            UnitFeature, Facts(n, d, pounds, "£"), SplitBar(d, n, $"£{W(pounds)}"),
            [new($"{W(pence / d)}p", "Finds one part and forgets to multiply by the numerator."), new($"{W(result / 100)}p", "Forgets to change pounds into pence.")]);
    }

    private static QuestionDraft ForgetsNumerator(Dice dice, int n, int d, int amount, (string Big, string Small, int Factor) unit)
    {
        var name = dice.Pick(Names);
        var small = amount * unit.Factor;
        var mistake = small / d;
        return Ask(QuestionFormat.SpotTheMistake, $"{name} says {Text(n, d)} of {W(amount)} {unit.Big} is {W(mistake)} {unit.Small}. How many {unit.Small} is it really?",
            NumberAnswer.Whole(mistake * n),
            $"{W(mistake)} {unit.Small} is only one {Part(d)}. {Text(n, d)} is {n} of those parts: {n} {PupilNumber.Times} {W(mistake)} = {W(mistake * n)} {unit.Small}.",
            Variation.Deepening, Facts(n, d, amount, unit.Big), SplitBar(d, n, $"{W(amount)} {unit.Big}"),
            [new(W(mistake), "Finds the unit fraction and forgets to multiply by the numerator.")]);
    }
}
