using System.Collections.Generic;
using System.Linq;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using static KeepUp.Domain.Practice.PupilNumber;

namespace KeepUp.Domain.Practice.Generators.NumberFacts;

/// <summary>What a division-facts set practises.</summary>
public enum DivisionFacts
{
    /// <summary>20 ÷ 5 = 4 from 4 × 5 = 20.</summary>
    Related,

    /// <summary>□ × 5 = 35 as "how many fives make 35?".</summary>
    MissingFactor,

    /// <summary>How many groups of 5 make 30?</summary>
    HowManyGroups,

    /// <summary>The four facts from one array.</summary>
    FactFamily,

    /// <summary>Rearranging to find a missing factor or divisor.</summary>
    Rearrange,

    /// <summary>The box as a factor, product, dividend or quotient.</summary>
    MissingNumbers,

    /// <summary>A product is a multiple of both its factors.</summary>
    ProductsAsMultiples,

    /// <summary>Division cannot be done in any order.</summary>
    DivisionOrder,
}

/// <summary>
/// Division facts from multiplication facts: each array or bar gives two multiplication and two
/// division sentences, and the box can sit anywhere; the closing question catches the belief that
/// division, like multiplication, can be done in any order.
/// </summary>
/// <param name="kind">What the step teaches.</param>
/// <param name="tables">The tables the divisors come from.</param>
public sealed class DivisionFactGenerator(DivisionFacts kind, params int[] tables) : NumberSentenceGenerator
{
    private const string Groups = "number of groups";
    private const string Size = "group size";

    /// <inheritdoc />
    public override string Family => "division facts";

