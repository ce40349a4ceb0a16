using System.Collections.Generic;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.PupilNumber;

namespace KeepUp.Domain.Practice.Generators.AdditionAndSubtraction;

/// <summary>Which problem with two unknowns a set practises.</summary>
internal enum TwoUnknownsKind
{
    /// <summary>Reading a bar model of two amounts with a total and a difference.</summary>
    BarModels,

    /// <summary>Two numbers from their total and difference.</summary>
    SumAndDifference,

    /// <summary>Two numbers from a total and "times as many".</summary>
    TotalAndMultiplier,

    /// <summary>Two numbers from a difference and "times as many".</summary>
    DifferenceAndMultiplier,
}

/// <summary>
/// Two unknown amounts linked by a total, a difference or a multiplier (Year 6), solved with a
/// bar model: take the difference away and halve, or count the equal parts and divide. The set
/// changes one given number at a time, asks for the other amount, drops the bar, asks which
/// calculation (or how many parts) comes first and ends by correcting the step's classic slip.
/// </summary>
/// <param name="kind">The problem practised.</param>
internal sealed class TwoUnknownsGenerator(TwoUnknownsKind kind) : QuestionGenerator
{
    private const string Total = "total";
    private const string DifferenceFeature = "difference";
    private const string Multiplier = "multiplier";
    private const string Asked = "asked";

