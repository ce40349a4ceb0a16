using System.Collections.Generic;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;

namespace KeepUp.Domain.Practice.Generators.NumberFacts;

/// <summary>Which facts within 10 or 20 a set practises.</summary>
public enum AdditiveFacts
{
    /// <summary>Add and subtract 1 and 2 within 10.</summary>
    OneOrTwoMore,

    /// <summary>5 and some more: 5 + 3 = 8, 8 − 3 = 5.</summary>
    UsingFive,

    /// <summary>10 − 3 = 7 from the bond 7 + 3 = 10.</summary>
    SubtractFromTen,

    /// <summary>9 − 8 by thinking 8 + □ = 9.</summary>
    SubtractByAdding,

    /// <summary>Every way of making a number to 10, zero included.</summary>
    BondsWithinTen,

    /// <summary>Two subtraction facts from each addition fact within 10.</summary>
    SubtractionWithinTen,

    /// <summary>3 + 4 = 7, so 13 + 4 = 17.</summary>
    BondsToTwenty,

    /// <summary>8 + □ = 15 and the box anywhere.</summary>
    MissingNumbersToTwenty,
}

/// <summary>
/// Addition and subtraction facts within 10 and 20: one fact is met as an addition, turned
/// round, made a subtraction and given a missing number, with ten frames, rekenreks, part–whole
/// and bar models, so pupils see the whole and its parts rather than counting in ones.
/// </summary>
/// <param name="kind">Which facts the step teaches.</param>
public sealed class AdditiveFactGenerator(AdditiveFacts kind) : NumberSentenceGenerator
{
    private const string FirstPart = "first part";
    private const string SecondPart = "second part";
    private const string Whole = "whole";

    /// <inheritdoc />
    public override string Family => "addition and subtraction facts within 20";

    /// <inheritdoc />
    protected override bool Multiplicative => false;

    private bool FixedWhole => kind is AdditiveFacts.SubtractFromTen or AdditiveFacts.SubtractByAdding
        or AdditiveFacts.BondsWithinTen or AdditiveFacts.SubtractionWithinTen;

