using System;
using System.Collections.Generic;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.PupilNumber;

namespace KeepUp.Domain.Practice.Generators.AdditionAndSubtraction;

/// <summary>Which first meaning of addition or subtraction a set practises.</summary>
internal enum CountingKind
{
    /// <summary>Addition as putting two parts together to find the whole, within 10.</summary>
    PartsTogether,

    /// <summary>Addition as counting on from the first amount, within 10.</summary>
    CountOn,

    /// <summary>Counting on from the greater number, within 20.</summary>
    CountOnToTwenty,

    /// <summary>Subtraction as finding a part when the whole and one part are known, within 10.</summary>
    FindAPart,

    /// <summary>Subtraction as taking away and counting back, within 10.</summary>
    TakeAway,

    /// <summary>Adding and subtracting zero, and taking away everything.</summary>
    Zero,
}

/// <summary>
/// The first meanings of + and − (Year 1): putting parts together, counting on, finding a part,
/// taking away and counting back, and zero. Each set starts from a picture or a "first, then,
/// now" story, writes it as a number sentence, then changes one number at a time, shows it
/// another way and moves the box, ending with a judgement built on the step's misconception.
/// </summary>
/// <param name="kind">The meaning practised.</param>
internal sealed class CountingGenerator(CountingKind kind) : QuestionGenerator
{
    private const string First = "first number";
    private const string Second = "second number";
    private const string Order = "order";
    private const string Form = "form";
    private const string Unknown = "unknown";
    private const string Operation = "operation";

