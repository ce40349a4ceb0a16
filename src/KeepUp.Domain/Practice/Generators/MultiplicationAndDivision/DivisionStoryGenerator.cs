using System.Collections.Generic;
using System.Linq;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Generators.NumberFacts;
using static KeepUp.Domain.Practice.PupilNumber;

namespace KeepUp.Domain.Practice.Generators.MultiplicationAndDivision;

/// <summary>What an equal-groups story set practises.</summary>
public enum Stories
{
    /// <summary>Put a whole into groups of a size: how many groups?</summary>
    Grouping,

    /// <summary>Share a whole between a number of groups: how many in each?</summary>
    Sharing,

    /// <summary>The same numbers as a grouping story and as a sharing story.</summary>
    GroupingOrSharing,

    /// <summary>Find the total, the number of groups or the group size.</summary>
    Solve,

    /// <summary>A bar of equal parts: the whole, the number of parts and each part.</summary>
    BarModel,
}

/// <summary>
/// Equal-group stories: the same three numbers — a whole, a number of groups and a group size —
/// told as a multiplication, a sharing and a grouping story, pictured with counters in rows and a
/// bar model, and then written as a number sentence, so pupils decide what is unknown before
/// they calculate.
/// </summary>
/// <param name="kind">What the step teaches.</param>
/// <param name="sizes">The group sizes the year uses.</param>
public sealed class DivisionStoryGenerator(Stories kind, params int[] sizes) : NumberSentenceGenerator
{
    private const string Groups = "number of groups";
    private const string Size = "group size";

    private static readonly (string Items, string Groups, string Group)[] Contexts =
    [
        ("sweets", "bags", "bag"), ("pencils", "pots", "pot"), ("marbles", "jars", "jar"),
        ("apples", "baskets", "basket"), ("cubes", "towers", "tower"), ("eggs", "boxes", "box"),
    ];

    /// <inheritdoc />
    public override string Family => "grouping and sharing stories";