    private AdditivePicture[] Pictures => kind switch
    {
        AdditiveFacts.OneOrTwoMore => [AdditivePicture.NumberLine, AdditivePicture.TenFrame],
        AdditiveFacts.UsingFive => [AdditivePicture.Rekenrek, AdditivePicture.TenFrame],
        AdditiveFacts.SubtractFromTen or AdditiveFacts.BondsWithinTen => [AdditivePicture.TenFrame, AdditivePicture.PartWhole],
        AdditiveFacts.SubtractByAdding or AdditiveFacts.SubtractionWithinTen or AdditiveFacts.MissingNumbersToTwenty => [AdditivePicture.PartWhole, AdditivePicture.BarModel],
        AdditiveFacts.BondsToTwenty => [AdditivePicture.TenFrame, AdditivePicture.NumberLine],
    };

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        var name = PupilNames.Pick(dice);
        switch (kind)
        {
            case AdditiveFacts.OneOrTwoMore:
            {
                var y = dice.Between(1, 2);
                var x = dice.Between(2, 8 - y);
                return Sequence(new FactState(x, y, FactForm.Forward), [Part(FirstPart, 1), NextPicture, Swap, Inverse, BoxAt(Slot.Second)], _ =>
                    Closing.SpotTheMistake(
                        $"{name} jumped 2 from {x} on a number track, saying “{x}, {x + 1}”, and wrote {x} + 2 = {x + 1}. What is {x} + 2?",
                        x + 2,
                        x + 1,
                        step.Misconceptions[1],
                        $"Start on {x} and make two jumps: {x + 1}, {x + 2}. The starting number is not a jump, so {x} + 2 = {x + 2}."));
            }

            case AdditiveFacts.UsingFive:
            {
                var y = dice.Between(1, 3);
                return Sequence(new FactState(5, y, FactForm.Forward), [Part(SecondPart, 1), NextPicture, Swap, Inverse, BoxAt(Slot.Second)], s =>
                    Closing.TrueOrFalse(
                        $"If you know 5 + {s.Y} = {5 + s.WholeY}, you also know {s.Y} + 5 = {5 + s.WholeY} without counting.",
                        true,
                        step.Misconceptions[1],
                        $"{5 + s.WholeY} is 5 and {s.Y} more whichever part is said first, so both facts are known at once."));
            }

            case AdditiveFacts.SubtractFromTen:
            {
                var x = dice.Between(2, 7);
                return Sequence(new FactState(x, 10 - x, FactForm.TakeFirst), [Part(FirstPart, 1), NextPicture, BoxAt(Slot.Second), Inverse, Swap], s =>
                    Closing.TrueOrFalse(
                        $"10 {PupilNumber.Minus} {s.X} = {s.Y} and 10 {PupilNumber.Minus} {s.Y} = {s.X} come from the same bond to 10.",
                        true,
                        step.Misconceptions[1],
                        $"Both come from {s.X} + {s.Y} = 10: take away one part and the other part is left."));
            }

            case AdditiveFacts.SubtractByAdding:
            {
                var z = dice.Between(6, 9);
                var x = z - dice.Between(1, 3);
                return Sequence(new FactState(x, z - x, FactForm.TakeFirst), [Part(Whole, 1), NextPicture, BoxAt(Slot.Second), Inverse, Swap], s =>
                {
                    var (a, b, w) = (s.WholeX, s.WholeY, s.WholeX + s.WholeY);
                    return Closing.Choose(
                        dice,
                        $"Which addition fact helps you work out {w} {PupilNumber.Minus} {a}?",
                        $"{a} + {b} = {w}",
                        [
                            new($"{w} + {a} = {w + a}", "Adds the two numbers in the subtraction instead of finding the missing part."),
                            new($"{a} + {a} = {a + a}", "Picks a fact that does not use the whole and the part."),
                            new($"{w} + {b} = {w + b}", "Adds to the whole instead of adding to the part."),
                        ],
                        $"{w} {PupilNumber.Minus} {a} asks what to add to {a} to make {w}: {a} + {b} = {w}, so the answer is {b}.");
                });
            }

            case AdditiveFacts.BondsWithinTen:
            {
                var z = dice.Between(6, 10);
                var x = dice.Between(0, z - 3);
                return Sequence(new FactState(x, z - x, FactForm.Forward with { Box = Slot.Second }), [Part(FirstPart, 1), NextPicture, Swap, AskAs(QuestionFormat.MultipleChoice), Inverse], _ =>
                    Closing.AlwaysSometimesNever(
                        "When you add 0 to a number, the answer is that same number.",
                        "Always",
                        new Dictionary<string, string>(System.StringComparer.Ordinal)
                        {
                            ["Sometimes"] = step.Misconceptions[1],
                            ["Never"] = "Thinks adding always makes a number bigger, even adding 0.",
                        },
                        $"Adding 0 adds nothing, so {z} + 0 = {z} and 0 + {z} = {z}: these are bonds too.",
                        1));
            }

            case AdditiveFacts.SubtractionWithinTen:
            {
                var z = dice.Between(5, 9);
                var x = dice.Between(2, z - 2);
                return Sequence(new FactState(x, z - x, FactForm.TakeFirst), [Part(Whole, 1), NextPicture, Swap, BoxAt(Slot.Second), Inverse], s =>
                {
                    var w = s.WholeX + s.WholeY;
                    return Closing.SpotTheMistake(
                        $"{name} worked out {w} {PupilNumber.Minus} {s.X} by counting back, saying “{w}, {w - 1} …”, and got {s.WholeY + 1}. What is {w} {PupilNumber.Minus} {s.X}?",
                        s.Y,
                        s.WholeY + 1,
                        step.Misconceptions[0],
                        $"{s.X} + {s.Y} = {w}, so {w} {PupilNumber.Minus} {s.X} = {s.Y}. Counting back, the starting number is not one of the jumps.",
                        1);
                });
            }

            case AdditiveFacts.BondsToTwenty:
            {
                var a = dice.Between(1, 5);
                var b = dice.Between(1, 9 - a);
                return Sequence(new FactState(a, b, FactForm.Forward), [Part(FirstPart, 10), NextPicture, Swap, Inverse, BoxAt(Slot.Second)], _ =>
                    Closing.TrueOrFalse(
                        $"{a} + {b} = {a + b}, so {10 + a} + {10 + b} = {10 + a + b}.",
                        false,
                        step.Misconceptions[0],
                        $"Only one of the numbers has an extra ten: {10 + a} + {b} = {10 + a + b}. {10 + a} + {10 + b} has two tens, so it is {20 + a + b}."));
            }

            case AdditiveFacts.MissingNumbersToTwenty:
            {
                var x = dice.Between(4, 8);
                var y = dice.Between(11 - x, 9);
                return Sequence(new FactState(x, y, FactForm.Forward with { Box = Slot.Second }), [Part(FirstPart, 1), BoxAt(Slot.First), NextPicture, Inverse, AskAs(QuestionFormat.MultipleChoice)], s =>
                {
                    var (a, w) = (s.WholeX, s.WholeX + s.WholeY);
                    return Closing.Choose(
                        dice,
                        $"Which calculation finds the missing number in {a} + {PupilNumber.Box} = {w}?",
                        $"{w} {PupilNumber.Minus} {a}",
                        [
                            new($"{w} + {a}", step.Misconceptions[0]),
                            new($"{w} {PupilNumber.Minus} {s.WholeY}", "Finds the part that is already shown instead of the missing one."),
                            new($"{a} + {s.WholeY + 1}", "Guesses a part without using the whole."),
                        ],
                        $"The whole is {w} and one part is {a}, so the missing part is {w} {PupilNumber.Minus} {a} = {s.Y}.");
                });
            }

            default:
                throw new GeneratorConstraintException($"No facts of kind {kind}.");
        }
    }

    /// <inheritdoc />
    protected override IEnumerable<(string Name, object Value)> NumberFeatures(FactState state) => FixedWhole
        ? [(Whole, state.X + state.Y), (FirstPart, state.X)]
        : [(FirstPart, state.X), (SecondPart, state.Y)];

    /// <inheritdoc />
    protected override Picture? Draw(FactState state, NumberSentence sentence) => AdditivePictures.Draw(Pictures[state.Picture], sentence);

    /// <inheritdoc />
    protected override string Worked(FactState state, NumberSentence sentence) => sentence.Form.Inverse
        ? $"{NumberSentence.Write(sentence.Z)} is made of {NumberSentence.Write(state.X)} and {NumberSentence.Write(state.Y)}, so {sentence.Filled}."
        : $"{NumberSentence.Write(state.X)} and {NumberSentence.Write(state.Y)} make {NumberSentence.Write(sentence.Z)}, so {sentence.Filled}.";

    /// <inheritdoc />
    protected override int Stem(FactState state, NumberSentence sentence) => kind switch
    {
        AdditiveFacts.OneOrTwoMore or AdditiveFacts.UsingFive or AdditiveFacts.SubtractionWithinTen => sentence.Form.Inverse ? 1 : 0,
        AdditiveFacts.BondsWithinTen => sentence.Form.Swapped ? 1 : 0,
        AdditiveFacts.MissingNumbersToTwenty => sentence.Form.Inverse ? 1 : 0,
        _ => 0,
    };

    /// <inheritdoc />
    protected override IEnumerable<WrongAnswer> SpecificWrong(FactState state, NumberSentence sentence)
    {
        if (kind == AdditiveFacts.SubtractFromTen && sentence.Form.Inverse && sentence.Form.Box == Slot.Result)
        {
            return Wrongs.Of(sentence.Answer + Fraction.Whole(1), "Counts back from 10 in ones and includes the 10, so 10 − 3 becomes 8.");
        }

        if (kind == AdditiveFacts.MissingNumbersToTwenty && sentence.Form.Box != Slot.Result)
        {
            return Wrongs.Of(sentence.Slots[2], "Thinks the missing number must always be the answer after the equals sign.");
        }

        if (kind == AdditiveFacts.BondsToTwenty && !sentence.Form.Inverse && state.X > 10)
        {
            return Wrongs.Of(sentence.Z + Fraction.Whole(10), "Adds the ten to both numbers.");
        }

        return [];
    }

    // In a fixed-whole set the first part grows while the whole stays (6 + 4, 7 + 3); "whole"
    // grows the whole while the first part stays (9 − 6, 10 − 6).
    private Move Part(string feature, int by) => new(feature, s => feature switch
    {
        FirstPart when FixedWhole => s with { X = s.X + Fraction.Whole(by), Y = s.Y - Fraction.Whole(by) },
        FirstPart => s with { X = s.X + Fraction.Whole(by) },
        _ => s with { Y = s.Y + Fraction.Whole(by) },
    });
}
