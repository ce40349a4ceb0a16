using System.Collections.Generic;
using System.Linq;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using static KeepUp.Domain.Practice.PupilNumber;

namespace KeepUp.Domain.Practice.Generators.NumberFacts;

/// <summary>What a scaled-facts set starts from.</summary>
public enum ScaledFacts
{
    /// <summary>8 + 6 = 14, so 80 + 60 = 140 (or 0.8 + 0.6 = 1.4).</summary>
    Addition,

    /// <summary>14 − 6 = 8, so 140 − 60 = 80.</summary>
    Subtraction,

    /// <summary>70 + □ = 150 read in tens.</summary>
    MissingNumber,

    /// <summary>3 × 4 = 12, so 3 × 40 = 120 (or 3 × 0.4 = 1.2).</summary>
    Multiplication,
}

/// <summary>
/// A known fact in ones used with tens, hundreds, tenths or hundredths: the digits of the fact
/// stay the same and only the unit changes (8 tens + 6 tens = 14 tens = 140), so the set first
/// asks the fact, then the same fact in the new unit, then varies it in that unit.
/// </summary>
/// <param name="kind">What the fact is.</param>
/// <param name="units">The units it is scaled to, in order (10, 100, 1/10 …).</param>
public sealed class ScaledFactGenerator(ScaledFacts kind, params Fraction[] units) : NumberSentenceGenerator
{
    private const string First = "first number";
    private const string Second = "second number";
    private const string UnitFeature = "unit";

    /// <inheritdoc />
    public override string Family => "known facts scaled by 10, 100, a tenth or a hundredth";

    /// <inheritdoc />
    protected override bool Multiplicative => kind == ScaledFacts.Multiplication;

    private bool Decimals => units.Any(u => u < Fraction.Whole(1));

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        var name = PupilNames.Pick(dice);
        var crossing = units.Any(u => u != Fraction.Whole(10)) || step.Year >= 3;
        var (x, y) = Multiplicative ? (dice.Between(2, 8), dice.Between(2, 9))
            : crossing ? (dice.Between(3, 7), 0) : (dice.Between(1, 5), 0);
        if (!Multiplicative)
        {
            // Within 10 for Year 2 (3 + 7 = 10 gives 30 + 70 = 100); crossing 10 later (8 + 6 = 14 gives 80 + 60 = 140).
            // Two different parts (and still different after the first part grows), so no sentence has two answers that look alike.
            y = dice.Pick([.. Enumerable.Range(crossing ? 11 - x : 1, crossing ? x - 1 : 9 - x).Where(v => v != x && v != x + 1)]);
        }