    /// <inheritdoc />
    public override string Family => "add and subtract by counting";

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice) => kind switch
    {
        CountingKind.PartsTogether => PartsTogether(dice),
        CountingKind.CountOn => CountOn(dice, 1, 3, 8),
        CountingKind.CountOnToTwenty => CountOn(dice, 2, 4, 18, teen: true),
        CountingKind.FindAPart => FindAPart(dice),
        CountingKind.TakeAway => TakeAway(dice),
        CountingKind.Zero => Zero(dice),
        _ => throw new GeneratorConstraintException($"No counting questions for {kind}."),
    };

    private static List<QuestionDraft> PartsTogether(Dice dice)
    {
        var a = dice.Between(2, 5);
        var b = dice.Between(1, 8 - a);
        QuestionDraft Sum(long x, long y, bool answerFirst, string dimension, Picture picture, int stem) => new()
        {
            Format = QuestionFormat.MissingNumber,
            Prompt = answerFirst ? $"{Box} = {x} + {y}" : $"{x} + {y} = {Box}",
            Picture = picture,
            Answer = NumberAnswer.Whole(x + y),
            Wrong =
            [
                new(Whole(Math.Abs(x - y)), "Reads + as take away."),
                new(Whole(x + y + 1), "Counts all the objects and is one out."),
                new(Whole(Math.Max(x, y)), "Gives one of the parts instead of the whole."),
            ],
            Worked = $"{x} is a part and {y} is a part; together they make the whole, {x + y}.",
            StemSentence = stem,
            Dimension = dimension,
            Features = Features.Of((First, x), (Second, y), ("side", answerFirst ? "left" : "right")),
        };

        var drafts = new List<QuestionDraft>
        {
            Sum(a, b, false, Variation.Start, Models.PartWhole(null, Whole(a), Whole(b)), 0),
            Sum(a, b, false, RepresentationFeature, Models.Parts(a, Whole(a), b, Whole(b), null), 1),
            Sum(a, b + 1, false, Second, Models.Parts(a, Whole(a), b + 1, Whole(b + 1), null), 1),
            Sum(a, b + 1, true, "side", Models.Parts(a, Whole(a), b + 1, Whole(b + 1), null), 1),
            Sum(a + 1, b + 1, true, First, Models.Parts(a + 1, Whole(a + 1), b + 1, Whole(b + 1), null), 1),
        };
        var (x, y) = (Math.Max(a, b) + 1, Math.Min(a, b));
        var features = Features.Of((First, "statement"), (Second, "statement"), ("side", "left"));
        drafts.Add(dice.Chance(50)
            ? Judgements.TrueOrFalse(
                $"{x + y} = {x} + {y}",
                true,
                $"Thinks {x + y} = {x} + {y} is wrong because the answer should come last.",
                $"= means both sides have the same value: {x} + {y} is worth {x + y}, the same as {x + y}.",
                features,
                1)
            : Judgements.TrueOrFalse(
                $"{x - y} = {x} + {y}",
                false,
                "Reads + as take away, or mixes it up with −.",
                $"{x} + {y} is worth {x + y}, not {x - y}; {x - y} is {x} {Minus} {y}.",
                features,
                1));
        return drafts;
    }

    private static List<QuestionDraft> CountOn(Dice dice, int smallest, int largest, int total, bool teen = false)
    {
        var small = dice.Between(smallest, largest);
        var great = dice.Between(teen ? 11 : small + 2, total - small);
        var things = Pupils.Thing(dice);
        QuestionDraft Sum(long g, long s, bool story, bool smallerFirst, string dimension, Picture picture) => new()
        {
            Format = QuestionFormat.MissingNumber,
            Prompt = story ? $"First there were {g} {things}. Then {s} more came. Now there are {Box}."
                : smallerFirst ? $"{s} + {g} = {Box}" : $"{g} + {s} = {Box}",
            Picture = picture,
            Answer = NumberAnswer.Whole(g + s),
            Wrong =
            [
                new(Whole(g + s - 1), $"Counts the start number as the first jump, so {g} + {s} becomes {g + s - 1}."),
                new(Whole(g + s + 1), "Counts one jump too many."),
                new(Whole(g - s), "Counts back instead of on."),
            ],
            Worked = smallerFirst
                ? $"Start at the greater number, {g}, and count on {s}: {Counts(g, s)}. So {s} + {g} = {g + s}."
                : $"Start at {g} and count on {s}: {Counts(g, s)}. So {g} + {s} = {g + s}.",
            StemSentence = story ? 0 : 1,
            Dimension = dimension,
            Features = Features.Of(("greater number", g), ("smaller number", s), (Form, story ? "story" : "sentence"), (Order, smallerFirst ? "smaller first" : "greater first")),
        };

        var drafts = new List<QuestionDraft>
        {
            Sum(great, small, true, false, Variation.Start, Hops(great, small, 1)),
            Sum(great, small, false, false, Form, Hops(great, small, 1)),
            Sum(great, small + 1, false, false, "smaller number", Hops(great, small + 1, 1)),
            Sum(great + 1, small + 1, false, false, "greater number", Hops(great + 1, small + 1, 1)),
            Sum(great + 1, small + 1, false, false, RepresentationFeature, Models.Frame(great + 1, small + 1)),
            Sum(great + 1, small + 1, false, true, Order, Models.Frame(great + 1, small + 1)),
        };
        var (who, g2, s2) = (Pupils.Name(dice), great, small + 1);
        drafts.Add(Judgements.SpotTheMistake(
            who,
            $"{g2} + {s2} by counting “{Counts(g2 - 1, s2)}”",
            Whole(g2 + s2 - 1),
            NumberAnswer.Whole(g2 + s2),
            [
                new(Whole(g2 + s2 - 1), $"Says the start number as the first count, so {g2} + {s2} becomes {g2 + s2 - 1}."),
                new(Whole(g2 + s2 + 1), "Counts one jump too many."),
            ],
            $"Start at {g2} and count on {s2} more: {Counts(g2, s2)}. {who} said {g2} as the first count.",
            Features.Of(("greater number", g2), ("smaller number", s2), (Form, "mistake"), (Order, "greater first")),
            1));
        return drafts;
    }

    private static List<QuestionDraft> FindAPart(Dice dice)
    {
        var whole = dice.Between(4, 9);
        var part = dice.Between(1, whole - 2);
        QuestionDraft Find(long w, long a, bool missingPart, string dimension, Picture picture) => new()
        {
            Format = QuestionFormat.MissingNumber,
            Prompt = missingPart ? $"{w} {Minus} {Box} = {w - a}" : $"{w} {Minus} {a} = {Box}",
            Picture = picture,
            Answer = NumberAnswer.Whole(missingPart ? a : w - a),
            Wrong =
            [
                new(Whole(w + (missingPart ? w - a : a)), "Adds the two numbers because both appear in the problem."),
                new(Whole(w), "Gives the whole instead of the missing part."),
                new(Whole((missingPart ? a : w - a) + 1), "Counts and is one out."),
            ],
            Worked = $"The whole is {w} and one part is {(missingPart ? w - a : a)}, so the other part is {(missingPart ? a : w - a)}.",
            StemSentence = dimension == RepresentationFeature ? 1 : 0,
            Dimension = dimension,
            Features = Features.Of(("whole", w), ("part", a), (Unknown, missingPart ? "part" : "result")),
        };

        var drafts = new List<QuestionDraft>
        {
            Find(whole, part, false, Variation.Start, Models.PartWhole(Whole(whole), Whole(part), null)),
            Find(whole, part, false, RepresentationFeature, Models.Parts(part, Whole(part), whole - part, null, Whole(whole))),
            Find(whole, part + 1, false, "part", Models.Parts(part + 1, Whole(part + 1), whole - part - 1, null, Whole(whole))),
            Find(whole + 1, part + 1, false, "whole", Models.Parts(part + 1, Whole(part + 1), whole - part, null, Whole(whole + 1))),
            Find(whole + 1, part + 1, true, Unknown, Models.Parts(part + 1, null, whole - part, Whole(whole - part), Whole(whole + 1))),
        };
        var (w2, a2) = (whole + 1, part + 1);
        var features = Features.Of(("whole", "statement"), ("part", "statement"), (Unknown, "none"));
        drafts.Add(dice.Chance(50)
            ? Judgements.TrueOrFalse(
                $"{w2} {Minus} {w2 - a2} = {a2}",
                true,
                "Does not see that taking either part from the whole leaves the other part.",
                $"The whole is {w2}; take away the part {w2 - a2} and the other part, {a2}, is left.",
                features,
                1)
            : Judgements.TrueOrFalse(
                $"The whole is {w2} and one part is {a2}, so {a2} {Minus} {w2} = {w2 - a2}.",
                false,
                "Writes the part first in a subtraction, such as 3 − 8 = 5.",
                $"A subtraction starts with the whole: {w2} {Minus} {a2} = {w2 - a2}.",
                features,
                1));
        return drafts;
    }

    private static List<QuestionDraft> TakeAway(Dice dice)
    {
        var start = dice.Between(5, 9);
        var taken = dice.Between(2, start - 3);
        var things = Pupils.Thing(dice);
        QuestionDraft Take(long w, long a, bool story, bool missingAmount, string dimension, Picture picture) => new()
        {
            Format = QuestionFormat.MissingNumber,
            Prompt = story ? $"First there were {w} {things}. Then {a} went away. Now there are {Box}."
                : missingAmount ? $"{w} {Minus} {Box} = {w - a}" : $"{w} {Minus} {a} = {Box}",
            Picture = picture,
            Answer = NumberAnswer.Whole(missingAmount ? a : w - a),
            Wrong = missingAmount
                ? [new(Whole(w), "Gives the number they started on."), new(Whole(w + w - a), "Adds the two numbers it can see.")]
                :
                [
                    new(Whole(w - a + 1), $"Says the start number as the first count back, so {w} {Minus} {a} becomes {w - a + 1}."),
                    new(Whole(w), "Counts back the right number of jumps but gives the number they started on."),
                    new(Whole(w + a), "Adds instead of taking away."),
                ],
            Worked = $"Start at {w} and count back {a}: {CountsBack(w, a)}. {w} {Minus} {a} = {w - a}.",
            StemSentence = story ? 0 : 1,
            Dimension = dimension,
            Features = Features.Of(("start", w), ("taken away", a), (Form, story ? "story" : "sentence"), (Unknown, missingAmount ? "taken away" : "result")),
        };

        var drafts = new List<QuestionDraft>
        {
            Take(start, taken, true, false, Variation.Start, Hops(start, taken, -1)),
            Take(start, taken, false, false, Form, Hops(start, taken, -1)),
            Take(start, taken + 1, false, false, "taken away", Hops(start, taken + 1, -1)),
            Take(start + 1, taken + 1, false, false, "start", Hops(start + 1, taken + 1, -1)),
            Take(start + 1, taken + 1, false, false, RepresentationFeature, Models.Frame(start - taken, taken + 1)),
            Take(start + 1, taken + 1, false, true, Unknown, Models.Frame(start - taken, taken + 1)),
        };
        var who = Pupils.Name(dice);
        var (w2, a2) = (start + 1, taken + 1);
        drafts.Add(Judgements.SpotTheMistake(
            who,
            $"{w2} {Minus} {a2} by counting back “{CountsBack(w2 + 1, a2)}”",
            Whole(w2 - a2 + 1),
            NumberAnswer.Whole(w2 - a2),
            [
                new(Whole(w2 - a2 + 1), $"Says the start number as the first count back, so {w2} {Minus} {a2} becomes {w2 - a2 + 1}."),
                new(Whole(w2), "Gives the number they started on."),
            ],
            $"Start at {w2} and count back {a2}: {CountsBack(w2, a2)}. {who} said {w2} as the first count.",
            Features.Of(("start", w2), ("taken away", a2), (Form, "mistake"), (Unknown, "result")),
            1));
        return drafts;
    }

    private static List<QuestionDraft> Zero(Dice dice)
    {
        var a = dice.Between(2, 8);
        QuestionDraft Calc(long n, char op, bool all, bool missingAmount, string dimension) => new()
        {
            Format = QuestionFormat.MissingNumber,
            Prompt = missingAmount ? $"{n} {Minus} {Box} = 0" : $"{n} {Amounts.Sign(op)} {(all ? n : 0)} = {Box}",
            Picture = all ? Models.Frame(0, (int)n) : Models.Frame((int)n, 0),
            Answer = NumberAnswer.Whole(missingAmount ? n : all ? 0 : n),
            Wrong = all || missingAmount
                ? [new(Whole(missingAmount ? 0 : n), missingAmount ? "Thinks taking away zero leaves zero." : "Thinks nothing changes when a number is taken from itself."), new("1", "Thinks there must be something left.")]
                :
                [
                    new("0", $"Thinks {n} {Amounts.Sign(op)} 0 is 0."),
                    new($"{n}0", $"Writes the 0 after the number, as if {n} {Amounts.Sign(op)} 0 were {n}0."),
                    new(Whole(op == '+' ? n + 1 : n - 1), op == '+' ? "Thinks adding always makes a number bigger." : "Thinks taking away always makes a number smaller."),
                ],
            Worked = all || missingAmount
                ? $"All {n} are taken away, so none are left: {n} {Minus} {n} = 0."
                : $"{(op == '+' ? "Nothing is added" : "Nothing is taken away")}, so {n} {Amounts.Sign(op)} 0 = {n}.",
            StemSentence = all || missingAmount ? 1 : 0,
            Dimension = dimension,
            Features = Features.Of((First, n), (Operation, op), ("amount", all || missingAmount ? "all" : "zero"), (Unknown, missingAmount ? "amount" : "result")),
        };

        var drafts = new List<QuestionDraft>
        {
            Calc(a, '+', false, false, Variation.Start),
            Calc(a + 1, '+', false, false, First),
            Calc(a + 1, '−', false, false, Operation),
            Calc(a + 1, '−', true, false, "amount"),
            Calc(a + 1, '−', true, true, Unknown),
        };
        var n2 = dice.Between(3, 9);
        var features = Features.Of((First, n2), (Operation, "statement"), ("amount", "statement"), (Unknown, "none"));
        drafts.Add(dice.Chance(50)
            ? Judgements.TrueOrFalse($"{n2} + 0 = {n2}0", false, $"Thinks {n2} + 0 is {n2}0.", $"Adding zero adds nothing, so {n2} + 0 = {n2}.", features)
            : Judgements.TrueOrFalse($"{n2} {Minus} {n2} = 0", true, "Thinks there is no answer when nothing is left.", $"All {n2} are taken away, so 0 are left, and we write 0.", features, 1));
        return drafts;
    }

    private static NumberLinePicture Hops(long start, long count, int step)
    {
        var hops = new List<(Fraction, string)>();
        for (var i = 1; i <= count; i++)
        {
            hops.Add((start + (i * step), step > 0 ? "+1" : $"{Minus}1"));
        }

        return Models.Hops(1, start, hops);
    }

    private static string Counts(long start, long count)
    {
        var said = new List<string>();
        for (var i = 1; i <= count; i++)
        {
            said.Add(Whole(start + i));
        }

        return string.Join(", ", said);
    }

    private static string CountsBack(long start, long count)
    {
        var said = new List<string>();
        for (var i = 1; i <= count; i++)
        {
            said.Add(Whole(start - i));
        }

        return string.Join(", ", said);
    }
}
