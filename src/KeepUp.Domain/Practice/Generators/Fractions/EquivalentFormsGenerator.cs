using System.Collections.Generic;
using System.Linq;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.Generators.Fractions.FractionKit;

namespace KeepUp.Domain.Practice.Generators.Fractions;

/// <summary>The three ways of writing part of a whole.</summary>
public enum NumberForm
{
    /// <summary>A fraction: 3/4.</summary>
    Fraction,

    /// <summary>A decimal: 0.75.</summary>
    Decimal,

    /// <summary>A percentage: 75%.</summary>
    Percent,
}

/// <summary>Which fractions a set of equivalents draws on.</summary>
public enum FractionFamily
{
    /// <summary>Halves and quarters, with whole numbers: 1/2, 3/4, 2 1/4.</summary>
    HalvesAndQuarters,

    /// <summary>Halves, quarters, fifths and tenths.</summary>
    FifthsAndTenths,

    /// <summary>Tenths, with whole numbers: 7/10, 2 3/10.</summary>
    Tenths,

    /// <summary>Hundredths: 37/100, 7/100, 40/100.</summary>
    Hundredths,

    /// <summary>Hundredths and thousandths: 37/100, 209/1000.</summary>
    Thousandths,

    /// <summary>Denominators that are factors of 100: 2, 4, 5, 10, 20, 25, 50.</summary>
    FactorsOfHundred,

    /// <summary>Factors of 100 and 1,000, including eighths: 3/8 = 0.375.</summary>
    FactorsOfThousand,
}

/// <summary>
/// Converting between fractions, decimals and percentages: three names for one amount, linked
/// through tenths and hundredths. The set changes the number twice, shows it on a number line,
/// converts it back the other way and closes with a true-or-false built on the way pupils
/// misread the digits (1/4 = 0.4, 7% = 0.7, 0.5 = 5%).
/// </summary>
/// <param name="from">The form the number is given in.</param>
/// <param name="to">The form pupils write it in.</param>
/// <param name="family">Which fractions to use.</param>
/// <param name="simplest">True when fractions are asked for in their simplest form (Year 6).</param>
public sealed class EquivalentFormsGenerator(NumberForm from, NumberForm to, FractionFamily family, bool simplest = false) : QuestionGenerator
{
    private const string NumberFeature = "number";
    private const string DirectionFeature = "direction";

    private static readonly int[] FifthsAndTenths = [2, 4, 5, 10];
    private static readonly int[] FactorsOfHundred = [2, 4, 5, 10, 20, 25, 50];
    private static readonly int[] FactorsOfThousand = [4, 5, 8, 20, 25, 50];

    /// <inheritdoc />
    public override string Family => "fractions, decimals and percentages";

