using System.Collections.Generic;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.PupilNumber;

namespace KeepUp.Domain.Practice.Generators.AdditionAndSubtraction;

/// <summary>
/// Adding or subtracting a number just below a multiple by rounding and adjusting (3,999 + 1,250
/// = 4,000 + 1,250 − 1): the set works one out on a number line, changes the other number, asks
/// how much to take back after adding too much, turns it into subtraction where the adjustment is
/// added back, drops the picture, and ends by correcting an adjustment made in the wrong direction.
/// </summary>
/// <param name="digits">Digits of the number the near multiple is added to or taken from.</param>
/// <param name="unit">The multiple the awkward number is close to (100, 1,000 …).</param>
/// <param name="most">The most the awkward number is below the multiple.</param>
internal sealed class CompensationGenerator(int digits, long unit, int most) : QuestionGenerator
{
    private const string First = "first number";
    private const string Near = "near multiple";
    private const string Operation = "operation";
    private const string Unknown = "unknown";

    /// <inheritdoc />
    public override string Family => "round and adjust";

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        var multiple = dice.Between(2, 7) * unit;
        var k = dice.Between(1, most);
        var near = multiple - k;
        var low = System.Math.Max(PlaceValue.Power(digits - 1), multiple + unit);
        var first = low + dice.Between(0, (int)(PlaceValue.Power(digits) - (2 * unit) - low));
        var first2 = first + dice.Between(1, 9) * (unit / 10 > 0 ? unit / 10 : 1);
        return
        [
            Calculate(first, near, '+', "result", Variation.Start, Line(first, near, '+')),
            Calculate(first2, near, '+', "result", First, Line(first2, near, '+')),
            Calculate(first2, near, '+', "adjustment", Unknown, Line(first2, near, '+')),
            Calculate(first2, near, '−', "adjustment", Operation, Line(first2, near, '−')),
            Calculate(first2, near, '−', "result", Unknown, Line(first2, near, '−')),
            Calculate(first2, near, '−', "result", RepresentationFeature, null),
            Mistake(dice, first2, near),
        ];
    }

    private QuestionDraft Calculate(long first, long near, char op, string unknown, string dimension, Picture? picture)
    {
        var k = ((near / unit) + 1) * unit - near;
        var multiple = near + k;
        var result = op == '+' ? first + near : first - near;
        var signText = Amounts.Sign(op);
        var adjusting = unknown == "adjustment";
        var back = op == '+' ? Minus : "+";
        return new QuestionDraft
        {
            Format = QuestionFormat.MissingNumber,
            Prompt = adjusting
                ? $"{Whole(first)} {signText} {Whole(near)} = {Whole(first)} {signText} {Whole(multiple)} {back} {Box}"
                : $"{Whole(first)} {signText} {Whole(near)} = {Box}",
            Picture = picture,
            Answer = NumberAnswer.Whole(adjusting ? k : result),
            Wrong = adjusting
                ?
                [
                    new(Whole(near), $"Does not see that {Whole(near)} is {Whole(k)} less than {Whole(multiple)}."),
                    new(Whole(multiple), "Adjusts by the whole multiple instead of the small difference."),
                ]
                :
                [
                    new(Whole(op == '+' ? first + multiple + k : first - multiple - k), op == '+'
                        ? $"Adjusts the wrong way: adds {Whole(k)} back after adding too much."
                        : $"Adjusts the wrong way: to subtract {Whole(near)}, subtracts {Whole(multiple)} and then {Whole(k)} more."),
                    new(Whole(op == '+' ? first + multiple : first - multiple), "Rounds the number but forgets to adjust."),
                ],
            Worked = op == '+'
                ? $"{Whole(near)} is {Whole(k)} less than {Whole(multiple)}, so add {Whole(multiple)} and then subtract {Whole(k)}: {Whole(first + multiple)} {Minus} {Whole(k)} = {Whole(result)}."
                : $"{Whole(near)} is {Whole(k)} less than {Whole(multiple)}, so subtract {Whole(multiple)} and then add {Whole(k)} back: {Whole(first - multiple)} + {Whole(k)} = {Whole(result)}.",
            Dimension = dimension,
            Features = Features.Of((First, first), (Near, near), (Operation, op), (Unknown, unknown)),
        };
    }

    private QuestionDraft Mistake(Dice dice, long first, long near)
    {
        var k = ((near / unit) + 1) * unit - near;
        var multiple = near + k;
        var wrongWay = first - multiple - k;
        var who = Pupils.Name(dice);
        return Judgements.SpotTheMistake(
            who,
            $"{Whole(first)} {Minus} {Whole(near)} by subtracting {Whole(multiple)} and then subtracting {Whole(k)}",
            Whole(wrongWay),
            NumberAnswer.Whole(first - near),
            [new(Whole(wrongWay), "Adjusts in the wrong direction after rounding."), new(Whole(first - multiple), "Rounds the number but forgets to adjust.")],
            $"Subtracting {Whole(multiple)} takes away {Whole(k)} too many, so {Whole(k)} must be added back: {Whole(first - multiple)} + {Whole(k)} = {Whole(first - near)}.",
            Features.Of(("mistake", "wrong direction")));
    }

    private NumberLinePicture Line(long first, long near, char op)
    {
        var k = ((near / unit) + 1) * unit - near;
        var multiple = near + k;
        var signText = Amounts.Sign(op);
        var mid = op == '+' ? first + multiple : first - multiple;
        var end = op == '+' ? mid - k : mid + k;
        return Models.Hops(unit, first, [(mid, signText + Whole(multiple)), (end, (op == '+' ? Minus : "+") + Whole(k))]);
    }
}
