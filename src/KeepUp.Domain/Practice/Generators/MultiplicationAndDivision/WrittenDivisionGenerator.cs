using System.Collections.Generic;
using System.Linq;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Generators.NumberFacts;
using static KeepUp.Domain.Practice.PupilNumber;

namespace KeepUp.Domain.Practice.Generators.MultiplicationAndDivision;

/// <summary>Which division method a set practises.</summary>
public enum Dividing
{
    /// <summary>2-digit ÷ 1-digit where tens and ones each divide exactly (84 ÷ 4).</summary>
    NoExchange,

    /// <summary>2-digit ÷ 1-digit partitioned into multiples of the divisor (72 ÷ 3 = 60 ÷ 3 + 12 ÷ 3).</summary>
    Flexible,

    /// <summary>3-digit ÷ 1-digit.</summary>
    ThreeDigit,

    /// <summary>Mental division of 2- and 3-digit numbers by partitioning.</summary>
    Mental,

    /// <summary>Short division of up to 4 digits by 1 digit.</summary>
    Short,
}

/// <summary>
/// Division by partitioning: the number is split into parts that are multiples of the divisor,
/// shown on a place-value chart and as a part–whole model, each part divided and the results
/// added; then the same fact is checked by multiplying.
/// </summary>
/// <param name="kind">The method the step teaches.</param>
public sealed class WrittenDivisionGenerator(Dividing kind) : NumberSentenceGenerator
{
    private const string Quotient = "quotient";
    private const string Divisor = "divisor";

    /// <inheritdoc />
    public override string Family => "written and mental division";

