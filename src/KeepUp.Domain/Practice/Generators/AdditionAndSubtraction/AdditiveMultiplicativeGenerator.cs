using System.Collections.Generic;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.PupilNumber;

namespace KeepUp.Domain.Practice.Generators.AdditionAndSubtraction;

/// <summary>
/// Two numbers compared by difference and by multiplier (24 is 18 more than 6, and 4 times 6).
/// The set asks both comparisons of one pair, changes the smaller number, then the multiplier,
/// shows the difference on a number line, picks the true statement and ends by judging
/// "twice as many" said of an amount that is only two more.
/// </summary>
internal sealed class AdditiveMultiplicativeGenerator : QuestionGenerator
{
    private const string Smaller = "smaller number";
    private const string Multiplier = "multiplier";
    private const string Relationship = "relationship";

    /// <inheritdoc />
    public override string Family => "additive and multiplicative comparison";

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        var s = dice.Between(3, 8);
        var m = dice.Between(3, 5);
        QuestionDraft Compare(int small, int times, bool additive, string dimension, Picture picture)
        {
            var big = small * times;
            return new QuestionDraft
            {
                Format = QuestionFormat.MissingNumber,
                Prompt = additive ? $"{big} is {Box} more than {small}." : $"{big} is {Box} times the size of {small}.",
                Picture = picture,
                Answer = NumberAnswer.Whole(additive ? big - small : times),
                Wrong = additive
                    ? [new(Whole(times), "Gives the multiplier when the question asks how many more."), new(Whole(big + small), "Adds the two numbers.")]
                    : [new(Whole(big - small), "Gives the difference when the question asks how many times."), new(Whole(times + 1), "Counts the bars rather than how many smaller amounts fit into the greater one.")],
                Worked = additive
                    ? $"{big} {Minus} {small} = {big - small}, so {big} is {big - small} more than {small}."
                    : $"{small} {Times} {times} = {big}, so {big} is {times} times the size of {small}.",
                StemSentence = additive ? 0 : 1,
                Dimension = dimension,
                Features = Features.Of((Smaller, small), (Multiplier, times), (Relationship, additive ? "difference" : "multiplier")),
            };
        }

        static BarModelPicture Bars(int small, int times)
        {
            var top = new List<BarSection>();
            for (var i = 0; i < times; i++)
            {
                top.Add(new BarSection(Whole(small), small));
            }

            return new BarModelPicture([new Bar("A", top), new Bar("B", [new BarSection(Whole(small), small)])]);
        }

        var (s2, m2) = (s + 1, m + 1);
        var drafts = new List<QuestionDraft>
        {
            Compare(s, m, true, Variation.Start, Bars(s, m)),
            Compare(s, m, false, Relationship, Bars(s, m)),
            Compare(s2, m, false, Smaller, Bars(s2, m)),
            Compare(s2, m2, false, Multiplier, Bars(s2, m2)),
            Compare(s2, m2, true, Relationship, Bars(s2, m2)),
            Compare(s2, m2, true, RepresentationFeature, Models.Hops(s2, s2, [(s2 * m2, "?")], showLast: true)),
        };
        var big = s2 * m2;
        var right = $"{big} is {m2} times {s2}";
        var mixed = $"{big} is {m2} more than {s2}";
        var swapped = $"{s2} is {m2} times {big}";
        drafts.Add(new QuestionDraft
        {
            Format = QuestionFormat.MultipleChoice,
            Prompt = $"Which statement is true?",
            Picture = Models.Hops(s2, s2, [(big, "?")], showLast: true),
            Answer = new ChoiceAnswer(right, [mixed, right, swapped]),
            Wrong =
            [
                new(mixed, "Mixes up “times as many” with “more than”."),
                new(swapped, "Reads the comparison the wrong way round."),
            ],
            Worked = $"{s2} {Times} {m2} = {big}, so {right}; it is {big - s2} more, not {m2} more.",
            StemSentence = 1,
            Dimension = QuestionTypeFeature,
            Features = Features.Of((Smaller, s2), (Multiplier, m2), (Relationship, "difference")),
        });
        var n = dice.Between(3, 9);
        drafts.Add(Judgements.TrueOrFalse(
            $"Ella has {n + 2} stickers and Femi has {n}, so Ella has twice as many stickers as Femi.",
            false,
            "Says “twice as many” when one amount is only two more than the other.",
            $"Ella has 2 more than Femi. Twice as many would be {n} {Times} 2 = {2 * n}.",
            Features.Of((Smaller, "statement"))));
        return drafts;
    }
}
