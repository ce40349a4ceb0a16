using System.Collections.Generic;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.Generators.DecimalsAndPercentages.Decimals;

namespace KeepUp.Domain.Practice.Generators.DecimalsAndPercentages;

/// <summary>
/// Multiplying or dividing a decimal by a whole number (2.34 × 3, 7.2 ÷ 4, 7 ÷ 4 = 1.75): the
/// decimal changes, then the whole number, then the chart goes, then a worked answer with the
/// decimal point in the wrong place is corrected, ending with an estimate check.
/// </summary>
/// <param name="multiply">True to multiply, false to divide.</param>
/// <param name="places">Decimal places of the decimal factor or quotient (1–2).</param>
/// <param name="wholeDividends">True for dividing a whole number to get a decimal answer (divisors 2, 4 and 5).</param>
internal sealed class DecimalByIntegerGenerator(bool multiply, int places, bool wholeDividends) : QuestionGenerator
{
    private const string Decimal = "decimal";
    private const string Whole = "whole number";

    public override string Family => "multiply and divide decimals by whole numbers";

    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        int[] divisors = wholeDividends ? [2, 4, 5] : [2, 3, 4, 5, 6, 7, 8, 9];
        var k1 = dice.Pick(divisors);
        var k2 = dice.Pick(divisors);
        while (k2 == k1)
        {
            k2 = dice.Pick(divisors);
        }

        var a1 = Start(dice, k1, k2);
        var a2 = Start(dice, k1, k2);
        while (a2 == a1)
        {
            a2 = Start(dice, k1, k2);
        }

        var name = dice.Pick(Names);
        return
        [
            Sentence(a1, k1, true, Variation.Start),
            Sentence(a2, k1, true, Decimal),
            Sentence(a2, k2, true, Whole),
            Sentence(a2, k2, false, RepresentationFeature),
            Mistake(a2, k2, name),
            Estimate(Start(dice, k1, k2), k1, dice),
        ];
    }

    private decimal Start(Dice dice, int k1, int k2)
    {
        if (wholeDividends)
        {
            // A quotient in quarters or fifths, so both divisors give an exact answer of at most 2 places.
            var lcm = k1 * k2 / (k1 % k2 == 0 ? k2 : k2 % k1 == 0 ? k1 : 1);
            decimal value;
            do
            {
                value = dice.Between(1, 40) / (decimal)lcm;
            }
            while (decimal.Floor(value) == value);
            return value;
        }

        var scale = (int)Pow(places);
        int n;
        do
        {
            n = dice.Between(scale + 1, 9 * scale);
        }
        while (n % 10 == 0);
        return n / (decimal)scale;
    }

    private string Op => multiply ? PupilNumber.Times : PupilNumber.Divide;

    private (decimal Left, decimal Result) Parts(decimal a, int k) => multiply ? (a, a * k) : (a * k, a);

    private QuestionDraft Sentence(decimal a, int k, bool chart, string dimension)
    {
        var (left, result) = Parts(a, k);
        return new QuestionDraft
        {
            Format = QuestionFormat.MissingNumber,
            Prompt = $"{Text(left)} {Op} {k} = {PupilNumber.Box}",
            Picture = chart ? Chart(left, -Places(left)) : null,
            Answer = Answer(result),
            Wrong = Slips(result),
            Worked = Worked(a, k),
            Dimension = dimension,
            Features = Features.Of((Decimal, a), (Whole, k)),
        };
    }

    private string Worked(decimal a, int k)
    {
        var (left, result) = Parts(a, k);
        var p = Places(left) > Places(result) ? Places(left) : Places(result);
        var units = Pow(p);
        return multiply
            ? $"Think of {Text(left)} as {Text(left * units)} {PlaceName(-p)}: {Text(left * units)} {PlaceName(-p)} {PupilNumber.Times} {k} = {Text(result * units)} {PlaceName(-p)}, which is {Text(result)}."
            : $"Share {Text(left)} into {k} equal parts, exchanging what is left over for tenths and hundredths: {Text(left)} {PupilNumber.Divide} {k} = {Text(result)}. Check: {Text(result)} {PupilNumber.Times} {k} = {Text(left)}.";
    }

    private static List<WrongAnswer> Slips(decimal result) =>
    [
        new(Text(result * 10), "Puts the decimal point one place too far right."),
        new(Text(result / 10), "Puts the decimal point one place too far left."),
        new(Text(result + 1), "Exchanges into the ones twice."),
    ];

    private QuestionDraft Mistake(decimal a, int k, string name)
    {
        var (left, result) = Parts(a, k);
        var slip = result * 10;
        return new QuestionDraft
        {
            Format = QuestionFormat.SpotTheMistake,
            Prompt = $"{name} worked out {Text(left)} {Op} {k} = {Text(slip)}. What is the right answer?",
            Answer = Answer(result),
            Wrong = [new(Text(slip), "Puts the decimal point one place too far right."), .. Slips(result)],
            Worked = $"An estimate shows the mistake: the answer must be near {Text(decimal.Round(result))}. {Worked(a, k)}",
            Dimension = QuestionTypeFeature,
            Features = Features.Of((Decimal, a), (Whole, k)),
        };
    }

    private QuestionDraft Estimate(decimal a, int k, Dice dice)
    {
        var (left, result) = Parts(a, k);
        var truthful = dice.Chance(50);
        var claim = truthful ? result : result * 10;
        return new QuestionDraft
        {
            Format = QuestionFormat.TrueOrFalse,
            Prompt = $"Estimate, then decide: {Text(left)} {Op} {k} = {Text(claim)}. True or false?",
            Answer = new ChoiceAnswer(truthful ? "True" : "False", ChoiceAnswer.TrueOrFalse),
            Wrong = [new("True", "Does not estimate to check where the decimal point goes."), new("False", "Does not trust a calculation that matches the estimate.")],
            Worked = $"{Text(left)} {Op} {k} is about {Text(decimal.Round(result, 0))}, and exactly {Text(result)}, so the statement is {(truthful ? "true" : "false")}.",
            Dimension = Variation.Deepening,
            Features = Features.Of((Decimal, a), (Whole, k)),
        };
    }
}
