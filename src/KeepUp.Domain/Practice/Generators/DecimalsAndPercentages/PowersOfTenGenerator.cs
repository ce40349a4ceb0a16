using System.Collections.Generic;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.Generators.DecimalsAndPercentages.Decimals;

namespace KeepUp.Domain.Practice.Generators.DecimalsAndPercentages;

/// <summary>
/// Multiplying or dividing by 10, 100 and 1,000 by moving digits on a place-value chart
/// (37 ÷ 10 = 3.7, 0.46 × 100 = 46): one digit of the number changes, then the power, then the
/// chart is taken away, then the sentence is turned round, ending with the "add a zero" myth.
/// </summary>
/// <param name="multiply">True to multiply, false to divide.</param>
/// <param name="powers">The powers of ten practised (10, 100, 1,000), easiest first.</param>
/// <param name="digits">How many significant digits the starting number has (1–3).</param>
/// <param name="places">How many decimal places the starting number has (0–3).</param>
internal sealed class PowersOfTenGenerator(bool multiply, int[] powers, int digits, int places) : QuestionGenerator
{
    private const string Number = "number";
    private const string Power = "power";
    private const string Unknown = "unknown";

    public override string Family => "multiply and divide by 10, 100 and 1,000";

    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        var lowest = multiply ? -places : -places - Exponent(powers[^1]);
        var first = Start(dice);
        var second = Change(first, dice);
        var third = powers.Length > 1 ? second : Change(second, dice);
        var p1 = powers[0];
        var p2 = powers.Length > 1 ? powers[1] : p1;
        var last = powers[^1];
        return
        [
            Sentence(first, p1, true, Variation.Start, lowest),
            Sentence(second, p1, true, Number, lowest),
            Sentence(third, p2, true, powers.Length > 1 ? Power : Number, lowest),
            Sentence(third, p2, false, RepresentationFeature, lowest),
            Inverse(third, p2, QuestionFormat.MissingNumber, Unknown),
            Inverse(third, p2, QuestionFormat.MultipleChoice, QuestionTypeFeature),
            Myth(Change(third, dice), last, dice),
        ];
    }

    private static int Exponent(int power) => power switch { 10 => 1, 100 => 2, _ => 3 };

    private string Op => multiply ? PupilNumber.Times : PupilNumber.Divide;

    private decimal Apply(decimal value, decimal power) => multiply ? value * power : value / power;

    private decimal Start(Dice dice)
    {
        // Significant digits with a non-zero first and last digit, so no trailing zero hides a place.
        var n = 0L;
        for (var i = 0; i < digits; i++)
        {
            n = n * 10 + (i == 0 || i == digits - 1 ? dice.Between(1, 9) : dice.Between(0, 9));
        }

        return n / Pow(places);
    }

    private static decimal Change(decimal value, Dice dice)
    {
        // Change the leading digit only, so the place of every digit stays the same.
        var top = Highest(value) >= 0 && value >= 1 ? Highest(value) : -1;
        while (top > -3 && Digit(value, top) == 0)
        {
            top--;
        }

        var old = Digit(value, top);
        var now = (old + dice.Between(1, 8)) % 9 + 1;
        if (now == old)
        {
            now = old == 9 ? 1 : old + 1;
        }

        return value + (now - old) * Pow(top);
    }

    private QuestionDraft Sentence(decimal value, int power, bool chart, string dimension, int lowest)
    {
        var result = Apply(value, power);
        var wrong = new List<WrongAnswer>
        {
            new(Text(multiply ? value / power : value * power), multiply ? "Moves the digits to the right when multiplying makes the number bigger." : "Moves the digits to the left when dividing makes the number smaller."),
            new(Text(Apply(value, power * 10m)), "Moves the digits one place too many."),
        };
        if (power > 10)
        {
            wrong.Add(new(Text(Apply(value, power / 10m)), "Moves the digits one place too few."));
        }

        if (multiply && places > 0)
        {
            wrong.Insert(0, new(Text(value) + new string('0', Exponent(power)), "Adds zeros to the end, which does not change a decimal's value."));
        }

        var bigger = multiply ? result : value;
        var smaller = multiply ? value : result;
        return new QuestionDraft
        {
            Format = QuestionFormat.MissingNumber,
            Prompt = $"{Text(value)} {Op} {PupilNumber.Whole(power)} = {PupilNumber.Box}",
            Picture = chart ? Chart(value, lowest) : null,
            Answer = Answer(result),
            Wrong = wrong,
            Worked = $"{(multiply ? "Multiplying" : "Dividing")} by {PupilNumber.Whole(power)} moves every digit {Exponent(power)} place{(power > 10 ? "s" : string.Empty)} to the {(multiply ? "left" : "right")}: {Text(bigger)} is {PupilNumber.Whole(power)} times the size of {Text(smaller)}.",
            Dimension = dimension,
            Features = Features.Of((Number, value), (Power, power), (Unknown, "result")),
        };
    }

    private QuestionDraft Inverse(decimal value, int power, QuestionFormat format, string dimension)
    {
        var result = Apply(value, power);
        var prompt = format == QuestionFormat.MissingNumber
            ? $"{PupilNumber.Box} {Op} {PupilNumber.Whole(power)} = {Text(result)}"
            : $"Which number {(multiply ? "multiplied" : "divided")} by {PupilNumber.Whole(power)} gives {Text(result)}?";
        return new QuestionDraft
        {
            Format = format,
            Prompt = prompt,
            Answer = Answer(value),
            Wrong =
            [
                new(Text(Apply(result, power)), $"Does the same operation again instead of the inverse: the inverse of {(multiply ? "multiplying" : "dividing")} is {(multiply ? "dividing" : "multiplying")}."),
                new(Text(multiply ? result / (power * 10m) : result * power * 10m), "Moves the digits one place too many."),
                new(Text(multiply ? result / 10m : result * 10m), power > 10 ? "Moves the digits only one place whatever the power of ten." : "Moves the digits the right way but not back to where they started."),
            ],
            Worked = $"Use the inverse: {Text(result)} {(multiply ? PupilNumber.Divide : PupilNumber.Times)} {PupilNumber.Whole(power)} = {Text(value)}.",
            Dimension = dimension,
            Features = Features.Of((Number, value), (Power, power), (Unknown, "start number")),
        };
    }

    private QuestionDraft Myth(decimal value, int power, Dice dice)
    {
        var result = Apply(value, power);
        var truthful = dice.Chance(50);
        var mythical = multiply && places > 0
            ? Text(value) + new string('0', Exponent(power))
            : Text(Apply(value, power * 10m));
        var claim = truthful ? Text(result) : mythical;
        var name = dice.Pick(Names);
        var misconception = multiply && places > 0
            ? "Believes multiplying by 10 always means adding a zero, even to a decimal."
            : "Moves the digits one place too many for the power of ten.";
        return new QuestionDraft
        {
            Format = QuestionFormat.TrueOrFalse,
            Prompt = $"{name} says {Text(value)} {Op} {PupilNumber.Whole(power)} = {claim}. True or false?",
            Answer = new ChoiceAnswer(truthful ? "True" : "False", ChoiceAnswer.TrueOrFalse),
            Wrong = [new("True", misconception), new("False", "Does not trust moving the digits: the claim is right.")],
            Worked = truthful
                ? $"True: each digit moves {Exponent(power)} place{(power > 10 ? "s" : string.Empty)} to the {(multiply ? "left" : "right")}, giving {Text(result)}."
                : $"False: each digit moves {Exponent(power)} place{(power > 10 ? "s" : string.Empty)} to the {(multiply ? "left" : "right")}, so the answer is {Text(result)}, not {claim}.",
            Dimension = Variation.Deepening,
            Features = Features.Of((Number, value), (Power, power), (Unknown, "claim")),
        };
    }
}
