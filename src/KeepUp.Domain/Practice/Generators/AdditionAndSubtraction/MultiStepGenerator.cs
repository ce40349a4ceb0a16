using System.Collections.Generic;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.PupilNumber;

namespace KeepUp.Domain.Practice.Generators.AdditionAndSubtraction;

/// <summary>
/// Two-step word problems: the answer to the first step is needed for the second. The set keeps
/// three numbers and tells them as different stories (two amounts taken from a whole; "more
/// than" then a total; with the four operations, packs bought then a total), drops the bar model,
/// asks for the first step, and ends by correcting an answer that stopped after the first step.
/// </summary>
/// <param name="digits">Digits of the largest number in the stories.</param>
/// <param name="fourOperations">True when one step multiplies (Year 6 problems with the four operations).</param>
internal sealed class MultiStepGenerator(int digits, bool fourOperations) : QuestionGenerator
{
    private const string StoryFeature = "story";
    private const string First = "first number";
    private const string Second = "second number";
    private const string Third = "third number";

    /// <inheritdoc />
    public override string Family => "two-step problems";

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        var low = 3 * PlaceValue.Power(digits - 1);
        var x = dice.Between((int)low, (int)PlaceValue.Power(digits) - 1);
        var y = fourOperations ? dice.Between(12, 48) : dice.Between(x / 10, x / 4);
        var z = fourOperations ? dice.Between(3, 8) : dice.Between(x / 10, x / 4);
        var step2 = fourOperations ? 1 : dice.Between(1, 9) * (int)PlaceValue.Power(System.Math.Max(0, digits - 3));
        var (name, other) = Pupils.TwoNames(dice);
        var things = Pupils.Thing(dice);
        var later = fourOperations ? "packs" : "more than";
        var drafts = new List<QuestionDraft>
        {
            TakeTwice(x, y, z, things, Variation.Start, true),
            TakeTwice(x, y, z + step2, things, Third, true),
            TakeTwice(x, y, z + step2, things, RepresentationFeature, false),
            Story(later, x, y, z + step2, name, other, things, StoryFeature),
            Story(later, x, y + step2, z + step2, name, other, things, Second),
        };
        var z2 = z + step2;
        var y2 = y + step2;
        var (right, wrongs) = fourOperations
            ? ($"{z2} {Times} {Whole(y2)}", new[] { ($"{z2} + {Whole(y2)}", "Adds instead of multiplying to find the packs."), ($"{Whole(x)} + {Whole(y2)}", "Uses the numbers in the order they appear in the question.") })
            : ($"{Whole(x)} + {Whole(y2)}", new[] { ($"{Whole(x)} + {Whole(x)}", "Ignores “more than” and treats the two amounts as equal."), ($"{Whole(x)} {Minus} {Whole(y2)}", "Thinks “more than” tells you to subtract.") });
        var options = new List<string> { wrongs[0].Item1, right, wrongs[1].Item1 };
        drafts.Add(new QuestionDraft
        {
            Format = QuestionFormat.MultipleChoice,
            Prompt = StoryText(later, x, y2, z2, name, other, things) + " What is the first step?",
            Answer = new ChoiceAnswer(right, options),
            Wrong = [new(wrongs[0].Item1, wrongs[0].Item2), new(wrongs[1].Item1, wrongs[1].Item2)],
            Worked = fourOperations
                ? $"First find how many are in the packs, {right} = {Whole(z2 * y2)}; then add the {Whole(x)} {name} had."
                : $"First find how many {other} collected, {right} = {Whole(x + y2)}; then add both amounts.",
            StemSentence = 1,
            Dimension = QuestionTypeFeature,
            Features = Features.Of((StoryFeature, later), (First, x), (Second, y2), (Third, z2)),
        });

