using System.Collections.Generic;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.PupilNumber;

namespace KeepUp.Domain.Practice.Generators.NumberAndPlaceValue;

/// <summary>
/// Splitting a whole (100, 1,000, 1, any power of ten) into 2, 4, 5 or 10 equal parts and using
/// the size of a part to read a scale: the number of parts changes, the bar becomes a number
/// line, an arrow is read, the parts change again and the scale moves along; it ends by putting
/// right the classic "100 in four parts is 20 each".
/// </summary>
/// <param name="wholes">The wholes split (one is picked for each set).</param>
/// <param name="maxStart">The scale starts at a multiple of the whole from 0 up to this many wholes (0: scales from zero only).</param>
public sealed class ScaleReadingGenerator(decimal[] wholes, int maxStart) : QuestionGenerator
{
    private const string WholeFeature = "whole";
    private const string Parts = "parts";
    private const string Start = "start";

    private static readonly int[] Splits = [2, 4, 5, 10];

    /// <inheritdoc />
    public override string Family => "split a whole into equal parts and read scales";

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        var whole = Fraction.FromDecimal(dice.Pick(wholes));
        var order = dice.Shuffle(Splits);
        var (p1, p2, p3) = (order[0], order[1], order[2]);
        var drafts = new List<QuestionDraft>
        {
            Split(whole, p1, bar: true, Variation.Start),
            Split(whole, p2, bar: true, Parts),
            Split(whole, p2, bar: false, RepresentationFeature),
            Read(whole, p2, Fraction.Zero, dice.Between(1, p2 - 1), QuestionTypeFeature),
            Read(whole, p3, Fraction.Zero, dice.Between(1, p3 - 1), Parts),
        };
        if (maxStart > 0)
        {
            var start = whole * Fraction.Whole(dice.Between(1, maxStart));
            drafts.Add(Read(whole, p3, start, dice.Between(1, p3 - 1), Start));
        }

        drafts.Add(Mistake(dice, whole));
        return drafts;
    }

    private static string Text(Fraction x) => x.IsWhole ? Whole(x.Numerator) : Decimal(x);

    private static NumberAnswer Answer(Fraction x) => x.IsWhole ? NumberAnswer.Whole(x.Numerator) : NumberAnswer.Decimal(x);

    private static List<WrongAnswer> SplitWrong(Fraction whole, int parts)
    {
        var wrong = new List<WrongAnswer>();
        if (parts == 4)
        {
            wrong.Add(new(Text(whole / Fraction.Whole(5)), "Mixes up quarters and fifths, so thinks four equal parts are a fifth each."));
        }

        if (parts != 10)
        {
            wrong.Add(new(Text(whole * Fraction.Of(parts, 10)), $"Thinks {parts} equal parts are {parts} tenths each."));
        }

        wrong.Add(new(Text(whole * Fraction.Whole(parts)), "Multiplies by the number of parts instead of splitting."));
        return wrong;
    }

    private static QuestionDraft Split(Fraction whole, int parts, bool bar, string dimension)
    {
        var each = whole / Fraction.Whole(parts);
        var sections = new List<BarSection>();
        for (var i = 0; i < parts; i++)
        {
            sections.Add(new BarSection(null, Fraction.Whole(1)));
        }

        return new QuestionDraft
        {
            Format = QuestionFormat.MissingNumber,
            Prompt = $"{Text(whole)} {Divide} {parts} = {Box}",
            Picture = bar
                ? new BarModelPicture([new Bar(string.Empty, sections)], Text(whole))
                : new NumberLinePicture(Fraction.Zero, whole, each, NumberLineLabels.Ends, [], [new NumberLineMark(each, "?")]),
            Answer = Answer(each),
            Wrong = SplitWrong(whole, parts),
            Worked = $"{parts} lots of {Text(each)} make {Text(whole)}, so {Text(whole)} split into {parts} equal parts gives {Text(each)} each.",
            StemSentence = 0,
            Dimension = dimension,
            Features = Features.Of((WholeFeature, whole), (Parts, parts), (Start, 0)),
        };
    }

    private static QuestionDraft Read(Fraction whole, int parts, Fraction start, int mark, string dimension)
    {
        var each = whole / Fraction.Whole(parts);
        var value = start + each * Fraction.Whole(mark);
        var wrong = new List<WrongAnswer>
        {
            new(Text(start + whole / Fraction.Whole(10) * Fraction.Whole(mark)), "Reads the scale as if it were split into tenths."),
            new(Text(start + each * Fraction.Whole(mark + 1)), "Counts the marks instead of the intervals, so is one interval out."),
            new(Text(start + Fraction.Whole(mark)), "Assumes each small mark is worth 1 without checking."),
        };
        return new QuestionDraft
        {
            Format = QuestionFormat.MatchPicture,
            Prompt = $"The scale goes from {Text(start)} to {Text(start + whole)}. What number is the arrow pointing to?",
            Picture = new NumberLinePicture(start, start + whole, each, NumberLineLabels.Ends, [], [new NumberLineMark(value, "?")]),
            Answer = Answer(value),
            Wrong = wrong,
            Worked = $"There are {parts} intervals between {Text(start)} and {Text(start + whole)}, so each interval is worth {Text(each)}. The arrow is {NumberWords.Count(mark, "intervals")} past {Text(start)}: {Text(value)}.",
            StemSentence = 1,
            Dimension = dimension,
            Features = Features.Of((WholeFeature, whole), (Parts, parts), (Start, start)),
        };
    }

    private static QuestionDraft Mistake(Dice dice, Fraction whole)
    {
        var name = PupilNames.Pick(dice);
        var each = whole / Fraction.Whole(4);
        var fifth = dice.Chance(50);
        var said = fifth ? whole / Fraction.Whole(5) : whole * Fraction.Of(4, 10);
        var why = fifth ? "Mixes up quarters and fifths." : "Thinks four equal parts are four tenths each.";
        return new QuestionDraft
        {
            Format = QuestionFormat.SpotTheMistake,
            Prompt = $"{name} says {Text(whole)} split into 4 equal parts gives parts of {Text(said)}. What is the right size of each part?",
            Answer = Answer(each),
            Wrong =
            [
                new(Text(said), why),
                new(Text(fifth ? whole * Fraction.Of(4, 10) : whole / Fraction.Whole(5)), fifth ? "Thinks four equal parts are four tenths each." : "Mixes up quarters and fifths."),
            ],
            Worked = $"Half of {Text(whole)} is {Text(whole / Fraction.Whole(2))} and half of that is {Text(each)}; 4 lots of {Text(each)} make {Text(whole)}, but 4 lots of {Text(said)} do not.",
            StemSentence = 0,
            Dimension = Variation.Deepening,
            Features = Features.Of((WholeFeature, whole), (Parts, 4), (Start, "none")),
        };
    }
}
