using System.Collections.Generic;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using static KeepUp.Domain.Practice.PupilNumber;

namespace KeepUp.Domain.Practice.Generators.AdditionAndSubtraction;

/// <summary>
/// Subtraction as difference: how many more one amount has than another, seen as the extra part
/// of the longer bar and as the hop from the smaller number to the greater. The set changes the
/// smaller number, moves to a number line, asks "how many more?" and "how many fewer?" about the
/// same two amounts, writes it as counting on, and ends by judging whether the difference stays
/// the same when both numbers grow by the same amount.
/// </summary>
/// <param name="limit">The greatest number used (20 or 100).</param>
/// <param name="storyFirst">True to start from a "how many more?" story rather than the word difference.</param>
internal sealed class DifferenceGenerator(int limit, bool storyFirst) : QuestionGenerator
{
    private const string Greater = "greater number";
    private const string Smaller = "smaller number";
    private const string Wording = "wording";

    /// <inheritdoc />
    public override string Family => "find the difference";

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        var greater = limit <= 20 ? dice.Between(12, 19) : dice.Between(45, 89);
        var smaller = limit <= 20 ? dice.Between(greater - 9, greater - 4) : dice.Between(greater - 38, greater - 12);
        var (first, second) = Pupils.TwoNames(dice);
        var things = Pupils.Thing(dice);
        QuestionDraft Ask(int big, int small, string wording, string dimension, Picture picture) => new()
        {
            Format = QuestionFormat.MissingNumber,
            Prompt = wording switch
            {
                "difference" => $"The difference between {Whole(big)} and {Whole(small)} is {Box}.",
                "more" => $"{first} has {Whole(big)} {things}. {second} has {Whole(small)} {things}. {first} has {Box} more than {second}.",
                "fewer" => $"{first} has {Whole(big)} {things}. {second} has {Whole(small)} {things}. {second} has {Box} fewer than {first}.",
                _ => $"{Whole(small)} + {Box} = {Whole(big)}",
            },
            Picture = picture,
            Answer = Practice.Answers.NumberAnswer.Whole(big - small),
            Wrong =
            [
                new(Whole(big), "Gives the greater number instead of the extra part."),
                new(Whole(big + small), wording is "more" ? "Adds the two numbers because the question says “more”." : "Adds the two numbers when asked for the difference."),
                new(Whole(big - small + 1), "Counts the starting number as one of the jumps when counting on."),
            ],
            Worked = $"Count on from {Whole(small)} to {Whole(big)}: that is {Whole(big - small)}, so {Whole(big)} {Minus} {Whole(small)} = {Whole(big - small)}.",
            StemSentence = wording == "fewer" ? 1 : 0,
            Dimension = dimension,
            Features = Features.Of((Greater, big), (Smaller, small), (Wording, wording)),
        };

        BarModelPicture Bars(int big, int small) => Models.Compare(first, big, Whole(big), second, small, Whole(small), "?");
        NumberLinePicture Line(int big, int small) => Models.Hops(limit <= 20 ? 1 : 10, small, [(big, "?")], showLast: true);

        var s2 = smaller + 1;
        var opening = storyFirst ? "more" : "difference";
        var later = storyFirst ? "difference" : "more";
        var drafts = new List<QuestionDraft>
        {
            Ask(greater, smaller, opening, Variation.Start, Bars(greater, smaller)),
            Ask(greater, s2, opening, Smaller, Bars(greater, s2)),
            Ask(greater, s2, opening, RepresentationFeature, Line(greater, s2)),
            Ask(greater, s2, later, Wording, Line(greater, s2)),
            Ask(greater, s2, "fewer", Wording, Line(greater, s2)),
            Ask(greater, s2, "sentence", Wording, Line(greater, s2)),
        };
        var shift = limit <= 20 ? 1 : 10;
        var bothMove = dice.Chance(50);
        drafts.Add(Judgements.TrueOrFalse(
            bothMove
                ? $"The difference between {Whole(greater)} and {Whole(s2)} is the same as the difference between {Whole(greater + shift)} and {Whole(s2 + shift)}."
                : $"The difference between {Whole(greater)} and {Whole(s2)} is the same as the difference between {Whole(greater + shift)} and {Whole(s2)}.",
            bothMove,
            bothMove ? "Thinks the difference changes whenever the numbers change." : "Thinks making one number bigger keeps the difference the same.",
            bothMove
                ? $"Both numbers are {shift} more, so the gap between them does not change: it is still {Whole(greater - s2)}."
                : $"Only the greater number grew, so the difference grew by {shift} to {Whole(greater + shift - s2)}.",
            Features.Of((Greater, "statement"))));
        return drafts;
    }
}
