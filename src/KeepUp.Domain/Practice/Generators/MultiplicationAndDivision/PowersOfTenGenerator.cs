using System.Collections.Generic;
using System.Linq;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Generators.NumberFacts;
using static KeepUp.Domain.Practice.PupilNumber;

namespace KeepUp.Domain.Practice.Generators.MultiplicationAndDivision;

/// <summary>What a powers-of-ten set practises.</summary>
public enum PowersOfTen
{
    /// <summary>Multiply by 10, 100 or 1,000: digits move to the left.</summary>
    Multiply,

    /// <summary>Divide by 10, 100 or 1,000: digits move to the right.</summary>
    Divide,

    /// <summary>Find the missing multiplier: 3.6 × □ = 360.</summary>
    MissingMultiplier,

    /// <summary>× 1,000 then ÷ 10 is the same as × 100.</summary>
    Chains,
}

/// <summary>
/// Multiplying and dividing by 10, 100 and 1,000: each digit moves one, two or three places
/// while the point stays, shown on a place-value chart; the set changes the number, then the
/// power of ten, then turns the multiplication into the division that undoes it.
/// </summary>
/// <param name="kind">What the step teaches.</param>
/// <param name="decimals">Decimal places in the starting number (0 for whole numbers); for <see cref="PowersOfTen.Divide"/> a negative value −d means whole numbers divided to give decimals.</param>
/// <param name="largest">The largest whole-number part of the starting number.</param>
/// <param name="powers">The powers of ten used, in the order the set meets them.</param>
public sealed class PowersOfTenGenerator(PowersOfTen kind, int decimals, int largest, params long[] powers) : NumberSentenceGenerator
{
    private const string Number = "number";
    private const string Power = "power of ten";

    /// <inheritdoc />
    public override string Family => "multiply and divide by 10, 100 and 1,000";

    /// <inheritdoc />
    protected override bool Multiplicative => true;

