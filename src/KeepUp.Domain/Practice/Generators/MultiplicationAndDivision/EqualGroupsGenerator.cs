using System.Collections.Generic;
using System.Linq;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Generators.NumberFacts;
using static KeepUp.Domain.Practice.PupilNumber;

namespace KeepUp.Domain.Practice.Generators.MultiplicationAndDivision;

/// <summary>What an equal-groups set practises.</summary>
public enum EqualGroups
{
    /// <summary>Equal groups described by how many groups and how many in each.</summary>
    Recognise,

    /// <summary>Make a number of groups of a size.</summary>
    Make,

    /// <summary>Find the total by adding the group size again and again.</summary>
    RepeatedAddition,

    /// <summary>Rows and columns of an array.</summary>
    Arrays,

    /// <summary>Double as two equal groups.</summary>
    Doubles,

    /// <summary>Repeated addition written as multiplication.</summary>
    Sentences,

    /// <summary>The factors can swap; the product stays.</summary>
    AnyOrder,

    /// <summary>Equal jumps from zero on a number line.</summary>
    NumberLine,

    /// <summary>Multiplication is commutative; division is not.</summary>
    Commutativity,
}

/// <summary>
/// Equal groups, arrays and equal jumps: the number of groups and the size of each group are
/// named in words, pictured, and then written as a repeated addition or multiplication, one more
/// group at a time so pupils see the total go up by a group.
/// </summary>
/// <param name="kind">What the step teaches.</param>
/// <param name="asAddition">True (Year 1) to write totals as repeated addition and vary the group size rather than turn the groups round.</param>
/// <param name="sizes">The group sizes the year counts in.</param>
public sealed class EqualGroupsGenerator(EqualGroups kind, bool asAddition, params int[] sizes) : NumberSentenceGenerator
{
    private const string Groups = "number of groups";
    private const string Size = "group size";

    /// <inheritdoc />
    public override string Family => "equal groups and arrays";

