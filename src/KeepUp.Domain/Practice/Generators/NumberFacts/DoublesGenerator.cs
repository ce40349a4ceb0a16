using System.Collections.Generic;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;

namespace KeepUp.Domain.Practice.Generators.NumberFacts;

/// <summary>Which doubles a set practises.</summary>
public enum DoubleFacts
{
    /// <summary>Doubles of 1 to 5 and their halves.</summary>
    DoublesWithinTen,

    /// <summary>3 + 4 as double 3 and one more.</summary>
    NearDoublesWithinTen,

    /// <summary>Spot a double or near double before calculating.</summary>
    ChooseStrategy,

    /// <summary>Doubles of 1 to 10 and near doubles to 20.</summary>
    DoublesToTwenty,
}

/// <summary>
/// Doubles and near doubles: a number added to itself, pictured as two equal rows so the double
/// shows, then one more for a near double, and halving as the double undone.
/// </summary>
/// <param name="kind">Which doubles the step teaches.</param>
public sealed class DoublesGenerator(DoubleFacts kind) : NumberSentenceGenerator
{
    private const string DoubleOf = "double of";
    private const string Near = "near double";

    /// <inheritdoc />
    public override string Family => "doubles and near doubles";

    /// <inheritdoc />
    protected override bool Multiplicative => false;

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        var name = PupilNames.Pick(dice);
        switch (kind)
        {
            case DoubleFacts.DoublesWithinTen:
            {
                var n = dice.Between(1, 4);
                var m = dice.Between(3, 5);
                return Sequence(new FactState(n, n, FactForm.Forward), [Bigger, NextPicture, Inverse, AskAs(QuestionFormat.NumberEntry)], _ =>
                    Closing.SpotTheMistake(
                        $"{name} says double {m} is {m}{m}. What is double {m}?",
                        m + m,
                        11 * m,
                        step.Misconceptions[1],
                        $"Double {m} is {m} + {m} = {m + m}. Writing the digit twice makes a much bigger number.",
                        others: Wrongs.Of(m + 2, step.Misconceptions[0])));
            }

            case DoubleFacts.NearDoublesWithinTen:
            {
                var n = dice.Between(1, 3);
                return Sequence(new FactState(n, n + 1, FactForm.Forward), [Bigger, Swap, NextPicture, Inverse, BoxAt(Slot.Second)], s =>
                    Closing.TrueOrFalse(
                        $"{s.WholeX + 1} + {s.X} is one more than double {s.X}.",
                        true,
                        step.Misconceptions[1],
                        $"{s.WholeX + 1} is one more than {s.X}, so {s.WholeX + 1} + {s.X} is double {s.X} and one more: {2 * s.WholeX + 1}."));
            }

            case DoubleFacts.ChooseStrategy:
            {
                var n = dice.Between(1, 4);
                var (a, b, c) = (dice.Between(1, 4), dice.Between(1, 3), dice.Between(1, 4));
                return Sequence(new FactState(n, n, FactForm.Forward), [OneMore, NextPicture, Swap, Inverse], _ =>
                    Closing.Choose(
                        dice,
                        "Which of these is a near double?",
                        $"{a} + {a + 1}",
                        [
                            new($"{b} + {b + 3}", step.Misconceptions[1]),
                            new($"{c} + {10 - c}", "Mixes up a bond to 10 with a near double."),
                            new($"{a + 5} + 1", "Thinks adding 1 to any number is a near double."),
                        ],
                        $"{a} and {a + 1} are one apart, so {a} + {a + 1} is double {a} and one more: {a + a + 1}.",
                        1));
            }

            case DoubleFacts.DoublesToTwenty:
            {
                var n = dice.Between(5, 8);
                var k = dice.Between(4, 8);
                return Sequence(new FactState(n, n, FactForm.Forward), [Bigger, NextPicture, OneMore, Swap, Inverse], _ =>
                    Closing.TrueOrFalse(
                        $"{k} + {k + 1} is double {k + 1} and one more.",
                        false,
                        step.Misconceptions[1],
                        $"{k} + {k + 1} is double {k} and one more, {k + k + 1}; or double {k + 1} and one less. Double {k + 1} and one more is {k + k + 3}.",
                        1));
            }

            default:
                throw new GeneratorConstraintException($"No doubles of kind {kind}.");
        }
    }

    /// <inheritdoc />
    protected override string Prompt(FactState state, NumberSentence sentence) => state.Format == QuestionFormat.NumberEntry
        ? sentence.Form.Inverse ? $"What is half of {NumberSentence.Write(sentence.Z)}?" : $"What is double {NumberSentence.Write(state.X)}?"
        : base.Prompt(state, sentence);

    /// <inheritdoc />
    protected override IEnumerable<(string Name, object Value)> NumberFeatures(FactState state) =>
        [(DoubleOf, Min(state)), (Near, state.X == state.Y ? "double" : "one more")];

    /// <inheritdoc />
    protected override Picture? Draw(FactState state, NumberSentence sentence)
    {
        var kinds = kind == DoubleFacts.ChooseStrategy
            ? new[] { AdditivePicture.TenFrame, AdditivePicture.PartWhole }
            : [AdditivePicture.TenFrame, AdditivePicture.Rekenrek];
        return AdditivePictures.Draw(kinds[state.Picture], sentence);
    }

    /// <inheritdoc />
    protected override string Worked(FactState state, NumberSentence sentence)
    {
        var low = Min(state);
        var twice = low + low;
        var known = $"Double {NumberSentence.Write(low)} is {NumberSentence.Write(twice)}";
        return state.X == state.Y
            ? $"{known}, and half of {NumberSentence.Write(twice)} is {NumberSentence.Write(low)}, so {sentence.Filled}."
            : $"{known}, and one more is {NumberSentence.Write(twice + Fraction.Whole(1))}, so {sentence.Filled}.";
    }

    /// <inheritdoc />
    protected override int Stem(FactState state, NumberSentence sentence) => kind switch
    {
        DoubleFacts.DoublesWithinTen => sentence.Form.Inverse ? 1 : 0,
        DoubleFacts.DoublesToTwenty or DoubleFacts.ChooseStrategy => state.X == state.Y ? 0 : 1,
        _ => 0,
    };

    /// <inheritdoc />
    protected override IEnumerable<WrongAnswer> SpecificWrong(FactState state, NumberSentence sentence)
    {
        if (sentence.Form.Inverse || sentence.Form.Box != Slot.Result)
        {
            return state.X == state.Y && sentence.Form.Box == Slot.Result
                ? Wrongs.Of(sentence.Z - Fraction.Whole(2), "Thinks halving means taking away 2.")
                : [];
        }

        var low = Min(state);
        return state.X == state.Y
            ? Wrongs.Of(low + Fraction.Whole(2), "Thinks doubling means adding 2.")
            : Wrongs.Of([
                (low * Fraction.Whole(2) + Fraction.Whole(3), "Uses the double of the greater number and then adds one, so 4 + 5 becomes 11."),
                (low * Fraction.Whole(2) - Fraction.Whole(1), "Adjusts the near double in the wrong direction."),
            ]);
    }

    private static Fraction Min(FactState s) => s.X < s.Y ? s.X : s.Y;

    private static Move Bigger => new(DoubleOf, s => s with { X = s.X + Fraction.Whole(1), Y = s.Y + Fraction.Whole(1) });

    private static Move OneMore => new(Near, s => s with { Y = s.Y + Fraction.Whole(1) });
}
