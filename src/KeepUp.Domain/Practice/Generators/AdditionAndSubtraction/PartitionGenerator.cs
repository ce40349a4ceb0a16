using System.Collections.Generic;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using static KeepUp.Domain.Practice.PupilNumber;

namespace KeepUp.Domain.Practice.Generators.AdditionAndSubtraction;

/// <summary>
/// Adding or subtracting two 2-digit numbers mentally by partitioning the second number: add (or
/// take) the tens, then the ones, with or without crossing a ten (34 + 25 = 54 + 5; 52 − 27 =
/// 32 − 7). The set shows the blocks, changes one number, asks for the number reached after the
/// tens, shows the two hops on a number line, turns the calculation round and ends by spotting
/// the step's classic slip (adding all four digits, 613, forgetting the ones).
/// </summary>
/// <param name="op">'+' or '−'.</param>
/// <param name="crossing">True when the ones cross a ten.</param>
internal sealed class PartitionGenerator(char op, bool crossing) : QuestionGenerator
{
    private const string Operation = "operation";
    private const string Unknown = "unknown";

    /// <inheritdoc />
    public override string Family => "add and subtract 2-digit numbers by partitioning";

    private bool Adding => op == '+';

    private string FirstKey => Adding ? "first number" : "whole";

    private string SecondKey => Adding ? "second number" : "number subtracted";

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        long first, second;
        if (Adding)
        {
            var onesA = crossing ? dice.Between(3, 8) : dice.Between(1, 6);
            var onesB = crossing ? dice.Between(11 - onesA, 9) : dice.Between(1, 8 - onesA);
            var tensA = dice.Between(1, crossing ? 5 : 6);
            var tensB = dice.Between(1, (crossing ? 7 : 8) - tensA);
            (first, second) = (10 * tensA + onesA, 10 * tensB + onesB);
        }
        else
        {
            var onesW = crossing ? dice.Between(1, 6) : dice.Between(3, 8);
            var onesB = crossing ? dice.Between(onesW + 2, 9) : dice.Between(1, onesW);
            var tensW = dice.Between(crossing ? 4 : 3, 9);
            var tensB = dice.Between(1, tensW - (crossing ? 3 : 2));
            (first, second) = (10 * tensW + onesW, 10 * tensB + onesB);
        }