    private sealed record Amount(Fraction Value, long Denominator);

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        var (a1, a2, a3) = Search(dice, x => (Draw(x), Draw(x), Draw(x)), c => c.Item1 != c.Item2 && c.Item2 != c.Item3 && c.Item1 != c.Item3
            && (family != FractionFamily.HalvesAndQuarters || c.Item3.Value > Fraction.Whole(1)));
        return
        [
            Convert(a1, from, to, false, Variation.Start),
            Convert(a2, from, to, false, NumberFeature),
            Convert(a3, from, to, false, NumberFeature),
            Convert(a3, from, to, true, RepresentationFeature),
            Convert(a3, to, from, true, DirectionFeature),
            Misread(dice),
        ];
    }

    private Amount Draw(Dice dice)
    {
        switch (family)
        {
            case FractionFamily.HalvesAndQuarters:
                var d = dice.Chance(40) ? 2 : 4;
                return new(Fraction.Whole(dice.Chance(50) ? 0 : dice.Between(1, 3)) + Fraction.Of(d == 2 ? 1 : dice.Chance(50) ? 1 : 3, d), d);
            case FractionFamily.Tenths:
                return new(Fraction.Whole(dice.Chance(50) ? 0 : dice.Between(1, 9)) + Fraction.Of(dice.Between(1, 9), 10), 10);
            case FractionFamily.Hundredths:
                var k = simplest ? Search(dice, x => x.Between(1, 99), c => Hcf(c, 100) > 1)
                    : dice.Chance(25) ? dice.Between(1, 9) : dice.Between(11, 99);
                return new(Fraction.Of(k, 100), 100);
            case FractionFamily.Thousandths:
                return dice.Chance(50)
                    ? new(Fraction.Of(Search(dice, x => x.Between(1, 99), c => c % 10 != 0), 100), 100)
                    : new(Fraction.Of(Search(dice, x => x.Between(1, 999), c => c % 10 != 0), 1000), 1000);
            default:
                var choices = family switch
                {
                    FractionFamily.FifthsAndTenths => FifthsAndTenths,
                    FractionFamily.FactorsOfHundred => FactorsOfHundred,
                    _ => FactorsOfThousand,
                };
                var e = dice.Pick(choices);
                var n = Search(dice, x => x.Between(1, e - 1), c => Coprime(c, e));
                return new(Fraction.Of(n, e), e);
        }
    }

    private string Write(Amount a, NumberForm form) => form switch
    {
        NumberForm.Fraction when simplest => F(a.Value),
        NumberForm.Fraction => Over(a.Value, a.Denominator),
        NumberForm.Decimal => D(a.Value),
        NumberForm.Percent => $"{D(a.Value * Fraction.Whole(100))}%",
    };

    private static IReadOnlyDictionary<string, string> Facts(Amount a, NumberForm given) =>
        Features.Of((NumberFeature, a.Value), (DirectionFeature, given));

    private static Picture Picture(Amount a, bool line)
    {
        if (line)
        {
            var low = Floor(a.Value);
            return new NumberLinePicture(Fraction.Whole(low), Fraction.Whole(low + 1), Fraction.Of(1, 10), NumberLineLabels.Ends, [], [new NumberLineMark(a.Value, "?")]);
        }

        var hundredths = a.Value * Fraction.Whole(100);
        return a.Value < Fraction.Whole(1) && hundredths.IsWhole
            ? new FractionBarPicture(100, (int)hundredths.Numerator)
            : new FractionBarPicture((int)a.Denominator, (int)(a.Value * Fraction.Whole(a.Denominator)).Numerator, (int)Ceiling(a.Value));
    }

    private QuestionDraft Convert(Amount a, NumberForm given, NumberForm wanted, bool line, string dimension)
    {
        if (simplest && wanted == NumberForm.Fraction)
        {
            return Ask(QuestionFormat.MissingNumber, $"Write it as a fraction in its simplest form: {Write(a, given)} = {PupilNumber.Box}", FractionAnswer(a.Value, simplest: true),
                $"{Working(a)} {Over(a.Value, a.Denominator)} simplifies to {F(a.Value)}.", dimension, Facts(a, given), Picture(a, line),
                [new(Over(a.Value, a.Denominator), "Leaves the fraction unsimplified."), .. Wrongs(((a.Value * Fraction.Whole(a.Denominator)).Numerator, a.Denominator / 10, "Uses the wrong denominator for the last decimal place (writes 0.35 as 35/10)."))]);
        }

        var (box, answer) = wanted switch
        {
            NumberForm.Decimal => (PupilNumber.Box, (ExpectedAnswer)NumberAnswer.Decimal(a.Value)),
            NumberForm.Percent => (PupilNumber.Box + "%", Percent(a.Value)),
            NumberForm.Fraction when a.Value > Fraction.Whole(1) => ($"{Floor(a.Value)} {PupilNumber.Box}/{a.Denominator}", NumberAnswer.Whole(((a.Value - Fraction.Whole(Floor(a.Value))) * Fraction.Whole(a.Denominator)).Numerator)),
            _ => ($"{PupilNumber.Box}/{a.Denominator}", NumberAnswer.Whole((a.Value * Fraction.Whole(a.Denominator)).Numerator)),
        };
        return Ask(QuestionFormat.MissingNumber, $"{Write(a, given)} = {box}", answer, Working(a), dimension, Facts(a, given),
            Picture(a, line), [.. Mistakes(a, given, wanted)]);
    }

    private static NumberAnswer Percent(Fraction value)
    {
        var percent = value * Fraction.Whole(100);
        return percent.IsWhole ? NumberAnswer.Whole(percent.Numerator) : NumberAnswer.Decimal(percent);
    }

    private string Working(Amount a)
    {
        var hundredths = a.Value * Fraction.Whole(100);
        var fraction = Over(a.Value, a.Denominator);
        var percent = from == NumberForm.Percent || to == NumberForm.Percent ? $" or {D(hundredths)}%" : string.Empty;
        if (a.Denominator is 10 or 100 or 1000)
        {
            var parts = ((a.Value - Fraction.Whole(Floor(a.Value))) * Fraction.Whole(a.Denominator)).Numerator;
            return $"{fraction} has {Count(parts, a.Denominator)}, and the last digit of {D(a.Value)} is in the {Part(a.Denominator)}s place: {fraction} = {D(a.Value)}{percent}.";
        }

        if (hundredths.IsWhole)
        {
            return $"{fraction} = {Over(a.Value, 100)} (multiply by {100 / a.Denominator}), which is {D(a.Value)}{percent}.";
        }

        return $"{fraction} = {Over(a.Value, 1000)} (multiply by {1000 / a.Denominator}), which is {D(a.Value)}.";
    }

    private static IEnumerable<WrongAnswer> Mistakes(Amount a, NumberForm given, NumberForm wanted)
    {
        var n = (a.Value * Fraction.Whole(a.Denominator)).Numerator;
        var w = Floor(a.Value);
        var r = ((a.Value - Fraction.Whole(w)) * Fraction.Whole(a.Denominator)).Numerator;
        var percent = a.Value * Fraction.Whole(100);
        switch (given, wanted)
        {
            case (NumberForm.Fraction, NumberForm.Decimal) when a.Denominator is 10 or 100 or 1000:
                yield return new(D(a.Value * Fraction.Whole(10)), a.Denominator == 10 ? "Treats the tenths as ones." : "Puts the digits one place too far left (writes 6 hundredths as 0.6).");
                yield return new(D(a.Value / Fraction.Whole(10)), "Puts the digits one place too far right (writes three tenths as 0.03).");
                yield return new($"{Plain(n)}.{Plain(a.Denominator)}", "Writes the numerator and the denominator as the digits of a decimal.");
                break;
            case (NumberForm.Fraction, NumberForm.Decimal):
                yield return new($"{Plain(w)}.{Plain(r)}", $"Writes the numerator after the decimal point ({Text(1, 4)} as 0.4).");
                if (a.Denominator < 10)
                {
                    yield return new($"{Plain(w)}.{Plain(a.Denominator)}", $"Writes the denominator after the decimal point ({Text(1, 2)} as 0.2).");
                }

                yield return new($"{Plain(w)}.{Plain(r)}{Plain(a.Denominator)}", $"Writes the numerator and the denominator after the decimal point ({Text(3, 4)} as 0.34).");
                if (w == 0)
                {
                    yield return new($"{Plain(r)}.{Plain(a.Denominator)}", "Writes the numerator and the denominator as the digits of a decimal.");
                }

                break;
            case (NumberForm.Fraction, NumberForm.Percent):
                yield return new(Plain(n), "Puts the numerator straight into the percentage.");
                yield return new(Plain(a.Denominator), "Uses the denominator as the percentage.");
                break;
            case (NumberForm.Decimal, NumberForm.Percent):
                yield return new(D(a.Value * Fraction.Whole(10)), "Moves the digits one place instead of two (thinks 0.5 is 5%).");
                break;
            case (NumberForm.Percent, NumberForm.Decimal):
                yield return new(D(percent / Fraction.Whole(10)), "Moves the digits one place instead of two (writes 7% as 0.7).");
                yield return new(D(percent), "Forgets that per cent means out of 100.");
                break;
            default:
                var hundredths = (a.Value - Fraction.Whole(w)) * Fraction.Whole(100);
                if (a.Denominator != 100 && hundredths.IsWhole)
                {
                    yield return new(Plain(hundredths.Numerator), "Writes the hundredths as the numerator whatever the denominator.");
                }

                if (r >= 10)
                {
                    yield return new(Plain(r / 10), "Reads only the first digit after the decimal point.");
                }

                yield return new(Plain(r * 10), "Reads the digits one place out.");
                break;
        }
    }

    private QuestionDraft Misread(Dice dice)
    {
        var a = Draw(dice);
        var truth = dice.Chance(50);
        var parts = ((a.Value - Fraction.Whole(Floor(a.Value))) * Fraction.Whole(a.Denominator)).Numerator;
        var wholes = a.Value > Fraction.Whole(1) ? $"{Floor(a.Value)} " : string.Empty;
        string right;
        WrongAnswer mistake;
        if (to == NumberForm.Fraction && simplest)
        {
            right = F(a.Value);
            mistake = new(Text(parts, a.Denominator / 10), "Uses the wrong denominator for the last decimal place (writes 0.35 as 35/10).");
        }
        else if (to == NumberForm.Fraction)
        {
            // Reading 0.05 as 5/10: the right digits over the wrong power of ten.
            right = $"{wholes}{Text(parts, a.Denominator)}";
            mistake = new($"{wholes}{Text(parts, a.Denominator == 10 ? 100 : a.Denominator / 10)}", "Uses the wrong denominator for the last decimal place (writes 0.05 as 5/10).");
        }
        else
        {
            var first = Mistakes(a, from, to).First();
            right = to == NumberForm.Decimal ? D(a.Value) : D(a.Value * Fraction.Whole(100));
            mistake = first;
            if (to == NumberForm.Percent)
            {
                right += "%";
                mistake = first with { Text = first.Text + "%" };
            }
        }

        if (AnswerText.ReadNumber(mistake.Text.TrimEnd('%')) is { } read && AnswerText.ReadNumber(right.TrimEnd('%')) is { } value && read.Value == value.Value)
        {
            truth = true;
        }

        var (answer, wrongChoice) = TrueOrFalse(truth, truth ? "Does not recognise an equivalent written in a different form." : mistake.Misconception);
        return Ask(QuestionFormat.TrueOrFalse, $"True or false? {Write(a, from)} = {(truth ? right : mistake.Text)}", answer, Working(a), Variation.Deepening,
            Facts(a, from), Picture(a, false), wrongChoice);
    }
}