        var form = kind switch
        {
            ScaledFacts.Subtraction => FactForm.TakeFirst,
            ScaledFacts.MissingNumber => FactForm.Forward with { Box = Slot.Second },
            _ => FactForm.Forward,
        };
        var moves = units.Select(u => new Move(UnitFeature, s => s with { Unit = u })).ToList();
        moves.AddRange(kind switch
        {
            ScaledFacts.Subtraction => [new Move(First, s => s with { X = s.X + Fraction.Whole(1) }), NextPicture, BoxAt(Slot.Second), Inverse],
            ScaledFacts.MissingNumber => [new Move(First, s => s with { X = s.X + Fraction.Whole(1) }), NextPicture, BoxAt(Slot.First), Inverse],
            ScaledFacts.Multiplication => [new Move(First, s => s with { X = s.X + Fraction.Whole(1) }), NextPicture, Inverse, BoxAt(Slot.Second)],
            _ => [new Move(First, s => s with { X = s.X + Fraction.Whole(1) }), NextPicture, Inverse, BoxAt(Slot.Second)],
        });
        return Sequence(new FactState(x, y, form), moves, s => Close(step, name, x, y, units[^1]));
    }

    private QuestionDraft Close(SmallStep step, string name, int x, int y, Fraction unit)
    {
        var u = unit;
        string W(Fraction v) => NumberSentence.Write(v);
        Fraction F(int v) => Fraction.Whole(v);
        if (kind == ScaledFacts.Multiplication)
        {
            var p = x * y;
            if (units.Length >= 3)
            {
                return Closing.TrueOrFalse(
                    $"{W(F(y) / F(10))} × {x} and {W(F(y) / F(100))} × {x} have the same answer.",
                    false,
                    step.Misconceptions[0],
                    $"{W(F(y) / F(100))} is one tenth of the size of {W(F(y) / F(10))}, so its product is one tenth of the size: {W(F(p) / F(10))} and {W(F(p) / F(100))}.");
            }

            if (units.Length == 2)
            {
                return Closing.SpotTheMistake(
                    $"{name} wrote {10 * x} × {10 * y} = {Whole(10 * p)}. What is {10 * x} × {10 * y}?",
                    100 * p,
                    10 * p,
                    step.Misconceptions[0],
                    $"{x} × {y} = {p}; both numbers are ten times the size, so the product is a hundred times the size: {Whole(100 * p)}.");
            }

            var (right, mistaken, why) = u == F(10) ? (F(p) * u, F(p), step.Misconceptions[0])
                : u == F(100) ? (F(p) * u, F(p) * F(10), step.Misconceptions[1])
                : u == Fraction.Of(1, 10) ? (F(p) * u, F(p) / F(100), step.Misconceptions[0])
                : (F(p) * u, F(p) / F(10), step.Misconceptions[0]);
            return Closing.SpotTheMistake(
                $"{name} wrote {x} × {W(F(y) * u)} = {W(mistaken)}. What is {x} × {W(F(y) * u)}?",
                right,
                mistaken,
                why,
                $"{x} × {y} = {p}, so {x} × {y} {UnitName(u)} = {p} {UnitName(u)}, which is {W(right)}.");
        }

        var z = x + y;
        if (kind == ScaledFacts.Subtraction)
        {
            return Closing.TrueOrFalse(
                $"Because {z} {Minus} {y} = {x}, {W(F(z) * u)} {Minus} {W(F(y) * u)} = {W(F(x) * u)}.",
                true,
                step.Misconceptions[0],
                $"{z} {UnitName(u)} {Minus} {y} {UnitName(u)} = {x} {UnitName(u)}, so the fact works in {UnitName(u)} too.",
                1);
        }

        if (kind == ScaledFacts.MissingNumber)
        {
            return Closing.SpotTheMistake(
                $"{name} solved {W(F(x) * u)} + {Box} = {W(F(z) * u)} and wrote {y}. What is the missing number?",
                F(y) * u,
                F(y),
                step.Misconceptions[0],
                $"In {UnitName(u)}: {x} + {y} = {z}, so the missing number is {y} {UnitName(u)}, which is {W(F(y) * u)}.");
        }

        var wrongTotal = u < F(1) ? F(z) * u / F(10) : F(z) * u * F(10);
        return Closing.SpotTheMistake(
            $"{name} wrote {W(F(x) * u)} + {W(F(y) * u)} = {W(wrongTotal)}. What is {W(F(x) * u)} + {W(F(y) * u)}?",
            F(z) * u,
            wrongTotal,
            step.Misconceptions[0],
            $"{x} {UnitName(u)} + {y} {UnitName(u)} = {z} {UnitName(u)}, which is {W(F(z) * u)}.");
    }

    /// <inheritdoc />
    protected override NumberSentence SentenceOf(FactState state)
    {
        var unit = state.Unit ?? Fraction.Whole(1);
        return Multiplicative
            ? new NumberSentence(state.X, state.Y * unit, true, state.Form)
            : new NumberSentence(state.X * unit, state.Y * unit, false, state.Form);
    }

    /// <inheritdoc />
    protected override IEnumerable<(string Name, object Value)> NumberFeatures(FactState state) =>
        [(First, state.X), (Second, state.Y), (UnitFeature, state.Unit ?? Fraction.Whole(1))];

    /// <inheritdoc />
    protected override Picture? Draw(FactState state, NumberSentence sentence)
    {
        var unit = state.Unit ?? Fraction.Whole(1);
        if (state.Picture == 0)
        {
            return Multiplicative
                ? FactPictures.EqualParts(state.WholeX, sentence.BoxedRole == 'y' ? null : NumberSentence.Write(sentence.Y), sentence.BoxedRole == 'z' ? "?" : NumberSentence.Write(sentence.Z))
                : AdditivePictures.Draw(AdditivePicture.PartWhole, sentence);
        }

        // Counters in the unit's column: 14 counters in the tens shows that 14 tens need exchanging.
        var counters = Multiplicative ? state.WholeY : state.WholeX + state.WholeY;
        return new PlaceValueChartPicture([new PlaceValueColumn(Capital(UnitName(unit * Fraction.Whole(10))), 0), new PlaceValueColumn(Capital(UnitName(unit)), counters)]);
    }

    /// <inheritdoc />
    protected override string Worked(FactState state, NumberSentence sentence)
    {
        var unit = state.Unit ?? Fraction.Whole(1);
        var (x, y) = (state.WholeX, state.WholeY);
        var fact = Multiplicative ? $"{x} × {y} = {x * y}" : $"{x} + {y} = {x + y}";
        var scaled = Multiplicative ? $"{x} × {y} {UnitName(unit)} = {x * y} {UnitName(unit)}" : $"{x} {UnitName(unit)} + {y} {UnitName(unit)} = {x + y} {UnitName(unit)}";
        return unit == Fraction.Whole(1)
            ? (Multiplicative ? $"{x} groups of {y} make {x * y}: {sentence.Filled}." : $"{x + y} is made of {x} and {y}: {sentence.Filled}.")
            : $"{fact}, so {scaled}, which is {NumberSentence.Write(sentence.Z)}; {sentence.Filled}.";
    }

    /// <inheritdoc />
    protected override int Stem(FactState state, NumberSentence sentence) =>
        kind == ScaledFacts.Addition && Decimals && sentence.Form.Inverse ? 1 : 0;

    /// <inheritdoc />
    protected override IEnumerable<WrongAnswer> SpecificWrong(FactState state, NumberSentence sentence)
    {
        var unit = state.Unit ?? Fraction.Whole(1);
        if (unit == Fraction.Whole(1) || sentence.Form.Box != Slot.Result)
        {
            return [];
        }

        var digits = sentence.Answer / unit;
        return Wrongs.Of([
            (unit > Fraction.Whole(1) ? digits : sentence.Answer / Fraction.Whole(10), $"Keeps the answer as a count of {UnitName(unit)} without turning it back into a number."),
            (sentence.Answer * Fraction.Whole(10), "Adds a zero to the answer as a rule and makes it ten times too big."),
        ]);
    }

    private static string UnitName(Fraction unit) =>
        unit >= Fraction.Whole(1) ? PlaceValue.NameOf(unit.Numerator) : unit == Fraction.Of(1, 10) ? "tenths" : unit == Fraction.Of(1, 100) ? "hundredths" : "thousandths";

    private static string Capital(string name) => char.ToUpperInvariant(name[0]) + name[1..];
}
