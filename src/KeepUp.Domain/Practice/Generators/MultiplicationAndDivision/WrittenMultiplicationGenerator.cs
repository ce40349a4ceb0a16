using System.Collections.Generic;
using System.Linq;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Generators.NumberFacts;
using static KeepUp.Domain.Practice.PupilNumber;

namespace KeepUp.Domain.Practice.Generators.MultiplicationAndDivision;

/// <summary>Which multiplication method a set practises.</summary>
public enum Multiplying
{
    /// <summary>2-digit × 1-digit with no exchange (23 × 3).</summary>
    NoExchange,

    /// <summary>2-digit × 1-digit where the ones make a ten (26 × 3).</summary>
    WithExchange,

    /// <summary>The column method for 2-digit × 1-digit, exchanging as needed.</summary>
    ColumnTwoDigit,

    /// <summary>Partition a 2-digit number and multiply each part (34 × 3 = 90 + 12).</summary>
    Partitioning,

    /// <summary>Split a 1-digit factor (7 × 6 = 5 × 6 + 2 × 6).</summary>
    SplitFactor,

    /// <summary>Short multiplication of a 3-digit number.</summary>
    ShortThreeDigit,

    /// <summary>Short multiplication of up to a 4-digit number.</summary>
    ShortFourDigit,

    /// <summary>2-digit × 2-digit with an area model.</summary>
    Area,

    /// <summary>Long multiplication, 2-digit × 2-digit.</summary>
    LongTwoByTwo,

    /// <summary>Long multiplication of 3- and 4-digit numbers by a 2-digit number.</summary>
    LongLarger,

    /// <summary>× 5, × 50 and × 25 through × 10 and × 100.</summary>
    ByFiveTwentyFiveFifty,
}

/// <summary>
/// Written and mental multiplication: one number is partitioned and each part multiplied, shown
/// with base-ten blocks or place-value counters and with the partial products in a part–whole
/// model; the closing mistake is the step's own (partial products side by side, a forgotten
/// exchange, a missing place-holder zero).
/// </summary>
/// <param name="kind">The method the step teaches.</param>
public sealed class WrittenMultiplicationGenerator(Multiplying kind) : NumberSentenceGenerator
{
    private const string Number = "number";
    private const string Multiplier = "multiplier";

    /// <inheritdoc />
    public override string Family => "written and mental multiplication";

    /// <inheritdoc />
    protected override bool Multiplicative => true;