        var (f3, s2) = (first + 1, second + 10);
        return
        [
            Calculate(first, second, op, "result", Variation.Start, Blocks(first, second)),
            Calculate(first, s2, op, "result", SecondKey, Blocks(first, s2)),
            Calculate(f3, s2, op, "result", FirstKey, Blocks(f3, s2)),
            Calculate(f3, s2, op, "after the tens", Unknown, Blocks(f3, s2)),
            Calculate(f3, s2, op, "after the tens", RepresentationFeature, Line(f3, s2, op)),
            Calculate(f3, s2, Adding ? '−' : '+', "after the tens", Operation, Line(Adding ? f3 + s2 : f3 - s2, s2, Adding ? '−' : '+')),
            Mistake(dice, f3, s2),
        ];
    }

    private QuestionDraft Calculate(long first, long second, char sign, string unknown, string dimension, Picture picture)
    {
        var whole = Adding ? first + second : first;
        var part = whole - second;
        var (from, result) = sign == '+' ? (part, whole) : (whole, part);
        var tens = second / 10 * 10;
        var ones = second % 10;
        var afterTens = sign == '+' ? from + tens : from - tens;
        var signText = Amounts.Sign(sign);
        var missingStep = unknown != "result";
        return new QuestionDraft
        {
            Format = QuestionFormat.MissingNumber,
            Prompt = missingStep
                ? $"{Whole(from)} {signText} {Whole(second)} = {Box} {signText} {ones}"
                : $"{Whole(from)} {signText} {Whole(second)} = {Box}",
            Picture = picture,
            Answer = Practice.Answers.NumberAnswer.Whole(missingStep ? afterTens : result),
            Wrong = missingStep
                ?
                [
                    new(Whole(result), "Gives the final answer instead of the number reached after the tens."),
                    new(Whole(sign == '+' ? from + (tens / 10) : from - (tens / 10)), "Adds or takes the tens as if they were ones."),
                    new(Whole(sign == '+' ? from + ones : from - ones), "Uses the ones first and the tens are lost."),
                ]
                : Slips(from, second, sign),
            Worked = $"First the tens: {Whole(from)} {signText} {Whole(tens)} = {Whole(afterTens)}. Then the ones: {Whole(afterTens)} {signText} {ones} = {Whole(result)}.",
            StemSentence = Adding == (sign == '+') ? 0 : 1,
            Dimension = dimension,
            Features = Features.Of((FirstKey, first), (SecondKey, second), (Operation, sign), (Unknown, unknown)),
        };
    }

    private static List<WrongAnswer> Slips(long from, long second, char sign)
    {
        var result = sign == '+' ? from + second : from - second;
        var slips = new List<WrongAnswer>();
        if (sign == '+')
        {
            slips.Add(new(Whole((from / 10) + (from % 10) + (second / 10) + (second % 10)), "Adds all four digits together."));
            slips.Add(new(Whole(from % 10 + (second % 10) >= 10 ? result - 10 : from + (second % 10)), from % 10 + (second % 10) >= 10
                ? "Forgets the extra ten made from the ones."
                : "Adds the ones but forgets the tens."));
            if (from % 10 + (second % 10) >= 10)
            {
                slips.Add(new(Whole((((from / 10) + (second / 10)) * 100) + (from % 10) + (second % 10)), "Writes the ones total in full next to the tens instead of exchanging ten ones for a ten."));
            }
        }
        else
        {
            slips.Add(new(Whole(ColumnWorking.SmallerFromLarger(from, second)), "Takes the smaller ones digit from the greater one, whichever number it belongs to."));
            slips.Add(new(Whole(from - (second / 10 * 10)), "Subtracts the tens but forgets the ones."));
            slips.Add(new(Whole(from - (second / 10 * 10) + (second % 10)), "Partitions both numbers and adds the ones instead of subtracting them."));
        }

        return slips;
    }

    private QuestionDraft Mistake(Dice dice, long first, long second)
    {
        var from = first;
        var result = Adding ? first + second : first - second;
        var slips = Slips(from, second, op);
        slips.RemoveAll(w => w.Text == Whole(result));
        var mistake = dice.Pick(slips);
        return Judgements.SpotTheMistake(
            Pupils.Name(dice),
            $"{Whole(from)} {Amounts.Sign(op)} {Whole(second)}",
            mistake.Text,
            Practice.Answers.NumberAnswer.Whole(result),
            slips,
            $"Partition {Whole(second)} into {Whole(second / 10 * 10)} and {second % 10}: {Whole(from)} {Amounts.Sign(op)} {Whole(second / 10 * 10)} = {Whole(Adding ? from + (second / 10 * 10) : from - (second / 10 * 10))}, then {Amounts.Sign(op)} {second % 10} gives {Whole(result)}.",
            Features.Of(("mistake", mistake.Misconception)));
    }

    private BaseTenBlocksPicture Blocks(long first, long second) => Adding
        ? new BaseTenBlocksPicture(0, 0, (int)((first / 10) + (second / 10)), (int)((first % 10) + (second % 10)))
        : Models.Blocks(first);

    private static NumberLinePicture Line(long from, long second, char sign)
    {
        var tens = second / 10 * 10;
        var signText = Amounts.Sign(sign);
        var mid = sign == '+' ? from + tens : from - tens;
        var end = sign == '+' ? mid + (second % 10) : mid - (second % 10);
        return Models.Hops(1, from, [(mid, signText + Whole(tens)), (end, signText + Whole(second % 10))]);
    }
}
