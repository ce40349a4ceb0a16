using System.Collections.Generic;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using static KeepUp.Domain.Practice.PupilNumber;

namespace KeepUp.Domain.Practice.Generators.NumberFacts;

/// <summary>Which bridging facts a set practises.</summary>
public enum BridgingFacts
{
    /// <summary>8 + 5 = 8 + 2 + 3.</summary>
    Add,

    /// <summary>13 − 5 = 13 − 3 − 2.</summary>
    Subtract,

    /// <summary>7 + 6 = 13 gives 6 + 7, 13 − 6 and 13 − 7.</summary>
    Families,
}

/// <summary>
/// Single-digit facts that cross 10: make 10 first, then add or take the rest, pictured as a
/// number line hop split at 10 and a double ten frame, and the four facts of each family.
/// </summary>
/// <param name="kind">Which bridging facts the step teaches.</param>
public sealed class BridgingTenGenerator(BridgingFacts kind) : NumberSentenceGenerator
{
    private const string FirstPart = "first part";
    private const string SecondPart = "second part";

    /// <inheritdoc />
    public override string Family => "bridging 10";

    /// <inheritdoc />
    protected override bool Multiplicative => false;

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        var name = PupilNames.Pick(dice);
        switch (kind)
        {
            case BridgingFacts.Add:
            {
                var x = dice.Between(6, 9);
                var k = 10 - x;
                var y = dice.Between(k + 2, 8);
                // 9 + 7 would become 8 + 8 and then turn round into itself.
                y = y == x - 2 ? y + 1 : y;
                return Sequence(new FactState(x, y, FactForm.Forward), [Change(SecondPart, 1), NextPicture, Change(FirstPart, -1), Swap, BoxAt(Slot.Second)], _ =>
                    Closing.SpotTheMistake(
                        $"{name} worked out {x} + {y} by splitting {y} into {k + 1} and {y - k - 1}: “{x} + {k + 1} = 10, and 10 + {y - k - 1} = {10 + y - k - 1}.” What is {x} + {y}?",
                        x + y,
                        x + y - 1,
                        step.Misconceptions[1],
                        $"{x} needs {k} more to make 10, so split {y} into {k} and {y - k}: 10 + {y - k} = {x + y}."));
            }

            case BridgingFacts.Subtract:
            {
                var z = dice.Between(1, 6);
                var x = dice.Between(z + 2, 8);
                return Sequence(new FactState(x, 10 + z - x, FactForm.TakeFirst), [Change(FirstPart, 1), NextPicture, Change(SecondPart, 1), BoxAt(Slot.Second), Inverse], _ =>
                    Closing.SpotTheMistake(
                        $"{name} worked out 1{z} {Minus} {x}: “1{z} {Minus} {z} = 10, then 10 {Minus} {x} = {10 - x}.” What is 1{z} {Minus} {x}?",
                        10 + z - x,
                        10 - x,
                        step.Misconceptions[1],
                        $"After taking {z} to reach 10, only {x - z} more is left to take: 10 {Minus} {x - z} = {10 + z - x}.",
                        others: Wrongs.Of(x - z, step.Misconceptions[0])));
            }

            case BridgingFacts.Families:
            {
                var x = dice.Between(5, 9);
                var y = x == 9 ? dice.Between(5, 8) : dice.Between(x + 1, 9);
                return Sequence(new FactState(x, y, FactForm.Forward), [Swap, Inverse, Swap, NextPicture, BoxAt(Slot.Second)], _ =>
                    Closing.TrueOrFalse(
                        $"{y} {Minus} {x + y} = {x} belongs to the same family as {x} + {y} = {x + y}.",
                        false,
                        step.Misconceptions[0],
                        $"A subtraction starts with the whole: the family is {x} + {y} = {x + y}, {y} + {x} = {x + y}, {x + y} {Minus} {x} = {y} and {x + y} {Minus} {y} = {x}."));
            }

            default:
                throw new GeneratorConstraintException($"No bridging facts of kind {kind}.");
        }
    }

    /// <inheritdoc />
    protected override IEnumerable<(string Name, object Value)> NumberFeatures(FactState state) =>
        [(FirstPart, state.X), (SecondPart, state.Y)];

    /// <inheritdoc />
    protected override Picture? Draw(FactState state, NumberSentence sentence) => kind switch
    {
        BridgingFacts.Families => AdditivePictures.Draw(state.Picture == 0 ? AdditivePicture.PartWhole : AdditivePicture.BarModel, sentence),
        _ => state.Picture == 0 ? AdditivePictures.Bridging(sentence) : AdditivePictures.Draw(AdditivePicture.TenFrame, sentence),
    };

    /// <inheritdoc />
    protected override string Worked(FactState state, NumberSentence sentence)
    {
        var (x, y, z) = (state.WholeX, state.WholeY, state.WholeX + state.WholeY);
        if (kind == BridgingFacts.Families)
        {
            return $"{x} + {y} = {z} gives the whole family, so {sentence.Filled}.";
        }

        if (sentence.Form.Inverse)
        {
            var taken = sentence.Form.Swapped ? y : x;
            return $"{z} {Minus} {z - 10} = 10, then 10 {Minus} {taken - (z - 10)} = {z - taken}, so {sentence.Filled}.";
        }

        var first = sentence.Form.Swapped ? y : x;
        var other = z - first;
        return $"{first} + {10 - first} = 10, then 10 + {other - (10 - first)} = {z}, so {sentence.Filled}.";
    }

    /// <inheritdoc />
    protected override int Stem(FactState state, NumberSentence sentence) =>
        kind == BridgingFacts.Subtract && !sentence.Form.Inverse ? 1 : 0;

    /// <inheritdoc />
    protected override IEnumerable<WrongAnswer> SpecificWrong(FactState state, NumberSentence sentence)
    {
        if (kind != BridgingFacts.Subtract || !sentence.Form.Inverse || sentence.Form.Box != Slot.Result)
        {
            return [];
        }

        var ones = state.WholeX + state.WholeY - 10;
        var taken = state.WholeX;
        return Wrongs.Of([
            (System.Math.Abs(taken - ones), "Subtracts the smaller digit from the larger, so 13 − 5 becomes 5 − 3 = 2."),
            (10 - taken, "Subtracts the whole of the second number after reaching 10."),
        ]);
    }

    private static Move Change(string feature, int by) => new(feature, s => feature == FirstPart
        ? s with { X = s.X + Fraction.Whole(by) }
        : s with { Y = s.Y + Fraction.Whole(by) });
}
