using System.Collections.Generic;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.PupilNumber;

namespace KeepUp.Domain.Practice.Generators.AdditionAndSubtraction;

/// <summary>
/// Missing numbers and one-step word problems: decide whether the unknown is a part or the whole,
/// then subtract to find a part or add to find the whole, wherever the box sits. The set keeps
/// one bar model while the box moves round an addition and a subtraction, tells the same
/// structure as a story, asks which calculation solves it, and ends with an equals sign on the left.
/// </summary>
/// <param name="lowest">The smallest whole.</param>
/// <param name="highest">The greatest whole.</param>
/// <param name="smallestPart">The smallest part.</param>
internal sealed class MissingNumberGenerator(int lowest, int highest, int smallestPart) : QuestionGenerator
{
    private const string PartsFeature = "parts";
    private const string Unknown = "unknown";
    private const string Form = "form";

    /// <inheritdoc />
    public override string Family => "missing numbers and one-step problems";

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        var whole = dice.Between(lowest, highest);
        var b = dice.Between(smallestPart, System.Math.Max(smallestPart, (whole / 2) - 1));
        var a = whole - b;
        var (a2, b2) = (a - 1, b + 1);
        var name = Pupils.Name(dice);
        var things = Pupils.Thing(dice);
        QuestionDraft Ask(long x, long y, string unknown, string form, string dimension)
        {
            var w = x + y;
            var (prompt, answer, wrong, worked, stem) = (unknown, form) switch
            {
                ("first part", _) => (
                    $"{Box} + {Whole(y)} = {Whole(w)}",
                    x,
                    new List<WrongAnswer> { new(Whole(w + y), "Always adds the two numbers they can see."), new(Whole(w), "Gives the whole instead of the missing part.") },
                    $"{Whole(w)} is the whole and {Whole(y)} is a part, so the missing part is {Whole(w)} {Minus} {Whole(y)} = {Whole(x)}.",
                    0),
                ("second part", "addition") => (
                    $"{Whole(x)} + {Box} = {Whole(w)}",
                    y,
                    [new(Whole(w + x), "Always adds the two numbers they can see."), new(Whole(w), "Gives the whole instead of the missing part.")],
                    $"{Whole(w)} is the whole and {Whole(x)} is a part, so the missing part is {Whole(w)} {Minus} {Whole(x)} = {Whole(y)}.",
                    0),
                ("second part", _) => (
                    $"{Whole(w)} {Minus} {Box} = {Whole(x)}",
                    y,
                    [new(Whole(w + x), "Adds the two numbers they can see."), new(Whole(x), "Copies a number from the sentence.")],
                    $"{Whole(w)} is the whole and {Whole(x)} is what is left, so {Whole(w)} {Minus} {Whole(x)} = {Whole(y)} was taken away.",
                    0),
                (_, "story") => (
                    $"{name} had some {things} and gave {Whole(y)} away. Now {name} has {Whole(x)}. At first {name} had {Box}.",
                    w,
                    [new(Whole(x - y), "Subtracts because the story says “gave away”, without thinking which number is the whole."), new(Whole(x), "Gives the number left instead of the number at first.")],
                    $"The number at first is the whole; the parts are {Whole(y)} given away and {Whole(x)} left, so {Whole(x)} + {Whole(y)} = {Whole(w)}.",
                    1),
                _ => (
                    $"{Box} {Minus} {Whole(y)} = {Whole(x)}",
                    w,
                    [new(Whole(x - y), $"Subtracts {Whole(y)} from {Whole(x)} because the sentence shows −, instead of adding."), new(Whole(x), "Copies a number from the sentence.")],
                    $"The missing number is the whole: {Whole(x)} + {Whole(y)} = {Whole(w)}.",
                    1),
            };
            wrong.Add(new(Whole(answer + 1), "Counts on and is one out."));
            return new QuestionDraft
            {
                Format = QuestionFormat.MissingNumber,
                Prompt = prompt,
                Picture = unknown == "whole"
                    ? Models.Parts(x, Whole(x), y, Whole(y), "?")
                    : Models.Parts(x, unknown == "first part" ? null : Whole(x), y, unknown == "first part" ? Whole(y) : null, Whole(w)),
                Answer = NumberAnswer.Whole(answer),
                Wrong = wrong,
                Worked = worked,
                StemSentence = stem,
                Dimension = dimension,
                Features = Features.Of((PartsFeature, $"{x}|{y}"), (Unknown, unknown), (Form, form)),
            };
        }

        var drafts = new List<QuestionDraft>
        {
            Ask(a, b, "first part", "addition", Variation.Start),
            Ask(a2, b2, "first part", "addition", PartsFeature),
            Ask(a2, b2, "second part", "addition", Unknown),
            Ask(a2, b2, "second part", "subtraction", Form),
            Ask(a2, b2, "whole", "subtraction", Unknown),
            Ask(a2, b2, "whole", "story", Form),
        };
        var right = $"{Whole(a2)} + {Whole(b2)}";
        var shown = $"{Whole(a2)} {Minus} {Whole(b2)}";
        drafts.Add(new QuestionDraft
        {
            Format = QuestionFormat.MultipleChoice,
            Prompt = $"{name} had some {things} and gave {Whole(b2)} away. Now {name} has {Whole(a2)}. Which calculation finds how many {name} had at first?",
            Picture = Models.Parts(a2, Whole(a2), b2, Whole(b2), "?"),
            Answer = new ChoiceAnswer(right, [shown, right]),
            Wrong = [new(shown, "Picks the operation from a key word (“gave away” means take away) instead of the structure.")],
            Worked = $"We know both parts, so we add to find the whole: {right} = {Whole(a2 + b2)}.",
            StemSentence = 1,
            Dimension = QuestionTypeFeature,
            Features = Features.Of((PartsFeature, $"{a2}|{b2}"), (Unknown, "whole"), (Form, "story")),
        });
        var truth = dice.Chance(50);
        var c = truth ? a2 : a2 + 1;
        drafts.Add(Judgements.TrueOrFalse(
            $"{Whole(c)} = {Whole(a2 + b2)} {Minus} {Whole(b2)}",
            truth,
            truth ? "Thinks the answer must come after the equals sign." : "Accepts a number sentence without checking that both sides have the same value.",
            truth
                ? $"= means both sides have the same value: {Whole(a2 + b2)} {Minus} {Whole(b2)} is worth {Whole(a2)}."
                : $"{Whole(a2 + b2)} {Minus} {Whole(b2)} is worth {Whole(a2)}, not {Whole(c)}, so the two sides are not equal.",
            Features.Of((PartsFeature, "statement"))));
        return drafts;
    }
}
