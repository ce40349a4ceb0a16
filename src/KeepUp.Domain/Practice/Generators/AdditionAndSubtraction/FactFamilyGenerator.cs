using System.Collections.Generic;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.PupilNumber;

namespace KeepUp.Domain.Practice.Generators.AdditionAndSubtraction;

/// <summary>
/// One whole and two parts give two additions and two subtractions, and each undoes the other.
/// As a fact family the set derives the subtractions from an addition, shows the same three
/// numbers as a bar, picks the true member of the family and judges a swapped subtraction. As a
/// check the set checks a subtraction by adding and an addition by subtracting, then chooses
/// the calculation that checks and judges a check that adds to the whole.
/// </summary>
/// <param name="digits">Digits of the whole (1 for within 10).</param>
/// <param name="checking">True for "check with the inverse" steps, false for fact families.</param>
internal sealed class FactFamilyGenerator(int digits, bool checking) : QuestionGenerator
{
    private const string PartsFeature = "parts";
    private const string Given = "given";
    private const string Asked = "asked";

    /// <inheritdoc />
    public override string Family => "fact families and the inverse";

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        var (a, b) = Parts(dice);
        return checking ? Check(dice, a, b) : FactFamily(dice, a, b);
    }

    private (long A, long B) Parts(Dice dice)
    {
        if (digits == 1)
        {
            var small = dice.Between(2, 3);
            return (dice.Between(small + 2, 8 - small), small);
        }

        // Both parts have the whole's number of digits less one at least, and the whole keeps its digits after the part grows by one.
        var low = PlaceValue.Power(digits - 1);
        var high = PlaceValue.Power(digits) - 2;
        var whole = dice.Between((int)(low + (low / 2)), (int)high);
        var b = dice.Between((int)System.Math.Max(low / 10 * 3, 2), (int)((whole - 3) / 2));
        return (whole - b, b);
    }

    private List<QuestionDraft> FactFamily(Dice dice, long a, long b)
    {
        QuestionDraft Derive(long x, long y, bool takeFirst, string dimension, Picture picture)
        {
            var whole = x + y;
            var (taken, left) = takeFirst ? (x, y) : (y, x);
            return new QuestionDraft
            {
                Format = QuestionFormat.MissingNumber,
                Prompt = $"If {Whole(x)} + {Whole(y)} = {Whole(whole)}, then {Whole(whole)} {Minus} {Whole(taken)} = {Box}",
                Picture = picture,
                Answer = NumberAnswer.Whole(left),
                Wrong =
                [
                    new(Whole(whole + taken), "Adds instead of using the subtraction from the same family."),
                    new(Whole(taken), "Gives the part that was taken away instead of the part that is left."),
                    new(Whole(whole), "Gives the whole instead of a part."),
                ],
                Worked = $"{Whole(whole)} is the whole and {Whole(x)} and {Whole(y)} are the parts: take one part from the whole and the other is left, {Whole(left)}.",
                StemSentence = 1,
                Dimension = dimension,
                Features = Features.Of((PartsFeature, $"{x}|{y}"), (Given, "addition"), (Asked, takeFirst ? "whole − first" : "whole − second")),
            };
        }

        var (b2, w2) = (b + 1, a + b + 1);
        var drafts = new List<QuestionDraft>
        {
            Derive(a, b, false, Variation.Start, Models.PartWhole(Whole(a + b), Whole(a), Whole(b))),
            Derive(a, b, true, Asked, Models.PartWhole(Whole(a + b), Whole(a), Whole(b))),
            Derive(a, b, true, RepresentationFeature, Models.Parts(a, Whole(a), b, Whole(b), Whole(a + b))),
            Derive(a, b2, true, PartsFeature, Models.Parts(a, Whole(a), b2, Whole(b2), Whole(w2))),
        };
        var right = $"{Whole(w2)} {Minus} {Whole(a)} = {Whole(b2)}";
        var partFirst = $"{Whole(a)} {Minus} {Whole(w2)} = {Whole(b2)}";
        var wholeAsPart = $"{Whole(b2)} + {Whole(w2)} = {Whole(a)}";
        drafts.Add(new QuestionDraft
        {
            Format = QuestionFormat.MultipleChoice,
            Prompt = $"Which of these is in the fact family of {Whole(a)}, {Whole(b2)} and {Whole(w2)}?",
            Picture = Models.Parts(a, Whole(a), b2, Whole(b2), Whole(w2)),
            Answer = new ChoiceAnswer(right, [partFirst, right, wholeAsPart]),
            Wrong =
            [
                new(partFirst, "Writes a subtraction starting with a part because it uses the same numbers."),
                new(wholeAsPart, "Puts the whole as one of the parts."),
            ],
            Worked = $"{Whole(w2)} is the whole, so every subtraction starts with {Whole(w2)}: {right}.",
            Dimension = QuestionTypeFeature,
            Features = Features.Of((PartsFeature, $"{a}|{b2}"), (Given, "addition"), (Asked, "whole − first")),
        });
        var features = Features.Of((PartsFeature, "statement"));
        var (p, q) = Parts(dice);
        drafts.Add(dice.Chance(50)
            ? Judgements.TrueOrFalse(
                $"Knowing {Whole(q)} + {Whole(p)} = {Whole(p + q)} tells you {Whole(p + q)} {Minus} {Whole(q)} = {Whole(p)}.",
                true,
                $"Does not see that {Whole(p + q)} {Minus} {Whole(q)} = {Whole(p)} can be found from {Whole(q)} + {Whole(p)} = {Whole(p + q)}.",
                $"The whole is {Whole(p + q)} and the parts are {Whole(q)} and {Whole(p)}, so taking {Whole(q)} from the whole leaves {Whole(p)}.",
                features,
                1)
            : Judgements.TrueOrFalse(
                $"{Whole(p)} {Minus} {Whole(q)} is the same as {Whole(q)} {Minus} {Whole(p)}, because {Whole(p)} + {Whole(q)} is the same as {Whole(q)} + {Whole(p)}.",
                false,
                "Thinks subtraction can be done in any order because addition can.",
                $"Swapping the parts of an addition keeps the whole, but a subtraction must start with the whole: {Whole(p)} {Minus} {Whole(q)} = {Whole(p - q)}.",
                features,
                1));
        return drafts;
    }

    private List<QuestionDraft> Check(Dice dice, long a, long b)
    {
        QuestionDraft CheckIt(long x, long y, bool checkingSubtraction, string dimension, Picture picture)
        {
            var whole = x + y;
            return new QuestionDraft
            {
                Format = QuestionFormat.MissingNumber,
                Prompt = checkingSubtraction
                    ? $"Check {Whole(whole)} {Minus} {Whole(y)} = {Whole(x)} by adding: {Whole(x)} + {Whole(y)} = {Box}"
                    : $"Check {Whole(x)} + {Whole(y)} = {Whole(whole)} by subtracting: {Whole(whole)} {Minus} {Whole(y)} = {Box}",
                Picture = picture,
                Answer = NumberAnswer.Whole(checkingSubtraction ? whole : x),
                Wrong = checkingSubtraction
                    ? [new(Whole(whole - y), "Does the same subtraction again instead of the inverse."), new(Whole(x + whole), "Adds the answer to the whole rather than to the part.")]
                    : [new(Whole(whole + y), "Adds again instead of using the inverse."), new(Whole(y), "Gives the number subtracted instead of the part that is left.")],
                Worked = checkingSubtraction
                    ? $"Adding the parts {Whole(x)} and {Whole(y)} gives the whole, {Whole(whole)}, so the subtraction is right."
                    : $"Taking the part {Whole(y)} from the whole {Whole(whole)} leaves the other part, {Whole(x)}, so the addition is right.",
                StemSentence = checkingSubtraction ? 1 : 0,
                Dimension = dimension,
                Features = Features.Of((PartsFeature, $"{x}|{y}"), ("checked", checkingSubtraction ? "subtraction" : "addition")),
            };
        }

        var (a2, b2) = (a - 1, b + 1);
        var whole = a + b;
        var drafts = new List<QuestionDraft>
        {
            CheckIt(a, b, true, Variation.Start, Models.Parts(a, Whole(a), b, Whole(b), Whole(whole))),
            CheckIt(a2, b2, true, PartsFeature, Models.Parts(a2, Whole(a2), b2, Whole(b2), Whole(whole))),
            CheckIt(a2, b2, false, "checked", Models.Parts(a2, Whole(a2), b2, Whole(b2), Whole(whole))),
            CheckIt(a2, b2, false, RepresentationFeature, Models.PartWhole(Whole(whole), Whole(a2), Whole(b2))),
        };
        var right = $"{Whole(whole)} {Minus} {Whole(b2)}";
        var same = $"{Whole(a2)} + {Whole(b2)}";
        var added = $"{Whole(whole)} + {Whole(b2)}";
        drafts.Add(new QuestionDraft
        {
            Format = QuestionFormat.MultipleChoice,
            Prompt = $"Which calculation checks {Whole(a2)} + {Whole(b2)} = {Whole(whole)}?",
            Picture = Models.PartWhole(Whole(whole), Whole(a2), Whole(b2)),
            Answer = new ChoiceAnswer(right, [same, right, added]),
            Wrong =
            [
                new(same, "Checks by doing the same calculation again."),
                new(added, "Adds to the whole instead of using the inverse."),
            ],
            Worked = $"Subtraction undoes addition: {right} should give {Whole(a2)}.",
            Dimension = QuestionTypeFeature,
            Features = Features.Of((PartsFeature, $"{a2}|{b2}"), ("checked", "addition")),
        });
        var (p, q) = Parts(dice);
        var w = p + q;
        var features = Features.Of((PartsFeature, "statement"));
        var pick = dice.Between(0, 2);
        drafts.Add(pick switch
        {
            0 => Judgements.TrueOrFalse(
                $"You can check {Whole(w)} {Minus} {Whole(q)} = {Whole(p)} by working out {Whole(p)} + {Whole(q)}.",
                true,
                "Does not trust adding the parts to check a subtraction.",
                $"{Whole(p)} + {Whole(q)} = {Whole(w)}, the whole we started with, so the subtraction is right.",
                features,
                1),
            1 => Judgements.TrueOrFalse(
                $"You can check {Whole(w)} {Minus} {Whole(q)} = {Whole(p)} by working out {Whole(w)} + {Whole(q)}.",
                false,
                $"Thinks {Whole(w)} {Minus} {Whole(q)} can be checked with {Whole(w)} + {Whole(q)}.",
                $"The inverse adds the answer to the number subtracted: {Whole(p)} + {Whole(q)} = {Whole(w)}.",
                features,
                1),
            _ => Judgements.TrueOrFalse(
                $"You can check {Whole(w)} {Minus} {Whole(q)} = {Whole(p)} by working out {Whole(p)} + {Whole(w)}.",
                false,
                "Adds the answer to the whole rather than to the part.",
                $"The answer is a part, so add it to the other part: {Whole(p)} + {Whole(q)} = {Whole(w)}.",
                features,
                1),
        });
        return drafts;
    }
}
