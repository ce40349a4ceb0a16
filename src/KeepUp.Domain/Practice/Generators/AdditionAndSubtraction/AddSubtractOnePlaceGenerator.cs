using System;
using System.Collections.Generic;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.PupilNumber;

namespace KeepUp.Domain.Practice.Generators.AdditionAndSubtraction;

/// <summary>
/// Adding or subtracting ones, tens, hundreds or thousands to a number without crossing into the
/// next place (243 + 30, 5,627 − 400): the structure is that only one digit changes, so the set
/// keeps the amount fixed while the other digits vary, then shows it on a number line, then turns
/// it round into subtraction and a missing number.
/// </summary>
/// <param name="digits">How many digits the starting number has (2–6).</param>
/// <param name="place">The place being added to: 1, 10, 100 …, below the number's largest place.</param>
public sealed class AddSubtractOnePlaceGenerator(int digits, long place) : QuestionGenerator
{
    private const string First = "first number";
    private const string Second = "second number";
    private const string Operation = "operation";
    private const string Unknown = "unknown";

    /// <inheritdoc />
    public override string Family => "add and subtract within one place";

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        if (digits is < 2 or > 6 || place >= PlaceValue.Power(digits))
        {
            throw new GeneratorConstraintException($"{digits}-digit numbers have no {PlaceValue.NameOf(place)}.");
        }

        // Keep the digit in the working place between k and 9 − k so both adding and
        // subtracting k of that place stay inside it: the point of the step is that nothing else changes.
        var units = dice.Between(1, 4);
        var amount = units * place;
        var start = StartNumber(dice, units);
        // Procedural variation happens in a neighbouring place (the tens when adding ones), so
        // pupils see that digit change while the working place behaves the same way each time.
        var other = place * 10 < PlaceValue.Power(digits) ? place * 10 : place / 10;
        var up = PlaceValue.DigitIn(start, other) <= 7;
        var second = up ? start + other : start - other;
        var third = up ? second + other : second - other;
        var placeName = PlaceValue.NameOf(place);