    /// <inheritdoc />
    protected override bool Multiplicative => true;

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        var name = PupilNames.Pick(dice);
        var t = dice.Pick(tables);
        // n, n + 1 and t all differ, so turning a sentence round always gives a new one.
        var n = dice.Pick([.. Enumerable.Range(2, 10).Where(g => g != t && g + 1 != t)]);
        var form = kind switch
        {
            DivisionFacts.Related or DivisionFacts.DivisionOrder => FactForm.TakeSecond,
            DivisionFacts.MissingFactor or DivisionFacts.HowManyGroups or DivisionFacts.MissingNumbers => FactForm.Forward with { Box = Slot.First },
            DivisionFacts.Rearrange => FactForm.Forward with { Box = Slot.Second },
            _ => FactForm.Forward,
        };
        Move[] moves = kind switch
        {
            DivisionFacts.Related => [GroupsBy, NextPicture, Swap, Inverse, BoxAt(Slot.Second)],
            DivisionFacts.MissingFactor => [GroupsBy, NextPicture, Inverse, BoxAt(Slot.Second), AskAs(QuestionFormat.MultipleChoice)],
            DivisionFacts.HowManyGroups => [GroupsBy, NextPicture, AskAs(QuestionFormat.NumberEntry), AskAs(QuestionFormat.MultipleChoice)],
            DivisionFacts.FactFamily => [Swap, Inverse, Swap, NextPicture, BoxAt(Slot.Second)],
            DivisionFacts.Rearrange => [Inverse, Swap, NextPicture, GroupsBy, BoxAt(Slot.Result)],
            DivisionFacts.MissingNumbers => [Inverse, GroupsBy, BoxAt(Slot.Second), NextPicture, Swap],
            DivisionFacts.ProductsAsMultiples => [Inverse, Swap, NextPicture, GroupsBy, BoxAt(Slot.Second)],
            DivisionFacts.DivisionOrder => [Swap, NextPicture, Inverse, Swap, GroupsBy],
        };
        return Sequence(new FactState(n, t, form), moves, s => Close(step, dice, name, s.WholeX, s.WholeY));
    }

    private QuestionDraft Close(SmallStep step, Dice dice, string name, int n, int t)
    {
        var p = n * t;
        return kind switch
        {
            DivisionFacts.Related or DivisionFacts.FactFamily => Closing.TrueOrFalse(
                $"{t} {Divide} {p} = {n} belongs to the same fact family as {n} × {t} = {p}.",
                false,
                step.Misconceptions[0],
                $"A division starts with the product: the family is {n} × {t} = {p}, {t} × {n} = {p}, {p} {Divide} {t} = {n} and {p} {Divide} {n} = {t}."),
            DivisionFacts.DivisionOrder => Closing.TrueOrFalse(
                $"{p} {Divide} {t} is equal to {t} {Divide} {p}.",
                false,
                step.Misconceptions[0],
                $"{p} {Divide} {t} shares {p} into groups and is {n}; {t} {Divide} {p} shares only {t}, so it is less than 1. In a division the total comes first."),
            DivisionFacts.MissingFactor => Closing.SpotTheMistake(
                $"{name} solved {Box} × {t} = {p} by multiplying and wrote {p * t}. What is the missing number?",
                n,
                p * t,
                step.Misconceptions[0],
                $"{Box} × {t} = {p} asks how many {t}s make {p}: {p} {Divide} {t} = {n}."),
            DivisionFacts.HowManyGroups => Closing.SpotTheMistake(
                $"{name} says the missing number in {Box} × {t} = {p} is {p + t}. What is it?",
                n,
                p + t,
                step.Misconceptions[0],
                $"Count in {t}s to {p}: that is {n} groups, so {n} × {t} = {p}."),
            DivisionFacts.Rearrange => Closing.SpotTheMistake(
                $"{name} solved {n} × {Box} = {p} by working out {n} × {p} = {Whole(n * p)}. What is the missing number?",
                t,
                n * p,
                step.Misconceptions[1],
                $"The missing factor is the product divided by the known factor: {p} {Divide} {n} = {t}."),
            DivisionFacts.ProductsAsMultiples => Closing.TrueOrFalse(
                $"{p} is a multiple of {n} and a multiple of {t}.",
                true,
                step.Misconceptions[0],
                $"{n} × {t} = {p}, so {p} is in the {n} times table and in the {t} times table."),
            _ => Closing.Choose(
                dice,
                $"Which calculation finds the missing number in {Box} {Divide} {n} = {t}?",
                $"{t} × {n}",
                [
                    new($"{t} {Divide} {n}", step.Misconceptions[0]),
                    new($"{t} + {n}", "Adds the two numbers it can see."),
                    new($"{System.Math.Max(t, n)} {Minus} {System.Math.Min(t, n)}", "Subtracts the two numbers it can see."),
                ],
                $"{Box} {Divide} {n} = {t} means {Box} shared into {n} groups gives {t} each, so {Box} = {t} × {n} = {p}.",
                1),
        };
    }

    /// <inheritdoc />
    protected override string Prompt(FactState state, NumberSentence sentence) => state.Format == QuestionFormat.NumberEntry && sentence.BoxedRole == 'x'
        ? $"How many groups of {NumberSentence.Write(state.Y)} make {NumberSentence.Write(sentence.Z)}?"
        : base.Prompt(state, sentence);

    /// <inheritdoc />
    protected override IEnumerable<(string Name, object Value)> NumberFeatures(FactState state) => [(Groups, state.X), (Size, state.Y)];

    /// <inheritdoc />
    protected override Picture? Draw(FactState state, NumberSentence sentence)
    {
        MultiplicativePicture[] kinds = kind switch
        {
            DivisionFacts.MissingFactor or DivisionFacts.HowManyGroups => [MultiplicativePicture.NumberLine, MultiplicativePicture.Array],
            DivisionFacts.Rearrange or DivisionFacts.MissingNumbers => [MultiplicativePicture.BarModel, MultiplicativePicture.Array],
            _ => [MultiplicativePicture.Array, MultiplicativePicture.BarModel],
        };
        return MultiplicativePictures.Draw(kinds[state.Picture], sentence);
    }

    /// <inheritdoc />
    protected override string Worked(FactState state, NumberSentence sentence) =>
        $"{state.X} × {state.Y} = {NumberSentence.Write(sentence.Z)} and {state.Y} × {state.X} = {NumberSentence.Write(sentence.Z)}, so {sentence.Filled}.";

    /// <inheritdoc />
    protected override int Stem(FactState state, NumberSentence sentence) => kind switch
    {
        DivisionFacts.ProductsAsMultiples or DivisionFacts.Rearrange or DivisionFacts.MissingFactor or DivisionFacts.HowManyGroups => sentence.Form.Inverse ? 1 : 0,
        DivisionFacts.MissingNumbers => sentence.Form.Inverse ? 1 : 0,
        DivisionFacts.FactFamily => 0,
        DivisionFacts.DivisionOrder => sentence.Form.Inverse ? 0 : 1,
        _ => 0,
    };

    /// <inheritdoc />
    protected override IEnumerable<WrongAnswer> SpecificWrong(FactState state, NumberSentence sentence)
    {
        if (sentence.Form.Inverse && sentence.Form.Box == Slot.First)
        {
            var quotient = sentence.Slots[2] / sentence.Slots[1];
            return quotient.IsWhole
                ? Wrongs.Of(quotient, "Divides when the number being divided is missing, so in □ ÷ 2 = 8 writes 4.")
                : Wrongs.Of(sentence.Slots[2] - sentence.Slots[1], "Subtracts when the number being divided is missing.");
        }

        return [];
    }

    private static Move GroupsBy => new(Groups, s => s with { X = s.X + Fraction.Whole(1) });
}
