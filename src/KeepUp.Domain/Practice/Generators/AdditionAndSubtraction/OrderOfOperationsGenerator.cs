using System.Collections.Generic;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.PupilNumber;

namespace KeepUp.Domain.Practice.Generators.AdditionAndSubtraction;

/// <summary>
/// The order of operations (Year 6): brackets first, then multiplication and division, then
/// addition and subtraction from left to right. The set changes one number, then the operation,
/// adds brackets, compares the bracketed and unbracketed calculations, and ends by correcting
/// someone who did the addition before the subtraction.
/// </summary>
internal sealed class OrderOfOperationsGenerator : QuestionGenerator
{
    private const string First = "first number";
    private const string Operation = "operation";
    private const string Brackets = "brackets";

    /// <inheritdoc />
    public override string Family => "order of operations";

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        var a = dice.Between(32, 50);
        var b = dice.Between(2, 5);
        var c = dice.Between(3, 6);
        QuestionDraft Expression(int x, char op, bool brackets, string dimension)
        {
            var signText = Amounts.Sign(op);
            var right = brackets ? (op == '+' ? x + b : x - b) * c : op == '+' ? x + (b * c) : x - (b * c);
            var leftToRight = (op == '+' ? x + b : x - b) * c;
            var ignoringBrackets = op == '+' ? x + (b * c) : x - (b * c);
            return new QuestionDraft
            {
                Format = QuestionFormat.MissingNumber,
                Prompt = brackets ? $"({x} {signText} {b}) {Times} {c} = {Box}" : $"{x} {signText} {b} {Times} {c} = {Box}",
                Answer = NumberAnswer.Whole(right),
                Wrong = brackets
                    ? [new(Whole(ignoringBrackets), "Ignores the brackets and multiplies first."), new(Whole((x * c) + b), "Multiplies only the first number in the brackets.")]
                    : [new(Whole(leftToRight), $"Always works from left to right, so {x} {signText} {b} {Times} {c} becomes {leftToRight}."), new(Whole(x + b + c), "Adds all the numbers.")],
                Worked = brackets
                    ? $"Brackets first: {x} {signText} {b} = {(op == '+' ? x + b : x - b)}, then {Times} {c} = {right}."
                    : $"Multiply before adding or subtracting: {b} {Times} {c} = {b * c}, then {x} {signText} {b * c} = {right}.",
                Dimension = dimension,
                Features = Features.Of((First, x), (Operation, op), (Brackets, brackets ? "yes" : "no")),
            };
        }

        var a2 = a + 1;
        var drafts = new List<QuestionDraft>
        {
            Expression(a, '+', false, Variation.Start),
            Expression(a2, '+', false, First),
            Expression(a2, '−', false, Operation),
            Expression(a2, '−', true, Brackets),
        };
        var withBrackets = (a2 - b) * c;
        var without = a2 - (b * c);
        drafts.Add(new QuestionDraft
        {
            Format = QuestionFormat.Compare,
            Prompt = $"({a2} {Minus} {b}) {Times} {c} ○ {a2} {Minus} {b} {Times} {c}",
            Answer = new ComparisonAnswer(ComparisonAnswer.Between(withBrackets, without)),
            Wrong =
            [
                new("=", "Thinks brackets make no difference to the answer."),
                new(withBrackets > without ? "<" : ">", "Works out both sides from left to right."),
            ],
            Worked = $"({a2} {Minus} {b}) {Times} {c} = {withBrackets} and {a2} {Minus} {b} {Times} {c} = {without}.",
            Dimension = QuestionTypeFeature,
            Features = Features.Of((First, a2), (Operation, '−'), (Brackets, "yes")),
        });
        var x1 = dice.Between(30, 60);
        var y1 = dice.Between(5, 15);
        var z1 = dice.Between(3, 9);
        drafts.Add(Judgements.SpotTheMistake(
            Pupils.Name(dice),
            $"{x1} {Minus} {y1} + {z1} by adding first",
            Whole(x1 - (y1 + z1)),
            NumberAnswer.Whole(x1 - y1 + z1),
            [new(Whole(x1 - (y1 + z1)), "Thinks addition must always come before subtraction.")],
            $"Addition and subtraction have equal priority, so work from left to right: {x1} {Minus} {y1} = {x1 - y1}, then + {z1} = {x1 - y1 + z1}.",
            Features.Of((First, "mistake"))));
        return drafts;
    }
}