    /// <inheritdoc />
    protected override bool Multiplicative => true;

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        var size = dice.Pick(sizes);
        var most = sizes.Max() <= 10 && step.Year <= 2 ? 5 : 9;
        var groups = dice.Pick([.. Enumerable.Range(2, most - 1).Where(g => g != size && g + 1 != size && g != size + 1)]);
        var name = PupilNames.Pick(dice);
        var more = new Move(Groups, s => s with { X = s.X + Fraction.Whole(1) });
        var story = QuestionFormat.NumberEntry;
        (FactForm Form, Move[] Moves) plan = kind switch
        {
            Stories.Grouping => (FactForm.TakeSecond, [more, NextPicture, AskAs(QuestionFormat.MissingNumber), Swap]),
            Stories.Sharing => (FactForm.TakeFirst, [more, NextPicture, AskAs(QuestionFormat.MissingNumber), Swap]),
            Stories.GroupingOrSharing => (FactForm.TakeSecond, [Swap, NextPicture, more, AskAs(QuestionFormat.MissingNumber)]),
            Stories.Solve => (FactForm.Forward, [Inverse, Swap, NextPicture, AskAs(QuestionFormat.MissingNumber)]),
            Stories.BarModel => (FactForm.TakeFirst, [more, AskAs(QuestionFormat.MissingNumber), Inverse, NextPicture]),
        };
        var start = new FactState(groups, size, plan.Form, 0, story);
        return Sequence(start, plan.Moves, s => Close(step, dice, name, Contexts[s.WholeY % Contexts.Length], s.WholeX, s.WholeY));
    }

    private QuestionDraft Close(SmallStep step, Dice dice, string name, (string Items, string Groups, string Group) c, int g, int s)
    {
        string Mis(string word, int fallback) => step.Misconceptions.FirstOrDefault(m => m.Contains(word, System.StringComparison.OrdinalIgnoreCase))
            ?? step.Misconceptions[System.Math.Min(fallback, step.Misconceptions.Count - 1)];
        var z = g * s;
        return kind switch
        {
            Stories.Grouping => Closing.SpotTheMistake(
                $"{name} put {z} {c.Items} into {c.Groups} of {s} and said there are {s} {c.Groups}. How many {c.Groups} are there?",
                g,
                s,
                Mis("size", 0),
                $"Count the groups, not what is in each: {z} {Divide} {s} = {g}, so there are {g} {c.Groups}."),
            Stories.Sharing when step.Year == 1 => Closing.TrueOrFalse(
                $"{z} {c.Items} are shared fairly between {g} friends. One friend can get {s + 1} and another {s - 1}.",
                false,
                step.Misconceptions[0],
                $"Fair sharing means every group has the same: {z} shared between {g} is {s} each."),
            Stories.Sharing => Closing.TrueOrFalse(
                $"{z} shared equally between {g} is {s} each, so {g} {Divide} {z} = {s}.",
                false,
                Mis("first", 0),
                $"The whole comes first in a division: {z} {Divide} {g} = {s}."),
            Stories.GroupingOrSharing => Closing.Choose(
                dice,
                $"{name} puts {z} {c.Items} into {c.Groups} of {s}. Is this grouping or sharing?",
                "Grouping",
                [new("Sharing", step.Misconceptions[0])],
                $"We know how many go in each {c.Group} ({s}), so we make groups of {s}: that is grouping. There are {g} {c.Groups}."),
            Stories.BarModel => Closing.SpotTheMistake(
                $"A bar worth {z} is split into {g} equal parts. {name} wrote {g} in each part. What should each part say?",
                s,
                g,
                step.Misconceptions[1],
                $"Each part is worth {z} {Divide} {g} = {s}; {g} is how many parts there are.",
                picture: FactPictures.EqualParts(g, null, Whole(z))),
            _ => Closing.SpotTheMistake(
                $"{g} {c.Groups} hold {z} {c.Items} altogether, with the same number in each. {name} says there are {g} {c.Items} in each {c.Group}. How many are in each {c.Group}?",
                s,
                g,
                Mis("groups", 1),
                $"The whole is {z} and there are {g} {c.Groups}, so each {c.Group} has {z} {Divide} {g} = {s}."),
        };
    }

    /// <inheritdoc />
    protected override string Prompt(FactState state, NumberSentence sentence)
    {
        if (state.Format != QuestionFormat.NumberEntry)
        {
            return base.Prompt(state, sentence);
        }

        var (g, s, z) = (state.WholeX, state.WholeY, state.WholeX * state.WholeY);
        var c = Contexts[s % Contexts.Length];
        return sentence.BoxedRole switch
        {
            'z' => $"There are {g} {c.Groups} with {s} {c.Items} in each {c.Group}. How many {c.Items} are there altogether?",
            'x' => $"There are {z} {c.Items}. They are put into {c.Groups} of {s}. How many {c.Groups} are there?",
            _ => $"{z} {c.Items} are shared equally between {g} {c.Groups}. How many {c.Items} are in each {c.Group}?",
        };
    }

    /// <inheritdoc />
    protected override IEnumerable<(string Name, object Value)> NumberFeatures(FactState state) => [(Groups, state.X), (Size, state.Y)];

    /// <inheritdoc />
    protected override Picture? Draw(FactState state, NumberSentence sentence)
    {
        MultiplicativePicture[] kinds = kind == Stories.BarModel
            ? [MultiplicativePicture.BarModel, MultiplicativePicture.Array]
            : [MultiplicativePicture.Array, MultiplicativePicture.BarModel];
        return MultiplicativePictures.Draw(kinds[state.Picture], sentence);
    }

    /// <inheritdoc />
    protected override string Worked(FactState state, NumberSentence sentence)
    {
        var (g, s, z) = (state.WholeX, state.WholeY, state.WholeX * state.WholeY);
        return sentence.BoxedRole switch
        {
            'z' => $"{g} groups of {s} make {z}: {sentence.Filled}.",
            'x' => $"{z} in groups of {s} makes {g} groups, because {g} × {s} = {z}: {sentence.Filled}.",
            _ => $"{z} shared equally between {g} is {s} each, because {g} × {s} = {z}: {sentence.Filled}.",
        };
    }

    /// <inheritdoc />
    protected override int Stem(FactState state, NumberSentence sentence) => kind switch
    {
        Stories.GroupingOrSharing => sentence.BoxedRole == 'x' ? 0 : 1,
        Stories.Solve => sentence.BoxedRole == 'z' ? 1 : 0,
        _ => 0,
    };

    /// <inheritdoc />
    protected override IEnumerable<WrongAnswer> SpecificWrong(FactState state, NumberSentence sentence) => sentence.BoxedRole switch
    {
        'x' => Wrongs.Of(state.Y, "Gives the size of each group instead of the number of groups."),
        'y' => Wrongs.Of(state.X, "Gives the number of groups instead of how many are in each."),
        _ => Wrongs.Of(state.X + state.Y, "Adds the numbers in the story without picturing the groups."),
    };
}