    /// <inheritdoc />
    protected override bool Multiplicative => true;

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        var name = PupilNames.Pick(dice);
        var (q, m) = Choose(dice);
        var quotient = new Move(Quotient, s => s with { X = s.X + Fraction.Whole(1) });
        return Sequence(new FactState(q, m, FactForm.TakeSecond), [quotient, NextPicture, BoxAt(Slot.Second), Inverse], _ => Close(step, dice, name, q, m));
    }

    private (int Q, int M) Choose(Dice dice)
    {
        for (var tries = 0; tries < 300; tries++)
        {
            var m = kind == Dividing.NoExchange ? dice.Between(2, 4) : dice.Between(3, 8);
            var q = kind switch
            {
                Dividing.NoExchange => dice.Between(11, 44),
                Dividing.Flexible => dice.Between(11, 32),
                Dividing.ThreeDigit => dice.Between(100 / m + 1, 998 / m),
                Dividing.Mental => dice.Between(11, 240 / m),
                Dividing.Short => dice.Between(1000 / m + 1, 9998 / m),
            };
            if (Fits(q, m) && Fits(q + 1, m))
            {
                return (q, m);
            }
        }

        return kind == Dividing.NoExchange ? (21, 3) : (24, 3);
    }

    private bool Fits(int q, int m)
    {
        var z = q * m;
        var parts = Parts(z, m);
        return parts.Count is >= 2 and <= 4 && kind switch
        {
            Dividing.NoExchange => z < 100 && q % 10 * m < 10 && q / 10 * m < 10 && q % 10 > 0,
            Dividing.Flexible => z < 100 && z / 10 % m != 0,
            Dividing.ThreeDigit => z is >= 100 and < 1000 && DigitWise(z, m) != q,
            Dividing.Mental => z / 10 % m != 0 && z < 1000,
            Dividing.Short => z is >= 1000 and < 10_000,
        };
    }

    // Split into the largest multiples of the divisor's thousands, hundreds and tens, then the rest.
    private static List<long> Parts(long z, long m)
    {
        var parts = new List<long>();
        var rest = z;
        for (var place = 1000L; place >= 10; place /= 10)
        {
            var part = rest / (m * place) * m * place;
            if (part > 0)
            {
                parts.Add(part);
                rest -= part;
            }
        }

        if (rest > 0)
        {
            parts.Add(rest);
        }

        return parts;
    }

    // Each digit divided on its own, dropping what is left over: 546 ÷ 3 = 112.
    private static long DigitWise(long z, long m) =>
        Drafts.Digits(z).Select((d, i) => d / m * PlaceValue.Power(i)).Sum();

    private QuestionDraft Close(SmallStep step, Dice dice, string name, int q, int m)
    {
        string Mis(int i) => step.Misconceptions[System.Math.Min(i, step.Misconceptions.Count - 1)];
        var z = q * m;
        switch (kind)
        {
            case Dividing.NoExchange:
                return Closing.SpotTheMistake($"{name} worked out {z} {Divide} {m} by dividing only the tens digit and wrote {z / 10 / m * 10 + z % 10}. What is {z} {Divide} {m}?", q, z / 10 / m * 10 + z % 10, Mis(0), $"Divide both parts: {z / 10 * 10} {Divide} {m} = {z / 10 * 10 / m} and {z % 10} {Divide} {m} = {z % 10 / m}, so {z} {Divide} {m} = {q}.");
            case Dividing.Short:
            {
                var a = dice.Between(1, 2);
                var b = dice.Between(1, 9);
                var d = dice.Between(3, 4);
                var quotient = 100 * a + b;
                return Closing.SpotTheMistake($"{name} worked out {Whole(quotient * d)} {Divide} {d} and wrote {10 * a + b}. What is {Whole(quotient * d)} {Divide} {d}?", quotient, 10 * a + b, Mis(1), $"The tens cannot be shared, so the quotient has 0 tens: {Whole(quotient * d)} {Divide} {d} = {quotient}.");
            }

            case Dividing.ThreeDigit:
                return Closing.SpotTheMistake($"{name} divided each digit of {z} by {m} on its own and wrote {DigitWise(z, m)}. What is {z} {Divide} {m}?", q, DigitWise(z, m), Mis(0), $"What is left over in one place is exchanged into the next: {z} {Divide} {m} = {q}, because {q} × {m} = {z}.");
            default:
            {
                var wrong = DigitWise(z, m);
                return Closing.SpotTheMistake($"{name} split {z} into tens and ones, divided each by {m} and ignored what was left over, getting {wrong}. What is {z} {Divide} {m}?", q, wrong, Mis(kind == Dividing.Mental ? 0 : 1), $"Split {z} into multiples of {m}: {string.Join(" + ", Parts(z, m))}. Dividing each part by {m} gives {string.Join(" + ", Parts(z, m).Select(p => p / m))} = {q}.");
            }
        }
    }

    /// <inheritdoc />
    protected override IEnumerable<(string Name, object Value)> NumberFeatures(FactState state) => [(Quotient, state.X), (Divisor, state.Y)];

    /// <inheritdoc />
    protected override Picture? Draw(FactState state, NumberSentence sentence)
    {
        var z = (long)state.WholeX * state.WholeY;
        if (state.Picture == 0)
        {
            return Drafts.Chart(z, Drafts.TopPlace(z), 1);
        }

        return new PartWholePicture(Whole(z), [.. Parts(z, state.WholeY).Select(p => (string?)Whole(p))]);
    }

    /// <inheritdoc />
    protected override string Worked(FactState state, NumberSentence sentence)
    {
        var (q, m) = (state.WholeX, state.WholeY);
        var parts = Parts((long)q * m, m);
        var division = $"{Whole((long)q * m)} {Divide} {m} = {Whole(q)}";
        var also = sentence.Filled == division ? string.Empty : $" and {sentence.Filled}";
        return $"{Whole((long)q * m)} = {string.Join(" + ", parts.Select(p => Whole(p)))}; {string.Join(" and ", parts.Select(p => $"{Whole(p)} {Divide} {m} = {Whole(p / m)}"))}, so {division}{also}.";
    }

    /// <inheritdoc />
    protected override int Stem(FactState state, NumberSentence sentence) => state.Picture;

    /// <inheritdoc />
    protected override IEnumerable<WrongAnswer> SpecificWrong(FactState state, NumberSentence sentence)
    {
        if (!sentence.Form.Inverse || sentence.Form.Box != Slot.Result)
        {
            return [];
        }

        var z = (long)state.WholeX * state.WholeY;
        return Wrongs.Of([
            (DigitWise(z, state.WholeY), "Divides each digit on its own and drops what is left over."),
            (state.X + Fraction.Whole(10), "Counts an exchanged ten twice."),
        ]);
    }
}