        // Two parts of a total, then the difference between them: stopping after the first step gives the other part.
        var total = x;
        var part = y2;
        var rest = total - part;
        drafts.Add(new QuestionDraft
        {
            Format = QuestionFormat.SpotTheMistake,
            Prompt = $"{Whole(total)} people went to a fair on Saturday and Sunday. {Whole(part)} went on Saturday. How many more went on Sunday than on Saturday? {name} says {Whole(rest)}. What is the correct answer?",
            Answer = NumberAnswer.Whole(rest - part),
            Wrong =
            [
                new(Whole(rest), "Stops after the first step and gives that as the answer."),
                new(Whole(total + part), "Picks the operation from the word “more” without picturing the problem."),
            ],
            Worked = $"First find Sunday: {Whole(total)} {Minus} {Whole(part)} = {Whole(rest)}. Then compare: {Whole(rest)} {Minus} {Whole(part)} = {Whole(rest - part)}.",
            StemSentence = 1,
            Dimension = Variation.Deepening,
            Features = Features.Of((StoryFeature, "fair")),
        });
        return drafts;
    }

    private static QuestionDraft TakeTwice(int x, int y, int z, string things, string dimension, bool picture) => new()
    {
        Format = QuestionFormat.NumberEntry,
        Prompt = $"A school had {Whole(x)} {things}. It gave out {Whole(y)} on Monday and {Whole(z)} on Tuesday. How many {things} are left?",
        Picture = picture
            ? new BarModelPicture(
                [new Bar(string.Empty, [new BarSection(Whole(y), y), new BarSection(Whole(z), z), new BarSection(null, x - y - z)])],
                Whole(x))
            : null,
        Answer = NumberAnswer.Whole(x - y - z),
        Wrong =
        [
            new(Whole(x - y), "Stops after the first step and gives that as the answer."),
            new(Whole(y + z), "Finds how many were given out and stops."),
            new(Whole(x - y + z), "Adds the second amount instead of taking it away."),
        ],
        Worked = $"The whole is {Whole(x)}. First {Whole(x)} {Minus} {Whole(y)} = {Whole(x - y)}, then {Whole(x - y)} {Minus} {Whole(z)} = {Whole(x - y - z)}.",
        Dimension = dimension,
        Features = Features.Of((StoryFeature, "given out"), (First, x), (Second, y), (Third, z)),
    };

    private QuestionDraft Story(string story, int x, int y, int z, string name, string other, string things, string dimension)
    {
        var answer = fourOperations ? x + ((long)z * y) : x + x + y;
        return new QuestionDraft
        {
            Format = QuestionFormat.NumberEntry,
            Prompt = StoryText(story, x, y, z, name, other, things),
            Answer = NumberAnswer.Whole(answer),
            Wrong = fourOperations
                ?
                [
                    new(Whole((long)z * y), "Stops after the first step and gives that as the answer."),
                    new(Whole(x + y + z), "Adds all the numbers in the question."),
                    new(Whole(x + y), "Uses only the numbers it can see and forgets the packs."),
                ]
                :
                [
                    new(Whole(x + y), "Stops after the first step and gives that as the answer."),
                    new(Whole(x + x - y), "Thinks “more than” means take away."),
                    new(Whole(x + y + y), "Adds the difference to the wrong amount."),
                ],
            Worked = fourOperations
                ? $"First the packs: {z} {Times} {Whole(y)} = {Whole((long)z * y)}. Then {Whole(x)} + {Whole((long)z * y)} = {Whole(answer)}."
                : $"First {other}: {Whole(x)} + {Whole(y)} = {Whole(x + y)}. Then both together: {Whole(x)} + {Whole(x + y)} = {Whole(answer)}.",
            StemSentence = 1,
            Dimension = dimension,
            Features = Features.Of((StoryFeature, story), (First, x), (Second, y), (Third, z)),
        };
    }

    private static string StoryText(string story, int x, int y, int z, string name, string other, string things) => story == "packs"
        ? $"{name} had {Whole(x)} {things} and bought {z} packs of {Whole(y)} {things}. How many {things} does {name} have now?"
        : $"{name} collected {Whole(x)} {things}. {other} collected {Whole(y)} more than {name}. How many {things} did they collect altogether?";
}
