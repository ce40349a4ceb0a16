using System.Collections.Generic;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.PupilNumber;

namespace KeepUp.Domain.Practice.Generators.AdditionAndSubtraction;

/// <summary>
/// Estimating by rounding each number first (to a given place, or to one significant figure in
/// Year 6) and using the estimate to judge an answer. The set estimates a sum, changes one number,
/// estimates another operation, chooses the best estimate from ones that are exact, too rough or
/// round only one number, judges whether a worked answer is sensible, and ends by comparing a
/// calculation with a round number without working it out.
/// </summary>
/// <param name="digits">Digits of the first number.</param>
/// <param name="unit">The place to round to (100, 1,000 …), or 0 to round each number to one significant figure.</param>
/// <param name="secondDigits">Digits of the second number.</param>
/// <param name="firstOp">The operation of the first question: '+' or '×'.</param>
internal sealed class EstimateGenerator(int digits, long unit, int secondDigits, char firstOp) : QuestionGenerator
{
    private const string First = "first number";
    private const string Second = "second number";
    private const string Operation = "operation";

    /// <inheritdoc />
    public override string Family => "estimate and judge answers";

    private char SecondOp => firstOp == '+' ? '−' : '+';

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        var a = Number(dice, digits, 3);
        var b = Number(dice, secondDigits, 1, secondDigits == digits ? PlaceValue.DigitIn(a, PlaceValue.Power(digits - 1)) - 2 : 9);
        var b2 = Vary(dice, b, a);
        var drafts = new List<QuestionDraft>
        {
            Estimate(a, b, firstOp, Variation.Start, Line(a)),
            Estimate(a, b2, firstOp, Second, Line(a)),
            Estimate(a, b2, SecondOp, Operation, Line(a)),
            Estimate(a, b2, SecondOp, RepresentationFeature, null),
            Choose(a, b2, SecondOp),
            Judge(dice, a, b2, SecondOp),
            CompareWithoutCalculating(dice, a, b2, firstOp),
        };
        return drafts;
    }

    private static long Exact(long a, long b, char op) => op switch
    {
        '+' => a + b,
        '−' => a - b,
        _ => a * b,
    };

    private long Round(long n) => Amounts.RoundTo(n, unit > 0 ? unit : PlaceValue.Power(Amounts.Digits(n) - 1));

    private string RoundingWords => unit > 0 ? $"the nearest {Whole(unit)}" : "one significant figure";

    private long Number(Dice dice, int places, int lowestLead, int highestLead = 9)
    {
        var power = PlaceValue.Power(places - 1);
        var lead = dice.Between(lowestLead, System.Math.Max(lowestLead, highestLead));
        long n;
        var roundingUnit = unit > 0 && unit < power * 10 ? unit : power;
        do
        {
            n = (lead * power) + dice.Between(0, (int)power - 1);
        }
        while (n % roundingUnit == 0 || n % roundingUnit == roundingUnit / 2);
        return n;
    }

    private long Vary(Dice dice, long b, long below)
    {
        // A different number in the same place-value range that rounds to a different value.
        var power = PlaceValue.Power(secondDigits - 1);
        long next;
        var step = 0;
        do
        {
            step++;
            next = b + (step * (power / 2 > 0 ? power / 2 : 1)) + dice.Between(1, 3);
        }
        while ((Round(next) == Round(b) || Amounts.Digits(next) != secondDigits || next % (unit > 0 && unit < power * 10 ? unit : power) == 0) && step < 20);

        return Amounts.Digits(next) == secondDigits && Round(next) < Round(below) ? next : b - 1;
    }

    private QuestionDraft Estimate(long a, long b, char op, string dimension, Picture? picture)
    {
        var (ra, rb) = (Round(a), Round(b));
        var estimate = Exact(ra, rb, op);
        var signText = Amounts.Sign(op);
        return new QuestionDraft
        {
            Format = QuestionFormat.NumberEntry,
            Prompt = $"Estimate {Whole(a)} {signText} {Whole(b)} by rounding each number to {RoundingWords}.",
            Picture = picture,
            Answer = NumberAnswer.Whole(estimate),
            Wrong = Readable(
            [
                new(Whole(Exact(a, b, op)), "Thinks an estimate must be the exact answer."),
                new(Whole(Exact(ra, b, op)), "Rounds one number and forgets the other."),
                new(Whole(Exact(Amounts.RoundTo(a, 10 * Unit(a)), Amounts.RoundTo(b, 10 * Unit(b)), op)), "Rounds so roughly that the estimate is no use."),
            ]),
            Worked = $"{Whole(a)} rounds to {Whole(ra)} and {Whole(b)} rounds to {Whole(rb)}, so the answer is about {Whole(ra)} {signText} {Whole(rb)} = {Whole(estimate)}.",
            Dimension = dimension,
            Features = Features.Of((First, a), (Second, b), (Operation, op)),
        };
    }

    private static List<WrongAnswer> Readable(List<WrongAnswer> wrong)
    {
        wrong.RemoveAll(w => w.Text.StartsWith(Minus, System.StringComparison.Ordinal) || w.Text == "0");
        return wrong;
    }

    private long Unit(long n) => unit > 0 ? unit : PlaceValue.Power(Amounts.Digits(n) - 1);

    private QuestionDraft Choose(long a, long b, char op)
    {
        var estimate = Estimate(a, b, op, QuestionTypeFeature, null);
        return estimate with
        {
            Format = QuestionFormat.MultipleChoice,
            Prompt = $"Which is the best estimate for {Whole(a)} {Amounts.Sign(op)} {Whole(b)}?",
        };
    }

    private QuestionDraft Judge(Dice dice, long a, long b, char op)
    {
        var exact = Exact(a, b, op);
        var estimate = Exact(Round(a), Round(b), op);
        var sensible = dice.Chance(50);
        var shown = sensible ? exact : exact * 10;
        var who = Pupils.Name(dice);
        return Judgements.TrueOrFalse(
            $"{who} worked out {Whole(a)} {Amounts.Sign(op)} {Whole(b)} = {Whole(shown)}. That answer is sensible.",
            sensible,
            sensible ? "Does not trust an answer that is close to, but not equal to, the estimate." : "Accepts an answer without comparing it with an estimate.",
            sensible
                ? $"The estimate is {Whole(estimate)} and {Whole(shown)} is close to it, so the answer is sensible."
                : $"The estimate is {Whole(estimate)}, but {Whole(shown)} is about ten times as big, so there must be a mistake.",
            Features.Of((First, a), (Second, b), (Operation, op)),
            1,
            dimension: QuestionTypeFeature);
    }

    private QuestionDraft CompareWithoutCalculating(Dice dice, long a, long b, char op)
    {
        var estimate = Exact(Round(a), Round(b), op);
        var exact = Exact(a, b, op);
        var spread = op == '×' ? System.Math.Max(Unit(a) * Round(b), Unit(b) * Round(a)) : Unit(a) + Unit(b);
        var target = dice.Chance(50) ? estimate + (2 * spread) : System.Math.Max(spread, estimate - (2 * spread));
        var sign = exact < target ? '<' : exact > target ? '>' : '=';
        var wrongSign = sign == '<' ? ">" : "<";
        return new QuestionDraft
        {
            Format = QuestionFormat.Compare,
            Prompt = $"Without working it out exactly: {Whole(a)} {Amounts.Sign(op)} {Whole(b)} ○ {Whole(target)}",
            Answer = new ComparisonAnswer(sign),
            Wrong = [new(wrongSign, "Compares the digits it can see instead of estimating the size of the answer."), new("=", "Thinks an estimate is the exact answer.")],
            Worked = $"{Whole(a)} {Amounts.Sign(op)} {Whole(b)} is about {Whole(estimate)}, which is well {(sign == '<' ? "below" : "above")} {Whole(target)}.",
            Dimension = Variation.Deepening,
            Features = Features.Of((First, "compare")),
        };
    }

    private NumberLinePicture Line(long a)
    {
        var u = Unit(a);
        var low = a / u * u;
        return new NumberLinePicture(low, low + u, u / 10 > 0 ? u / 10 : 1, NumberLineLabels.Ends, [], [new NumberLineMark(a, Whole(a))]);
    }
}
