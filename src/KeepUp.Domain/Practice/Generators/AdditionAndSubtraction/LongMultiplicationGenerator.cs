using System.Collections.Generic;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.PupilNumber;

namespace KeepUp.Domain.Practice.Generators.AdditionAndSubtraction;

/// <summary>
/// Multiplying by a 2-digit number (Year 6). With <paramref name="firstDigits"/> of 0 the set
/// multiplies by a multiple of 10 (× 3 then × 10, including a decimal); otherwise it is long
/// multiplication: the partial products for the ones and for the tens (with its place-holder
/// zero), one number changed at a time, an estimate chosen first, and the classic slips to spot
/// (the missing zero, tens × tens and ones × ones only).
/// </summary>
/// <param name="firstDigits">Digits of the first factor (2 to 4), or 0 for multiplying by a multiple of 10.</param>
internal sealed class LongMultiplicationGenerator(int firstDigits) : QuestionGenerator
{
    private const string First = "first factor";
    private const string Second = "second factor";
    private const string Unknown = "unknown";

    /// <inheritdoc />
    public override string Family => "multiply by a 2-digit number";

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice) => firstDigits == 0 ? MultiplesOfTen(dice) : Long(dice);

    private static List<QuestionDraft> MultiplesOfTen(Dice dice)
    {
        var a = dice.Between(12, 48);
        var d = dice.Between(2, 8);
        QuestionDraft Times10(decimal x, int m, bool clue, string dimension)
        {
            var product = x * m * 10;
            var fact = $"{PupilNumber.Decimal(x)} {Times} {m} = {PupilNumber.Decimal(x * m)}";
            return new QuestionDraft
            {
                Format = QuestionFormat.MissingNumber,
                Prompt = (clue ? $"{fact}, so " : string.Empty) + $"{PupilNumber.Decimal(x)} {Times} {m * 10} = {Box}",
                Answer = NumberAnswer.Decimal(Fraction.FromDecimal(product)),
                Wrong = x != decimal.Truncate(x)
                    ?
                    [
                        new(PupilNumber.Decimal(x * m, 2), "Adds a zero to a decimal answer instead of multiplying by 10."),
                        new(PupilNumber.Decimal(x * m * 100), "Multiplies by 100 instead of 10."),
                    ]
                    :
                    [
                        new(PupilNumber.Decimal(x * m), $"Multiplies by {m} and forgets to multiply by 10."),
                        new(PupilNumber.Decimal(x * m * 100), "Multiplies by 100 instead of 10."),
                    ],
                Worked = $"{PupilNumber.Decimal(x)} {Times} {m} tens = {PupilNumber.Decimal(x * m)} tens, so {PupilNumber.Decimal(x)} {Times} {m * 10} = {PupilNumber.Decimal(product)}.",
                Dimension = dimension,
                Features = Features.Of((First, x), (Second, m * 10), ("known fact", clue ? "given" : "none")),
            };
        }

        var b = dice.Between(12, 48);
        var drafts = new List<QuestionDraft>
        {
            Times10(a, d, true, Variation.Start),
            Times10(a, d + 1, true, Second),
            Times10(a, d + 1, false, "known fact"),
            Times10(a + 1, d + 1, false, First),
            Times10(b / 10m + (b % 10 == 0 ? 0.5m : 0m), d + 1, false, First),
        };
        var who = Pupils.Name(dice);
        var m2 = dice.Between(2, 9);
        var c = dice.Between(13, 39);
        drafts.Add(Judgements.SpotTheMistake(
            who,
            $"{c} {Times} {m2 * 10}",
            Whole(c * m2),
            NumberAnswer.Whole(c * m2 * 10),
            [new(Whole(c * m2), $"Multiplies by {m2} and forgets to multiply by 10.")],
            $"{c} {Times} {m2 * 10} = {c} {Times} {m2} {Times} 10 = {Whole(c * m2)} {Times} 10 = {Whole(c * m2 * 10)}.",
            Features.Of((First, "mistake"))));
        return drafts;
    }

    private List<QuestionDraft> Long(Dice dice)
    {
        var low = (int)PlaceValue.Power(firstDigits - 1);
        var a = dice.Between(low + 1, (int)(PlaceValue.Power(firstDigits) - 2));
        var b = dice.Between(2, 8) * 10 + dice.Between(2, 8);
        QuestionDraft Multiply(int x, int y, string unknown, string dimension)
        {
            var ones = y % 10;
            var tens = y / 10 * 10;
            var (p1, p2) = ((long)x * ones, (long)x * tens);
            var product = p1 + p2;
            var row = unknown == "tens row";
            return new QuestionDraft
            {
                Format = QuestionFormat.MissingNumber,
                Prompt = row
                    ? $"{Whole(x)} {Times} {y} = {Whole(x)} {Times} {ones} + {Whole(x)} {Times} {tens} = {Whole(p1)} + {Box}"
                    : $"{Whole(x)} {Times} {y} = {Box}",
                Answer = NumberAnswer.Whole(row ? p2 : product),
                Wrong = row
                    ?
                    [
                        new(Whole(p2 / 10), $"Multiplies by the tens digit as if it were ones, forgetting the place-holder zero."),
                        new(Whole(product), "Gives the final answer instead of the second row."),
                    ]
                    :
                    [
                        new(Whole(p1 + (p2 / 10)), "Forgets the place-holder zero in the second row."),
                        new(Whole((x / 10 * 10 * tens) + (x % 10 * ones)), "Multiplies tens by tens and ones by ones only."),
                        new(Whole(p1), "Multiplies by the ones and stops."),
                    ],
                Worked = $"First the ones: {Whole(x)} {Times} {ones} = {Whole(p1)}. Then the tens: {Whole(x)} {Times} {tens} = {Whole(p2)}. {Whole(p1)} + {Whole(p2)} = {Whole(product)}.",
                Dimension = dimension,
                Features = Features.Of((First, x), (Second, y), (Unknown, unknown)),
            };
        }

        var b2 = b + 1;
        var a3 = a + 1;
        var drafts = new List<QuestionDraft>
        {
            Multiply(a, b, "product", Variation.Start),
            Multiply(a, b, "tens row", Unknown),
            Multiply(a, b2, "tens row", Second),
            Multiply(a3, b2, "tens row", First),
            Multiply(a3, b2, "product", Unknown),
        };
        var (ra, rb) = (Amounts.RoundTo(a3, PlaceValue.Power(Amounts.Digits(a3) - 1)), Amounts.RoundTo(b2, 10));
        drafts.Add(new QuestionDraft
        {
            Format = QuestionFormat.MultipleChoice,
            Prompt = $"Before working out {Whole(a3)} {Times} {b2}, which is the best estimate?",
            Answer = NumberAnswer.Whole(ra * rb),
            Wrong =
            [
                new(Whole(ra * rb / 10), "Loses a zero when multiplying the rounded numbers."),
                new(Whole(ra * rb * 10), "Adds an extra zero when multiplying the rounded numbers."),
                new(Whole(ra + rb), "Adds the rounded numbers instead of multiplying."),
            ],
            Worked = $"{Whole(a3)} is about {Whole(ra)} and {b2} is about {rb}, so the answer should be near {Whole(ra)} {Times} {rb} = {Whole(ra * rb)}.",
            StemSentence = 0,
            Dimension = QuestionTypeFeature,
            Features = Features.Of((First, a3), (Second, b2), (Unknown, "product")),
        });
        var ones2 = b2 % 10;
        var tens2 = b2 / 10 * 10;
        var right = ((long)a3 * ones2) + ((long)a3 * tens2);
        var slip = dice.Chance(50);
        var mistaken = slip ? ((long)a3 * ones2) + ((long)a3 * tens2 / 10) : (a3 / 10 * 10 * tens2) + (a3 % 10 * ones2);
        drafts.Add(Judgements.SpotTheMistake(
            Pupils.Name(dice),
            $"{Whole(a3)} {Times} {b2}",
            Whole(mistaken),
            NumberAnswer.Whole(right),
            [
                new(Whole(((long)a3 * ones2) + ((long)a3 * tens2 / 10)), "Multiplies the tens digit as if it were ones, forgetting the place-holder zero in the second row."),
                new(Whole((a3 / 10 * 10 * tens2) + (a3 % 10 * ones2)), "Multiplies tens by tens and ones by ones only."),
            ],
            $"{Whole(a3)} {Times} {ones2} = {Whole((long)a3 * ones2)} and {Whole(a3)} {Times} {tens2} = {Whole((long)a3 * tens2)}; together {Whole(right)}.",
            Features.Of(("mistake", slip ? "place holder" : "tens by tens"))));
        return drafts;
    }
}