    /// <inheritdoc />
    public override string Family => "problems with two unknowns";

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice) => kind switch
    {
        TwoUnknownsKind.BarModels => BarModels(dice),
        TwoUnknownsKind.SumAndDifference => SumAndDifference(dice),
        _ => WithMultiplier(dice, kind == TwoUnknownsKind.TotalAndMultiplier),
    };

    private static BarModelPicture TwoBars(string top, string bottom, long small, long extra, string? smallLabel, string? extraLabel, string? total) =>
        new(
            [
                new Bar(top, [new BarSection(smallLabel, small), new BarSection(extraLabel, extra)]),
                new Bar(bottom, [new BarSection(smallLabel, small)]),
            ],
            total);

    private static List<QuestionDraft> BarModels(Dice dice)
    {
        var (top, bottom) = Pupils.TwoNames(dice);
        var small = dice.Between(8, 40);
        var diff = dice.Between(3, 15);
        QuestionDraft Read(int s, int d, string asked, QuestionFormat format, string dimension)
        {
            var total = (2 * s) + d;
            var picture = TwoBars(top, bottom, s, d, "?", Whole(d), Whole(total));
            var features = Features.Of((DifferenceFeature, d), ("smaller", s), (Asked, asked));
            if (format == QuestionFormat.MultipleChoice)
            {
                var right = $"({Whole(total)} {Minus} {d}) {Divide} 2";
                var halved = $"{Whole(total)} {Divide} 2";
                var added = $"({Whole(total)} + {d}) {Divide} 2";
                return new QuestionDraft
                {
                    Format = format,
                    Prompt = $"Which calculation finds {bottom}'s amount?",
                    Picture = picture,
                    Answer = new ChoiceAnswer(right, [halved, right, added]),
                    Wrong = [new(halved, "Halves the total and ignores the difference."), new(added, "Adds the difference to the total instead of taking it away.")],
                    Worked = $"Take the extra {d} off {top}'s bar: {Whole(total)} {Minus} {d} = {Whole(2 * s)} is two equal bars, so halve it.",
                    StemSentence = 1,
                    Dimension = dimension,
                    Features = features,
                };
            }

            var (prompt, answer, wrong) = asked switch
            {
                "total" => ($"What is the total of {top}'s and {bottom}'s amounts?", total,
                    new List<WrongAnswer> { new(Whole(d), "Reads the extra part as the total."), new(Whole(s + d), "Reads the total from one bar only.") }),
                "difference" => ($"How many more does {top} have than {bottom}?", d,
                    [new(Whole(total), "Reads the bracket over both bars as the difference."), new(Whole(s + d), "Gives the length of the longer bar.")]),
                _ => ($"How many does {bottom} have?", s,
                    [new(Whole(total / 2), "Halves the total and ignores the difference."), new(Whole(s + d), "Gives the longer bar instead of the shorter.")]),
            };
            return new QuestionDraft
            {
                Format = format,
                Prompt = prompt,
                Picture = picture,
                Answer = NumberAnswer.Whole(answer),
                Wrong = wrong,
                Worked = $"The bracket shows the total, {Whole(total)}; {top}'s bar has an extra {d}; so {bottom} has ({Whole(total)} {Minus} {d}) {Divide} 2 = {s}.",
                StemSentence = asked == "difference" ? 1 : 0,
                Dimension = dimension,
                Features = features,
            };
        }

        var drafts = new List<QuestionDraft>
        {
            Read(small, diff, "total", QuestionFormat.MatchPicture, Variation.Start),
            Read(small, diff, "difference", QuestionFormat.MatchPicture, Asked),
            Read(small, diff, "smaller", QuestionFormat.MatchPicture, Asked),
            Read(small, diff, "smaller", QuestionFormat.MultipleChoice, QuestionTypeFeature),
            Read(small, diff + 2, "smaller", QuestionFormat.MultipleChoice, DifferenceFeature),
        };
        drafts.Add(Judgements.TrueOrFalse(
            $"In a bar model for “{top} has {diff} more than {bottom}”, the two bars are the same length.",
            false,
            "Draws the bars the same length even when the story says one amount is larger.",
            $"{top}'s bar is {bottom}'s bar with an extra {diff} on the end, so it is longer.",
            Features.Of((Asked, "statement"))));
        return drafts;
    }

    private static List<QuestionDraft> SumAndDifference(Dice dice)
    {
        var small = dice.Between(10, 60);
        var diff = dice.Between(2, 20) * 2;
        var (top, bottom) = Pupils.TwoNames(dice);
        var things = Pupils.Thing(dice);
        QuestionDraft Find(int s, int d, string asked, bool story, string dimension, bool picture)
        {
            var total = (2 * s) + d;
            var larger = asked == "larger";
            return new QuestionDraft
            {
                Format = QuestionFormat.NumberEntry,
                Prompt = story
                    ? $"{top} and {bottom} have {Whole(total)} {things} altogether. {top} has {d} more than {bottom}. How many does {(larger ? top : bottom)} have?"
                    : $"Two numbers add up to {Whole(total)}. Their difference is {d}. What is the {(larger ? "larger" : "smaller")} number?",
                Picture = picture ? TwoBars(story ? top : "larger", story ? bottom : "smaller", s, d, "?", Whole(d), Whole(total)) : null,
                Answer = NumberAnswer.Whole(larger ? s + d : s),
                Wrong =
                [
                    new(Whole(total / 2), "Halves the total and gives two equal numbers, ignoring the difference."),
                    new(Whole((total + d) / 2 == (larger ? s + d : s) ? total - d : (total + d) / 2), "Adds the difference to the total instead of subtracting it."),
                    new(Whole(total - d), "Takes away the difference but forgets to halve."),
                ],
                Worked = $"{Whole(total)} {Minus} {d} = {Whole(2 * s)}, half of that is {s}, so the numbers are {s} and {s + d}.",
                Dimension = dimension,
                Features = Features.Of((Total, total), (DifferenceFeature, d), (Asked, asked), ("story", story ? "yes" : "no")),
            };
        }

        var drafts = new List<QuestionDraft>
        {
            Find(small, diff, "smaller", false, Variation.Start, true),
            Find(small - 1, diff + 2, "smaller", false, DifferenceFeature, true),
            Find(small, diff + 2, "smaller", false, Total, true),
            Find(small, diff + 2, "larger", false, Asked, true),
            Find(small, diff + 2, "larger", false, RepresentationFeature, false),
            Find(small, diff + 2, "larger", true, "story", false),
        };
        var s2 = dice.Between(10, 60);
        var d2 = dice.Between(2, 20) * 2;
        var t2 = (2 * s2) + d2;
        drafts.Add(Judgements.SpotTheMistake(
            Pupils.Name(dice),
            $"the smaller of two numbers with a total of {Whole(t2)} and a difference of {d2}",
            Whole(t2 / 2),
            NumberAnswer.Whole(s2),
            [new(Whole(t2 / 2), "Halves the total and gives two equal numbers, ignoring the difference.")],
            $"Take the difference off first: {Whole(t2)} {Minus} {d2} = {Whole(2 * s2)}, then halve: {s2}.",
            Features.Of((Asked, "mistake"))));
        return drafts;
    }

    private static List<QuestionDraft> WithMultiplier(Dice dice, bool byTotal)
    {
        var m = dice.Between(2, 5);
        var (top, bottom) = Pupils.TwoNames(dice);
        var things = Pupils.Thing(dice);
        int Parts(int times) => byTotal ? times + 1 : times - 1;

        // The given amount splits into whole parts for both multipliers, so the multiplier can change on its own.
        var (first, second) = (Parts(m), Parts(m + 1));
        var lcm = first * second / Gcd(first, second);
        var given = lcm * dice.Between(System.Math.Max(1, 12 / lcm), System.Math.Max(2, 240 / lcm));
        QuestionDraft Find(int amount, int times, string asked, QuestionFormat format, string dimension, bool picture)
        {
            var parts = Parts(times);
            var p = amount / parts;
            var larger = p * times;
            var story = byTotal
                ? $"{top} has {times} times as many {things} as {bottom}. Together they have {Whole(amount)}."
                : $"{top} has {times} times as many {things} as {bottom}. {top} has {Whole(amount)} more than {bottom}.";
            var bars = new List<BarSection>();
            for (var i = 0; i < times; i++)
            {
                bars.Add(new BarSection(null, p));
            }

            var drawing = picture
                ? new BarModelPicture([new Bar(top, bars), new Bar(bottom, [new BarSection("?", p)])], byTotal ? Whole(amount) : null, byTotal ? null : Whole(amount))
                : null;
            var features = Features.Of(("given", amount), (Multiplier, times), (Asked, asked));
            if (format == QuestionFormat.MultipleChoice)
            {
                return new QuestionDraft
                {
                    Format = format,
                    Prompt = $"{story} How many equal parts is the {(byTotal ? "total" : "difference")} split into?",
                    Picture = drawing,
                    Answer = NumberAnswer.Whole(parts),
                    Wrong = [new(Whole(times), $"Uses {times} parts because “{times} times” is in the question."), new(Whole(parts + 2), "Counts the parts of the bars wrongly.")],
                    Worked = byTotal
                        ? $"{top} has {times} parts and {bottom} has 1, so the total is {parts} equal parts."
                        : $"{top} has {times} parts and {bottom} has 1, so the difference is {times} {Minus} 1 = {parts} parts.",
                    StemSentence = 0,
                    Dimension = dimension,
                    Features = features,
                };
            }

            var answer = asked == "larger" ? larger : p;
            var wrong = new List<WrongAnswer>();
            if (amount % times == 0 && amount / times != answer)
            {
                wrong.Add(new(Whole(amount / times), byTotal
                    ? $"Divides by {times} instead of {parts} when one amount is {times} times the other."
                    : $"Divides the difference by {times} instead of {parts} because “{times} times” is in the question."));
            }

            wrong.Add(new(Whole(asked == "larger" ? p : larger), asked == "larger" ? "Finds one part and gives it as the answer for both amounts." : "Gives the larger amount instead of the smaller."));
            wrong.Add(new(Whole(amount), "Gives the amount in the question without sharing it into parts."));
            return new QuestionDraft
            {
                Format = format,
                Prompt = $"{story} How many does {(asked == "larger" ? top : bottom)} have?",
                Picture = drawing,
                Answer = NumberAnswer.Whole(answer),
                Wrong = wrong,
                Worked = $"The {(byTotal ? "total" : "difference")} is {parts} equal parts, worth {Whole(amount)}, so one part is {Whole(amount)} {Divide} {parts} = {p}. {bottom} has {p} and {top} has {Whole(larger)}.",
                Dimension = dimension,
                Features = features,
            };
        }

        var given0 = given + first;
        var drafts = new List<QuestionDraft>
        {
            Find(given0, m, "smaller", QuestionFormat.NumberEntry, Variation.Start, true),
            Find(given, m, "smaller", QuestionFormat.NumberEntry, "given", true),
            Find(given, m + 1, "smaller", QuestionFormat.NumberEntry, Multiplier, true),
            Find(given, m + 1, "larger", QuestionFormat.NumberEntry, Asked, true),
            Find(given, m + 1, "larger", QuestionFormat.NumberEntry, RepresentationFeature, false),
            Find(given, m + 1, "larger", QuestionFormat.MultipleChoice, QuestionTypeFeature, false),
        };
        var times2 = dice.Between(3, 6);
        var p3 = times2 * dice.Between(2, 8);
        var parts2 = Parts(times2);
        var given2 = p3 * parts2;
        var mistaken = given2 / times2;
        drafts.Add(Judgements.SpotTheMistake(
            Pupils.Name(dice),
            byTotal
                ? $"the smaller amount when one is {times2} times the other and the total is {Whole(given2)}"
                : $"the smaller amount when one is {times2} times the other and the difference is {Whole(given2)}",
            Whole(mistaken),
            NumberAnswer.Whole(p3),
            [new(Whole(mistaken), $"Divides by {times2} instead of {parts2} because “{times2} times” is in the question.")],
            $"There are {parts2} equal parts, so one part is {Whole(given2)} {Divide} {parts2} = {p3}.",
            Features.Of((Asked, "mistake"))));
        return drafts;
    }

    private static int Gcd(int a, int b) => b == 0 ? a : Gcd(b, a % b);
}