    private Fraction Step => decimals > 0 ? Fraction.Of(1, PlaceValue.Power(decimals)) : decimals < 0 ? Fraction.Of(1, powers[0]) : Fraction.Whole(1);

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        var name = PupilNames.Pick(dice);
        var scale = decimals > 0 ? PlaceValue.Power(decimals) : 1;
        // The last digit is never 0, so every digit is seen to move.
        var units = dice.Between(1, largest * (int)scale - 2);
        units = units % 10 == 0 ? units + 1 : units;
        var x = decimals < 0 ? Fraction.Of(units, powers[0]) : Fraction.Of(units, scale);
        var first = Fraction.Whole(powers[0]);
        var number = new Move(Number, s => s with { X = s.X + Step });
        var morePower = new Move(Power, s => s with { Y = s.Y * Fraction.Whole(10) });
        (FactForm Form, Move[] Moves) plan = kind switch
        {
            PowersOfTen.Multiply when powers.Length > 1 => (FactForm.Forward, [morePower, number, morePower, Swap, Inverse]),
            PowersOfTen.Multiply => (FactForm.Forward, [number, Swap, Inverse, BoxAt(Slot.Second), AskAs(QuestionFormat.MultipleChoice)]),
            PowersOfTen.Divide when powers.Length > 1 => (FactForm.TakeSecond, [morePower, number, morePower, Inverse, Swap]),
            PowersOfTen.Divide => (FactForm.TakeSecond, [number, Inverse, Swap, BoxAt(Slot.Second), AskAs(QuestionFormat.MultipleChoice)]),
            PowersOfTen.MissingMultiplier => (FactForm.Forward with { Box = Slot.Second }, [number, morePower, AskAs(QuestionFormat.MultipleChoice), morePower]),
            _ => (FactForm.Forward, [number, new Move(Power, s => s with { Y = s.Y / Fraction.Whole(10) }), new Move(Power, s => s with { Y = s.Y / Fraction.Whole(10) }), AskAs(QuestionFormat.MultipleChoice)]),
        };
        var startPower = kind == PowersOfTen.Chains ? Fraction.Whole(100) : first;
        return Sequence(new FactState(x, startPower, plan.Form), plan.Moves, s => Close(step, dice, name, s));
    }

    private QuestionDraft Close(SmallStep step, Dice dice, string name, FactState state)
    {
        string Mis(int i) => step.Misconceptions[System.Math.Min(i, step.Misconceptions.Count - 1)];
        var a = dice.Between(1, 9);
        var b = dice.Between(1, 9);
        var p = powers[0];
        switch (kind)
        {
            case PowersOfTen.Multiply when decimals > 0 || powers.Length > 1:
            {
                var d = Fraction.Of(10 * a + b, 10);
                var text = Decimal(d);
                return Closing.SpotTheMistake($"{name} says {text} × 10 = {text}0 because you add a zero. What is {text} × 10?", d * Fraction.Whole(10), d, Mis(0), $"Each digit becomes ten times as great and moves one place to the left: {text} × 10 = {Decimal(d * Fraction.Whole(10))}. A zero on the end of a decimal changes nothing.")
                    with { Wrong = [new($"{text}0", Mis(0))] };
            }

            case PowersOfTen.Multiply when p == 10:
                return Closing.SpotTheMistake($"{name} wrote {a}0{b} × 10 = {Whole(1000 * a + b)}. What is {a}0{b} × 10?", 1000 * a + 10 * b, 1000 * a + b, Mis(1), $"Every digit moves one place to the left and a zero holds the ones place: {a}0{b} × 10 = {Whole(1000 * a + 10 * b)}.");
            case PowersOfTen.Multiply:
            {
                var n = 10 * a + b;
                return Closing.SpotTheMistake($"{name} wrote {n} × 100 = {Whole(10 * n)}. What is {n} × 100?", 100 * n, 10 * n, Mis(0), $"× 100 moves every digit two places to the left: {n} × 100 = {Whole(100 * n)}.");
            }

            case PowersOfTen.Divide when decimals < 0:
                return Closing.SpotTheMistake($"{name} wrote {a} {Divide} 100 = {Decimal(Fraction.Of(a, 10))}. What is {a} {Divide} 100?", Fraction.Of(a, 100), Fraction.Of(a, 10), Mis(0), $"÷ 100 moves the digit two places to the right, into the hundredths, with zeros holding the ones and tenths: {Decimal(Fraction.Of(a, 100))}.");
            case PowersOfTen.Divide when decimals > 0:
            {
                var d = Fraction.Of(10 * a + b, 10);
                return Closing.SpotTheMistake($"{name} wrote {Decimal(d * Fraction.Whole(10))} {Divide} 10 = {Decimal(d * Fraction.Whole(100))}. What is {Decimal(d * Fraction.Whole(10))} {Divide} 10?", d, d * Fraction.Whole(100), Mis(1), $"Dividing by 10 moves each digit one place to the right: {Decimal(d)}.");
            }

            case PowersOfTen.Divide when powers.Length > 1:
            {
                var start = 10_000 * a + 100 * b;
                return Closing.SpotTheMistake($"{name} crossed out every 0 to work out {Whole(start)} {Divide} 100 and wrote {10 * a + b}. What is {Whole(start)} {Divide} 100?", 100 * a + b, 10 * a + b, Mis(0), $"Each digit moves two places to the right; the zero in the middle still holds its place: {Whole(start)} {Divide} 100 = {100 * a + b}.");
            }

            case PowersOfTen.Divide when p == 10:
            {
                var z = 100 * a + 10 * b;
                return Closing.SpotTheMistake($"{name} says {z} {Divide} 10 = {Whole(10 * z)}. What is {z} {Divide} 10?", z / 10, 10 * z, Mis(1), $"Dividing makes the number smaller: each digit moves one place to the right, so {z} {Divide} 10 = {z / 10}.");
            }

            case PowersOfTen.Divide:
            {
                var z = 1000 * a + 100 * b;
                return Closing.SpotTheMistake($"{name} says {Whole(z)} {Divide} 100 = {z / 10}. What is {Whole(z)} {Divide} 100?", z / 100, z / 10, Mis(0), $"÷ 100 moves each digit two places to the right: {Whole(z)} {Divide} 100 = {z / 100}.");
            }

            case PowersOfTen.MissingMultiplier:
            {
                var d = Fraction.Of(10 * a + b, 10);
                var z = d * Fraction.Whole(100);
                return Closing.SpotTheMistake($"{name} says {Decimal(d)} × {Box} = {Decimal(z)} needs × 10, because {Decimal(z)} has one zero. What is the missing number?", 100, 10, Mis(0), $"The digit {a} moved from the ones to the hundreds: two places to the left, so the number was multiplied by 100.");
            }

            default:
                return Closing.Choose(
                    dice,
                    "× 1,000 then ÷ 10 is the same as …",
                    "× 100",
                    [
                        new("× 10,000", Mis(1)),
                        new("× 1,000", "Ignores the division step."),
                        new("÷ 100", "Does the steps the wrong way round."),
                    ],
                    "× 1,000 moves each digit three places to the left and ÷ 10 moves it one place back, so the digits end two places to the left: × 100.");
        }
    }

    /// <inheritdoc />
    protected override string Prompt(FactState state, NumberSentence sentence)
    {
        if (kind != PowersOfTen.Chains)
        {
            return base.Prompt(state, sentence);
        }

        var back = Fraction.Whole(1000) / state.Y;
        var chain = $"{Decimal(state.X)} × 1,000 {Divide} {Decimal(back)} = {Box}";
        return state.Format == QuestionFormat.MultipleChoice ? $"Choose the answer. {chain}" : chain;
    }

    /// <inheritdoc />
    protected override IEnumerable<WrongAnswer> CommonWrong(NumberSentence sentence) =>
        kind == PowersOfTen.Chains ? [] : base.CommonWrong(sentence);

    /// <inheritdoc />
    protected override IEnumerable<(string Name, object Value)> NumberFeatures(FactState state) => [(Number, state.X), (Power, state.Y)];

    /// <inheritdoc />
    protected override Picture? Draw(FactState state, NumberSentence sentence)
    {
        var shown = sentence.Form.Inverse ? sentence.Z : sentence.X;
        var values = new[] { sentence.X, sentence.Z };
        var high = Drafts.TopPlace(values.Max());
        var low = values.Select(Drafts.LowPlace).Min();
        return Drafts.Chart(shown, high, low < Fraction.Whole(1) ? low : Fraction.Whole(1));
    }

    /// <inheritdoc />
    protected override string Worked(FactState state, NumberSentence sentence)
    {
        var places = Drafts.Digits(state.Y.Numerator).Count - 1;
        var moves = places == 1 ? "one place" : $"{places} places";
        return kind switch
        {
            PowersOfTen.Chains => $"× 1,000 {Divide} {Decimal(Fraction.Whole(1000) / state.Y)} is the same as × {Decimal(state.Y)}: each digit moves {moves} to the left, so the answer is {Decimal(state.X * state.Y)}.",
            _ when sentence.Form.Inverse => $"Dividing by {Decimal(state.Y)} makes each digit one {Drafts.PlaceName(Fraction.Whole(1) / state.Y).ToLowerInvariant()[..^1]} of the value, moving it {moves} to the right, so {sentence.Filled}.",
            _ => $"Multiplying by {Decimal(state.Y)} makes each digit {Decimal(state.Y)} times as great, moving it {moves} to the left, so {sentence.Filled}.",
        };
    }

    /// <inheritdoc />
    protected override int Stem(FactState state, NumberSentence sentence) => sentence.Form.Inverse ? 1 : 0;

    /// <inheritdoc />
    protected override IEnumerable<WrongAnswer> SpecificWrong(FactState state, NumberSentence sentence)
    {
        if (kind == PowersOfTen.Chains)
        {
            var big = state.X * Fraction.Whole(1000);
            return Wrongs.Of([
                (big * (Fraction.Whole(1000) / state.Y), "Adds the moves instead of combining them, so × 1,000 then ÷ 10 becomes × 10,000."),
                (big, "Ignores the division step."),
                (state.X, "Thinks multiplying and then dividing always gives back the start number."),
            ]);
        }

        if (sentence.Form.Box != Slot.Result)
        {
            return Wrongs.Of(sentence.Answer * Fraction.Whole(10), "Counts zeros instead of seeing how many places the digits moved.")
                .Concat(Wrongs.Of(sentence.Answer / Fraction.Whole(10), "Counts zeros instead of seeing how many places the digits moved."));
        }

        var answer = sentence.Answer;
        var (left, right) = sentence.Form.Inverse ? ("too few", "too many") : ("too many", "too few");
        return Wrongs.Of([
            (answer * Fraction.Whole(10), $"Moves the digits one place {left}."),
            (answer / Fraction.Whole(10), $"Moves the digits one place {right}."),
            (sentence.Form.Inverse ? answer * state.Y * state.Y : answer / (state.Y * state.Y), "Moves the digits the wrong way."),
        ]);
    }
}