    /// <inheritdoc />
    protected override bool Multiplicative => true;

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        var name = PupilNames.Pick(dice);
        var size = dice.Pick(sizes);
        var groups = kind == EqualGroups.Doubles ? 2 : dice.Between(2, asAddition ? 4 : 6);
        // One more group must still be a new question after turning round: no square arrays.
        groups = groups + 1 == size && kind != EqualGroups.Doubles ? groups + 2 : groups;
        var other = sizes.Where(s => s != size).DefaultIfEmpty(size + 1).First();
        var change = kind == EqualGroups.Doubles ? new Move(Size, s => s with { Y = s.Y + Fraction.Whole(1) }) : new Move(Groups, s => s with { X = s.X + Fraction.Whole(1) });
        var last = asAddition || kind == EqualGroups.Doubles ? new Move(Size, s => s with { Y = Fraction.Whole(kind == EqualGroups.Doubles ? s.WholeY + 1 : other) }) : Swap;
        var start = new FactState(groups, kind == EqualGroups.Doubles ? dice.Between(2, 7) : size, FactForm.Forward, 0, QuestionFormat.NumberEntry);
        return Sequence(start, [change, NextPicture, AskAs(QuestionFormat.MatchPicture), AskAs(QuestionFormat.MissingNumber), last], s => Close(step, dice, name, s.WholeX, s.WholeY));
    }

    private QuestionDraft Close(SmallStep step, Dice dice, string name, int g, int s)
    {
        string Mis(int i) => step.Misconceptions[System.Math.Min(i, step.Misconceptions.Count - 1)];
        // "3 groups of 3 are 3 groups of 3" would be true: keep the two numbers different.
        s = s == g ? s + 1 : s;
        var p = g * s;
        return kind switch
        {
            EqualGroups.Recognise => Closing.Choose(
                dice,
                $"Which of these shows {g} equal groups?",
                string.Join(", ", Enumerable.Repeat(s, g)),
                [
                    new(string.Join(", ", Enumerable.Repeat(s, g - 1).Append(s + 1)), Mis(0)),
                    new(string.Join(", ", Enumerable.Range(s, g)), "Thinks groups are equal when there are the same number of groups, whatever is in them."),
                    new(string.Join(", ", Enumerable.Repeat(s, g + 1)), "Counts the groups wrongly."),
                ],
                $"Equal groups each have the same number in them: {g} groups of {s}.",
                1),
            EqualGroups.Make or EqualGroups.AnyOrder => Closing.TrueOrFalse(
                $"{g} groups of {s} are the same groups as {s} groups of {g}.",
                false,
                Mis(1),
                $"Both have {p} altogether, but {g} groups of {s} has {g} groups with {s} in each, and {s} groups of {g} has {s} groups with {g} in each."),
            EqualGroups.Commutativity => Closing.TrueOrFalse(
                $"{p} {Divide} {g} = {g} {Divide} {p}, just as {g} × {s} = {s} × {g}.",
                false,
                Mis(1),
                $"Multiplication can be done in any order, but division cannot: {p} {Divide} {g} = {s}, while {g} {Divide} {p} is less than 1.",
                1),
            EqualGroups.RepeatedAddition => Closing.SpotTheMistake(
                $"{name} says {g} groups of {s} make {g + s}. How many do they make?",
                p,
                g + s,
                Mis(0),
                $"Add {s} {g} times: {string.Join(" + ", Enumerable.Repeat(s, g))} = {p}."),
            EqualGroups.Arrays => Closing.TrueOrFalse(
                $"An array of {g} rows of {s} has the same number of counters as an array of {s} rows of {g}.",
                true,
                Mis(1),
                $"Turn the array round: the rows become columns, and there are still {p} counters.",
                1,
                new ArrayPicture(g, s)),
            EqualGroups.Doubles => Closing.SpotTheMistake(
                $"{name} says double {s} is {s + 2}. What is double {s}?",
                2 * s,
                s + 2,
                Mis(0),
                $"Double {s} is 2 equal groups of {s}: {s} + {s} = {2 * s}."),
            EqualGroups.Sentences => Closing.Choose(
                dice,
                $"Which multiplication matches {string.Join(" + ", Enumerable.Repeat(s, g))}?",
                $"{g} × {s}",
                [
                    new(string.Join(" × ", Enumerable.Repeat(s, g)), Mis(0)),
                    new($"{g} + {s}", "Adds the number of groups to the group size."),
                    new($"{p} × {g}", Mis(1)),
                ],
                $"There are {g} groups of {s}, so it is {g} × {s} = {p}."),
            EqualGroups.NumberLine => Closing.SpotTheMistake(
                $"{name} made {g} jumps of {s} but started the first jump at 1, landing on {p + 1}. Where should the jumps land?",
                p,
                p + 1,
                Mis(1),
                $"Jumps for multiplication start at 0: {g} jumps of {s} land on {p}.",
                picture: FactPictures.Jumps(g, Fraction.Whole(s), true)),
        };
    }

    /// <inheritdoc />
    protected override string Prompt(FactState state, NumberSentence sentence)
    {
        var (g, s) = (state.WholeX, state.WholeY);
        if (state.Format == QuestionFormat.MatchPicture)
        {
            return "How many are there altogether in the picture?";
        }

        if (state.Format == QuestionFormat.NumberEntry)
        {
            return kind switch
            {
                EqualGroups.Make => $"Make {g} groups with {s} in each group. How many do you need altogether?",
                EqualGroups.Arrays => $"There are {g} rows of {s}. How many are there altogether?",
                EqualGroups.Doubles => $"There are 2 equal groups of {s}. What is double {s}?",
                EqualGroups.NumberLine => $"Make {g} jumps of {s}, starting at 0. Where do you land?",
                _ => $"There are {g} equal groups of {s}. How many are there altogether?",
            };
        }

        // Year 1 and repeated addition write the total as the group size added again and again.
        return asAddition || kind == EqualGroups.RepeatedAddition
            ? $"{string.Join(" + ", Enumerable.Repeat(sentence.Form.Swapped ? g : s, sentence.Form.Swapped ? s : g))} = {Box}"
            : sentence.Text;
    }

    /// <inheritdoc />
    protected override IEnumerable<(string Name, object Value)> NumberFeatures(FactState state) => [(Groups, state.X), (Size, state.Y)];

    /// <inheritdoc />
    protected override Picture? Draw(FactState state, NumberSentence sentence)
    {
        MultiplicativePicture[] kinds = kind switch
        {
            EqualGroups.NumberLine => [MultiplicativePicture.NumberLine, MultiplicativePicture.BarModel],
            EqualGroups.Arrays or EqualGroups.Doubles or EqualGroups.AnyOrder or EqualGroups.Commutativity => [MultiplicativePicture.Array, MultiplicativePicture.BarModel],
            EqualGroups.RepeatedAddition or EqualGroups.Sentences => [MultiplicativePicture.BarModel, MultiplicativePicture.NumberLine],
            _ => [MultiplicativePicture.Array, MultiplicativePicture.NumberLine],
        };
        return MultiplicativePictures.Draw(kinds[state.Picture], sentence);
    }

    /// <inheritdoc />
    protected override string Worked(FactState state, NumberSentence sentence)
    {
        var (g, s) = (state.WholeX, state.WholeY);
        return $"There are {g} groups of {s}: {string.Join(", ", Enumerable.Range(1, g).Select(i => i * s))}. That is {g * s} altogether, and {g} × {s} = {g * s}.";
    }

    /// <inheritdoc />
    protected override int Stem(FactState state, NumberSentence sentence) =>
        kind == EqualGroups.Arrays && sentence.Form.Swapped ? 1 : 0;

    /// <inheritdoc />
    protected override IEnumerable<WrongAnswer> SpecificWrong(FactState state, NumberSentence sentence) =>
        Wrongs.Of([
            (state.X + state.Y, "Adds the number of groups to the number in each group."),
            (sentence.Z - state.Y, "Leaves out one of the groups."),
        ]);
}