        return
        [
            Sum(start, amount, '+', Variation.Start, new BaseTenOrChart(start).Picture),
            Sum(second, amount, '+', First, new BaseTenOrChart(second).Picture),
            Sum(third, amount, '+', First, new BaseTenOrChart(third).Picture),
            Sum(third, amount, '+', RepresentationFeatureName, JumpLine(third, amount, '+')),
            Sum(third, amount, '−', Operation, JumpLine(third, amount, '−')),
            MissingAmount(third, amount, JumpLine(third, amount, '−')),
            WhichDigitChanges(third, placeName),
        ];
    }

    private const string RepresentationFeatureName = RepresentationFeature;

    private long StartNumber(Dice dice, int units)
    {
        var number = 0L;
        for (var exponent = digits - 1; exponent >= 0; exponent--)
        {
            var p = PlaceValue.Power(exponent);
            var digit = p == place ? dice.Between(units, 9 - units)
                : exponent == digits - 1 ? dice.Between(1, 8)
                : dice.Between(0, 9);
            number += digit * p;
        }

        return number;
    }

    private QuestionDraft Sum(long first, long amount, char op, string dimension, Picture picture)
    {
        var result = op == '+' ? first + amount : first - amount;
        var opText = op == '+' ? "+" : Minus;
        var wrongPlaceUp = op == '+' ? first + amount * 10 : first - amount * 10;
        var wrongPlaceDown = op == '+' ? first + amount / 10 : first - amount / 10;
        var wrong = new List<WrongAnswer>
        {
            new(Whole(op == '+' ? first - amount : first + amount), op == '+' ? "Subtracts when the sign says add." : "Adds when the sign says subtract."),
        };
        if (wrongPlaceUp > 0)
        {
            wrong.Add(new(Whole(wrongPlaceUp), $"Adds or subtracts in the place to the left of the {PlaceValue.NameOf(place)}."));
        }

        if (place > 1)
        {
            wrong.Add(new(Whole(wrongPlaceDown), $"Treats {PlaceValue.NameOf(place)} as ones and changes the wrong digit."));
        }

        return new QuestionDraft
        {
            Format = QuestionFormat.MissingNumber,
            Prompt = $"{Whole(first)} {opText} {Whole(amount)} = {Box}",
            Picture = picture,
            Answer = NumberAnswer.Whole(result),
            Wrong = wrong,
            Worked = $"Only the {PlaceValue.NameOf(place)} digit changes: {PlaceValue.DigitIn(first, place)} {opText} {amount / place} = {PlaceValue.DigitIn(result, place)}, so {Whole(first)} {opText} {Whole(amount)} = {Whole(result)}.",
            Dimension = dimension,
            Features = Features.Of((First, first), (Second, amount), (Operation, op), (Unknown, "result")),
        };
    }

    private QuestionDraft MissingAmount(long first, long amount, Picture picture)
    {
        var result = first - amount;
        return new QuestionDraft
        {
            Format = QuestionFormat.MissingNumber,
            Prompt = $"{Whole(first)} {Minus} {Box} = {Whole(result)}",
            Picture = picture,
            Answer = NumberAnswer.Whole(amount),
            Wrong =
            [
                new(Whole(amount / place), $"Gives the number of {PlaceValue.NameOf(place)} rather than their value."),
                new(Whole(first + result), "Adds the two numbers it can see instead of finding the difference."),
            ],
            Worked = $"{Whole(first)} and {Whole(result)} differ only in the {PlaceValue.NameOf(place)}: {PlaceValue.DigitIn(first, place)} {Minus} {PlaceValue.DigitIn(result, place)} = {amount / place}, so {Box} = {Whole(amount)}.",
            Dimension = Unknown,
            Features = Features.Of((First, first), (Second, amount), (Operation, '−'), (Unknown, "second number")),
        };
    }

    private QuestionDraft WhichDigitChanges(long first, string placeName)
    {
        // At most four places are offered, centred on the right one, so there are never more
        // than three wrong choices.
        var exponent = 0;
        while (PlaceValue.Power(exponent) < place)
        {
            exponent++;
        }

        var lowest = Math.Clamp(exponent - 1, 0, Math.Max(0, digits - 4));
        var options = new List<string>();
        for (var e = Math.Min(digits - 1, lowest + 3); e >= lowest; e--)
        {
            options.Add($"The {PlaceValue.NameOf(PlaceValue.Power(e))} digit");
        }

        var right = $"The {placeName} digit";
        var wrong = new List<WrongAnswer>();
        foreach (var option in options)
        {
            if (option != right)
            {
                wrong.Add(new(option, option.EndsWith("ones digit", StringComparison.Ordinal)
                    ? "Thinks adding always changes the ones digit, whatever is being added."
                    : "Does not link the value of the amount added to the place it changes."));
            }
        }

        // The largest amount of this place that still does not cross into the next one.
        var units = 9 - PlaceValue.DigitIn(first, place);
        var bigger = units * place;
        return new QuestionDraft
        {
            Format = QuestionFormat.MultipleChoice,
            Prompt = $"Without working it out: which digit of {Whole(first)} changes when you add {Whole(bigger)}?",
            Answer = new ChoiceAnswer(right, options),
            Wrong = wrong,
            Worked = $"{Whole(bigger)} is {units} {placeName}, and the {placeName} digit does not pass 9, so only the {placeName} digit changes.",
            Dimension = Variation.Deepening,
            Features = Features.Of((First, first), (Second, bigger), (Operation, '+'), (Unknown, "digit")),
        };
    }

    private static NumberLinePicture JumpLine(long from, long amount, char op)
    {
        var to = op == '+' ? from + amount : from - amount;
        var low = Math.Min(from, to);
        var high = Math.Max(from, to);
        return new NumberLinePicture(
            low,
            high,
            amount,
            NumberLineLabels.Ends,
            [new NumberLineJump(from, to, (op == '+' ? "+" : Minus) + Whole(amount))],
            [new NumberLineMark(to, "?")]);
    }

    private readonly record struct BaseTenOrChart(long Number)
    {
        // Blocks for numbers up to 9,999, where pupils can still picture them; a chart above.
        public Picture Picture => Number < 10_000
            ? new BaseTenBlocksPicture((int)(Number / 1000), PlaceValue.DigitIn(Number, 100), PlaceValue.DigitIn(Number, 10), PlaceValue.DigitIn(Number, 1))
            : new PlaceValueChartPicture(Columns(Number));

        private static PlaceValueColumn[] Columns(long number)
        {
            var columns = new List<PlaceValueColumn>();
            for (var p = PlaceValue.Power(number.ToString(System.Globalization.CultureInfo.InvariantCulture).Length - 1); p >= 1; p /= 10)
            {
                columns.Add(new PlaceValueColumn(Capitalise(PlaceValue.NameOf(p)), PlaceValue.DigitIn(number, p)));
            }

            return [.. columns];
        }

        private static string Capitalise(string name) => char.ToUpperInvariant(name[0]) + name[1..];
    }
}