    private bool TwoDigitMultiplier => kind is Multiplying.Area or Multiplying.LongTwoByTwo or Multiplying.LongLarger;

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        var name = PupilNames.Pick(dice);
        var (x, m) = Choose(dice);
        var number = new Move(Number, s => s with { X = s.X + Fraction.Whole(kind == Multiplying.ByFiveTwentyFiveFifty ? 2 : 1) });
        Move[] moves = kind switch
        {
            Multiplying.ByFiveTwentyFiveFifty => [number, To(50), NextPicture, To(25)],
            Multiplying.SplitFactor => [new Move(Multiplier, s => s with { Y = s.Y + Fraction.Whole(1) }), NextPicture, Swap, AskAs(QuestionFormat.MultipleChoice)],
            _ => [number, NextPicture, Swap, AskAs(QuestionFormat.MultipleChoice)],
        };
        return Sequence(new FactState(x, m, FactForm.Forward), moves, s => Close(step, name, s.WholeX, s.WholeY));
    }

    private (int X, int M) Choose(Dice dice)
    {
        // Draw until both the number and the next one (the procedural variation) fit the method.
        for (var tries = 0; tries < 200; tries++)
        {
            var (x, m) = kind switch
            {
                Multiplying.NoExchange => (dice.Between(11, 43), dice.Between(2, 3)),
                Multiplying.WithExchange or Multiplying.ColumnTwoDigit => (dice.Between(12, 48), dice.Between(2, 4)),
                Multiplying.Partitioning => (dice.Between(12, 98), dice.Between(3, 9)),
                Multiplying.SplitFactor => (dice.Between(3, 9), dice.Between(6, 8)),
                Multiplying.ShortThreeDigit => (dice.Between(102, 998), dice.Between(3, 9)),
                Multiplying.ShortFourDigit => (dice.Between(1_002, 2_498), dice.Between(3, 4)),
                Multiplying.Area or Multiplying.LongTwoByTwo => (dice.Between(12, 98), dice.Between(12, 49)),
                Multiplying.LongLarger => (dice.Between(102, 2_498), dice.Between(12, 39)),
                Multiplying.ByFiveTwentyFiveFifty => (2 * dice.Between(6, 24), 5),
            };
            if (Fits(x, m) && Fits(x + 1, m) && x % 10 is not (0 or 9) && (m < 10 || m % 10 != 0))
            {
                return (x, m);
            }
        }

        return kind switch
        {
            Multiplying.NoExchange => (21, 3),
            Multiplying.WithExchange or Multiplying.ColumnTwoDigit => (16, 3),
            _ => (23, 4),
        };
    }

    private bool Fits(int x, int m) => kind switch
    {
        Multiplying.NoExchange => x % 10 * m < 10 && x / 10 * m < 10,
        Multiplying.WithExchange or Multiplying.ColumnTwoDigit => x % 10 * m >= 10 && x * m < 100,
        Multiplying.Partitioning => x % 10 * m >= 10,
        Multiplying.ShortThreeDigit => NoCarry(x, m, 10) != x * m,
        Multiplying.ShortFourDigit => NoCarry(x, m, 0) != x * m,
        _ => true,
    };

    private QuestionDraft Close(SmallStep step, string name, int x, int m)
    {
        string Mis(int i) => step.Misconceptions[System.Math.Min(i, step.Misconceptions.Count - 1)];
        // The step's rule is × 10 and halve, whichever multiplier the set ended on.
        m = kind == Multiplying.ByFiveTwentyFiveFifty ? 5 : m;
        var p = x * m;
        var (tens, ones) = (x / 10 * 10, x % 10);
        QuestionDraft Spot(long wrong, string how, string why) => Closing.SpotTheMistake(
            $"{name} worked out {Whole(x)} × {m} {how} and wrote {Whole(wrong)}. What is {Whole(x)} × {m}?",
            p,
            wrong,
            why,
            $"{Whole(x)} × {m} = {Whole(p)}. {Partial(x, m)}");
        return kind switch
        {
            Multiplying.NoExchange => Spot(x / 10 * m + ones * m, "by multiplying each digit as if it were ones", Mis(1)),
            Multiplying.Partitioning when Mis(0).Contains("only the tens", System.StringComparison.Ordinal) => Spot(tens * m + ones, $"as {tens} × {m} and then adding the {ones}", Mis(0)),
            Multiplying.WithExchange or Multiplying.Partitioning => Spot(long.Parse($"{tens / 10 * m}{ones * m}", System.Globalization.CultureInfo.InvariantCulture), "by writing the two products side by side", Mis(0)),
            Multiplying.ColumnTwoDigit => Spot((tens / 10 + ones * m / 10) * m * 10 + ones * m % 10, "in columns, adding the exchanged ten before multiplying the tens", Mis(0)),
            Multiplying.SplitFactor => Spot(5 * x + (m - 5), $"as 5 × {x} and then adding {m - 5}", Mis(1)),
            Multiplying.ShortThreeDigit => Spot(NoCarry(x, m, 10), "in columns but did not add the ten exchanged into the hundreds", Mis(0)),
            Multiplying.ShortFourDigit => Spot(NoCarry(x, m, 0), "without adding any of the exchanged digits", Mis(1)),
            Multiplying.Area => Spot(tens * (m / 10 * 10) + ones * (m % 10), "by multiplying only tens by tens and ones by ones", Mis(0)),
            Multiplying.LongTwoByTwo => Spot(x * (m % 10) + x * (m / 10), "with no place-holder zero in the second row", Mis(0)),
            Multiplying.LongLarger => Spot(x * (m % 10) + x * (m / 10), "with no place-holder zero in the second row", "Forgets the place-holder zero and does not check the answer against an estimate."),
            Multiplying.ByFiveTwentyFiveFifty => Spot(10 * x, "by multiplying by 10 and forgetting to halve", Mis(1)),
        };
    }

    // The product made without carrying exchanges (all of them, or only those into one place).
    private static long NoCarry(int x, int m, int onlyInto)
    {
        var digits = Drafts.Digits(x);
        long total = 0;
        long place = 1;
        var carry = 0;
        for (var i = 0; i < digits.Count; i++, place *= 10)
        {
            var product = digits[i] * m + carry;
            var last = i == digits.Count - 1;
            total += (last ? product : product % 10) * place;
            var dropped = onlyInto == 0 || place == onlyInto;
            carry = dropped ? 0 : product / 10;
        }

        return total;
    }

    private static string Partial(int x, int m)
    {
        if (m >= 10)
        {
            return $"{Whole(x)} × {m % 10} = {Whole(x * (m % 10))} and {Whole(x)} × {m / 10 * 10} = {Whole(x * (m / 10 * 10))}; together {Whole(x * m)}.";
        }

        if (x < 10)
        {
            return $"{m} × {x} is 5 × {x} = {5 * x} and {m - 5} × {x} = {(m - 5) * x}; together {x * m}.";
        }

        var parts = Drafts.Digits(x).Select((d, i) => (long)d * PlaceValue.Power(i)).Where(v => v > 0).Reverse().ToList();
        return $"{string.Join(" + ", parts.Select(v => $"{Whole(v)} × {m} = {Whole(v * m)}"))}; together {Whole((long)x * m)}.";
    }

    /// <inheritdoc />
    protected override IEnumerable<(string Name, object Value)> NumberFeatures(FactState state) => [(Number, state.X), (Multiplier, state.Y)];

    /// <inheritdoc />
    protected override Picture? Draw(FactState state, NumberSentence sentence)
    {
        var (x, m) = (state.WholeX, state.WholeY);
        if (state.Picture == 0)
        {
            return x < 10_000 && !TwoDigitMultiplier && kind != Multiplying.ByFiveTwentyFiveFifty
                ? new BaseTenBlocksPicture(x / 1000, x / 100 % 10, x / 10 % 10, x % 10)
                : Drafts.Chart(x, Drafts.TopPlace(x), 1);
        }

        if (kind == Multiplying.ByFiveTwentyFiveFifty)
        {
            // × 5 is half of × 10; × 25 is a quarter of × 100.
            var (pieces, whole) = m == 25 ? (4, 100) : (2, 2 * m);
            return new BarModelPicture([new Bar(string.Empty, [.. Enumerable.Range(0, pieces).Select(_ => new BarSection(null, Fraction.Whole(1)))])], $"{Whole(x)} × {whole}");
        }

        var parts = kind == Multiplying.SplitFactor ? new long[] { 5L * x, (m - 5L) * x }
            : m >= 10
            ? new long[] { (long)x * (m / 10 * 10), (long)x * (m % 10) }
            : [.. Drafts.Digits(x).Select((d, i) => (long)d * PlaceValue.Power(i) * m).Where(v => v > 0).Reverse().Take(4)];
        return new PartWholePicture(sentence.BoxedRole == 'z' ? null : Whole((long)x * m), [.. parts.Select(v => (string?)Whole(v))]);
    }

    /// <inheritdoc />
    protected override string Worked(FactState state, NumberSentence sentence) =>
        $"{Partial(state.WholeX, state.WholeY)} So {sentence.Filled}.";

    /// <inheritdoc />
    protected override int Stem(FactState state, NumberSentence sentence) => state.Picture;

    /// <inheritdoc />
    protected override IEnumerable<WrongAnswer> SpecificWrong(FactState state, NumberSentence sentence)
    {
        var (x, m) = (state.WholeX, state.WholeY);
        var ones = x % 10;
        return Wrongs.Of([
            (x / 10 * 10 + ones * m, "Multiplies the ones and forgets to multiply the tens."),
            (NoCarry(x, m, 0), "Forgets to add the exchanged digits."),
            (TwoDigitMultiplier ? x * (m % 10) + x * (m / 10) : x * m + 10, TwoDigitMultiplier ? "Forgets the place-holder zero when multiplying by the tens." : "Adds an exchanged ten that was not there."),
        ]);
    }

    private static Move To(int multiplier) => new(Multiplier, s => s with { Y = Fraction.Whole(multiplier) });
}
