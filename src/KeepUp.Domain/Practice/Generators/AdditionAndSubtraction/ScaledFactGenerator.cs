using System.Collections.Generic;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using static KeepUp.Domain.Practice.PupilNumber;

namespace KeepUp.Domain.Practice.Generators.AdditionAndSubtraction;

/// <summary>
/// A known fact scaled to another unit (8 + 6 = 14, so 8 hundreds + 6 hundreds = 14 hundreds,
/// 1,400; 7 + 5 = 12, so 700,000 + 500,000 = 1,200,000). The set keeps the fact and changes the
/// unit, then changes the fact, takes the fact away, turns it into subtraction, shows it as a
/// bar, and ends by spotting an answer that lost track of the unit.
/// </summary>
/// <param name="firstUnit">The unit of the first question (10, 100, 1,000 …).</param>
/// <param name="secondUnit">The unit used from the second question on.</param>
/// <param name="crossing">True when the fact's total may reach 10 or more (14 hundreds is 1,400).</param>
internal sealed class ScaledFactGenerator(long firstUnit, long secondUnit, bool crossing) : QuestionGenerator
{
    private const string First = "first part";
    private const string Second = "second part";
    private const string Unit = "unit";
    private const string Clue = "known fact";
    private const string Operation = "operation";

    /// <inheritdoc />
    public override string Family => "scale a known fact by place value";

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        int a, b;
        if (crossing)
        {
            a = dice.Between(3, 9);
            b = dice.Between(11 - a, 8);
        }
        else
        {
            a = dice.Between(1, 6);
            b = dice.Between(1, 7 - a);
        }

        var u = secondUnit;
        return
        [
            Calculate(a, b, firstUnit, '+', true, Variation.Start, Chart(a, b, firstUnit, '+')),
            Calculate(a, b, u, '+', true, Unit, Chart(a, b, u, '+')),
            Calculate(a, b + 1, u, '+', true, Second, Chart(a, b + 1, u, '+')),
            Calculate(a, b + 1, u, '+', false, Clue, Chart(a, b + 1, u, '+')),
            Calculate(a, b + 1, u, '−', false, Operation, Chart(a, b + 1, u, '−')),
            Calculate(a, b + 1, u, '−', false, RepresentationFeature, Models.Parts(a * u, null, (b + 1) * u, Whole((b + 1) * u), Whole((a + b + 1) * u))),
            Mistake(dice, a, b + 1, u),
        ];
    }

    private static string UnitName(long unit) => PlaceValue.NameOf(unit);

    private static QuestionDraft Calculate(long a, long b, long unit, char sign, bool clue, string dimension, Picture picture)
    {
        var c = a + b;
        var (x, y, z) = sign == '+' ? (a, b, c) : (c, b, a);
        var signText = Amounts.Sign(sign);
        var names = UnitName(unit);
        var fact = $"{x} {signText} {y} = {z}";
        var sentence = $"{Whole(x * unit)} {signText} {Whole(y * unit)} = {Box}";
        return new QuestionDraft
        {
            Format = QuestionFormat.MissingNumber,
            Prompt = clue ? $"{fact}, so {sentence}" : sentence,
            Picture = picture,
            Answer = Practice.Answers.NumberAnswer.Whole(z * unit),
            Wrong =
            [
                new(Whole(z * unit * 10), "Loses track of the unit and writes one zero too many."),
                new(Whole(z * unit / 10), "Loses track of the unit and writes one zero too few."),
                new(Whole(z), "Works out the fact but does not scale it back to the unit."),
            ],
            Worked = $"{x} {names} {signText} {y} {names} = {z} {names}, and {z} {names} is {Whole(z * unit)}.",
            StemSentence = sign == '+' ? 0 : 1,
            Dimension = dimension,
            Features = Features.Of((First, a), (Second, b), (Unit, unit), (Operation, sign), (Clue, clue ? "given" : "none")),
        };
    }

    private static QuestionDraft Mistake(Dice dice, long a, long b, long unit)
    {
        var who = Pupils.Name(dice);
        var c = a + b;
        var tooMany = dice.Chance(50);
        var mistaken = tooMany ? c * unit * 10 : c * unit / 10;
        return Judgements.SpotTheMistake(
            who,
            $"{Whole(a * unit)} + {Whole(b * unit)}",
            Whole(mistaken),
            Practice.Answers.NumberAnswer.Whole(c * unit),
            [
                new(Whole(mistaken), tooMany
                    ? "Adds the number of zeros rather than keeping track of the unit, so the answer is ten times too big."
                    : "Loses track of the unit, so the answer is ten times too small."),
                new(Whole(c), "Works out the fact but does not scale it back to the unit."),
            ],
            $"{a} + {b} = {c}, so {a} {UnitName(unit)} + {b} {UnitName(unit)} = {c} {UnitName(unit)}, which is {Whole(c * unit)}.",
            Features.Of(("mistake", tooMany ? "too many zeros" : "too few zeros")));
    }

    private static PlaceValueChartPicture Chart(long a, long b, long unit, char sign)
    {
        var index = Amounts.Digits(unit) - 1;
        var counters = new List<int>();
        for (var i = 0; i <= index; i++)
        {
            counters.Add(0);
        }

        // Addition shows both amounts in one column, so a total of ten or more shows the exchange due;
        // subtraction shows the whole to take from.
        if (sign == '+')
        {
            counters[index] = (int)(a + b);
            return Models.Chart(counters, 0);
        }

        return Models.Chart((a + b) * unit, 0);
    }
}
