using System.Collections.Generic;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.Generators.Fractions.FractionKit;

namespace KeepUp.Domain.Practice.Generators.Fractions;

/// <summary>
/// Word problems about a fraction of a whole, drawn as a bar model. "What is left" sets ask for
/// the part used and then the part left; "find the whole" sets give a part and ask for the whole
/// (3/5 of a number is 24, so 1/5 is 8 and the whole is 40).
/// </summary>
/// <param name="findTheWhole">True to find the whole from a part, false to find a part and what is left.</param>
/// <param name="largestPart">The largest size of one equal part.</param>
/// <param name="denominators">The denominators to choose from.</param>
public sealed class FractionProblemsGenerator(bool findTheWhole, int largestPart, params int[] denominators) : QuestionGenerator
{
    private const string WholeFeature = "whole";
    private const string NumeratorFeature = "numerator";
    private const string DenominatorFeature = "denominator";
    private const string UnknownFeature = "unknown";
    private const string PartFeature = "one part";

    private static readonly string[] Things = ["stickers", "marbles", "sweets", "beads", "cards", "stamps", "shells", "books"];

    /// <inheritdoc />
    public override string Family => findTheWhole ? "find the whole from a fraction" : "fraction problems";

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        var name = dice.Pick(Names);
        var things = dice.Pick(Things);
        var (d, n1, n2, d2, q1) = Search(
            dice,
            x => (x.Pick(denominators), x.Between(1, 11), x.Between(2, 11), x.Pick(denominators), x.Between(2, largestPart - 1)),
            c => c.Item2 < c.Item1 && c.Item3 < c.Item1 && c.Item3 < c.Item4 && c.Item2 != c.Item3 && c.Item1 != c.Item4
                && Coprime(c.Item2, c.Item1) && Coprime(c.Item3, c.Item1) && Coprime(c.Item3, c.Item4));
        var q2 = q1 + 1;
        return findTheWhole
            ? [
                Whole(1, d, q1, QuestionFormat.MissingNumber, name, things, Variation.Start),
                Whole(n2, d, q1, QuestionFormat.MissingNumber, name, things, NumeratorFeature),
                Whole(n2, d, q2, QuestionFormat.MissingNumber, name, things, PartFeature),
                Whole(n2, d2, q2, QuestionFormat.MissingNumber, name, things, DenominatorFeature),
                Whole(n2, d2, q2, QuestionFormat.NumberEntry, name, things, QuestionTypeFeature),
                Multiplied(dice, n2, d2),
            ]
            : [
                Used(n1, d, q1, name, things, false, Variation.Start),
                Used(n1, d, q2, name, things, false, WholeFeature),
                Left(n1, d, q2, name, things, false, UnknownFeature),
                Left(n2, d, q2, name, things, false, NumeratorFeature),
                Left(n2, d, q2, name, things, true, RepresentationFeature),
                FractionLeft(n2, d, q2, name, things),
            ];
    }

    private static IReadOnlyDictionary<string, string> Facts(int n, int d, int whole, string unknown) =>
        Features.Of((NumeratorFeature, n), (DenominatorFeature, d), (WholeFeature, whole), (UnknownFeature, unknown));

    // When the whole is unknown, what stays put while the fraction changes is the size of one part.
    private static IReadOnlyDictionary<string, string> PartFacts(int n, int d, int part) =>
        Features.Of((NumeratorFeature, n), (DenominatorFeature, d), (PartFeature, part), (UnknownFeature, "whole"));

    private static Picture Bar(int n, int d, int whole, bool counters, bool wholeKnown) => counters && whole / d <= 12 && d <= 12
        ? new ArrayPicture(d, whole / d)
        : counters ? new FractionBarPicture(d, n) : SplitBar(d, n, wholeKnown ? W(whole) : "?", wholeKnown ? null : W(whole / d));

    private static QuestionDraft Used(int n, int d, int part, string name, string things, bool counters, string dimension)
    {
        var whole = d * part;
        return Ask(QuestionFormat.NumberEntry, $"{name} has {W(whole)} {things} and gives away {Text(n, d)} of them. How many {things} does {name} give away?",
            NumberAnswer.Whole(n * part), $"The whole is {W(whole)}; it is split into {d} equal parts of {W(part)}; {name} gives away {n} of them: {n} {PupilNumber.Times} {W(part)} = {W(n * part)}.",
            dimension, Facts(n, d, whole, "part used"), Bar(n, d, whole, counters, true),
            [.. WrongWhole(whole - (n * part), "Gives what is left when the question asks for the part used."), .. n > 1 ? WrongWhole(part, "Finds one part and stops.") : [], .. WrongWhole(whole - d, $"Takes away {d} instead of dividing by {d}.")]);
    }

    private static QuestionDraft Left(int n, int d, int part, string name, string things, bool counters, string dimension)
    {
        var whole = d * part;
        return Ask(QuestionFormat.NumberEntry, $"{name} has {W(whole)} {things} and gives away {Text(n, d)} of them. How many {things} are left?",
            NumberAnswer.Whole(whole - (n * part)),
            $"The whole is {W(whole)}. {Text(n, d)} of it is {W(n * part)}, so {W(whole)} {PupilNumber.Minus} {W(n * part)} = {W(whole - (n * part))} is left. Or: {Text(d - n, d)} is left, and {Text(d - n, d)} of {W(whole)} is {W(whole - (n * part))}.",
            dimension, Facts(n, d, whole, "part left"), Bar(n, d, whole, counters, true),
            [.. WrongWhole(n * part, "Gives the part used when the question asks what is left."), .. WrongWhole(whole - n, $"Takes away {n} instead of {Text(n, d)} of the {things}.")]);
    }

    private static QuestionDraft FractionLeft(int n, int d, int part, string name, string things) => Ask(
        QuestionFormat.NumberEntry,
        $"{name} gives away {Text(n, d)} of the {things}. What fraction of the {things} is left?",
        FractionAnswer(Fraction.Of(d - n, d)),
        $"The whole is {Text(d, d)}. {Text(d, d)} {PupilNumber.Minus} {Text(n, d)} = {Text(d - n, d)}, whatever the number of {things}.",
        Variation.Deepening,
        Facts(n, d, d * part, "fraction left"),
        new FractionBarPicture(d, n),
        [.. Wrongs((n, d, "Gives the fraction used when the question asks what is left."), (d - n, n, "Compares the part left with the part used instead of with the whole."))]);

    private static QuestionDraft Whole(int n, int d, int part, QuestionFormat format, string name, string things, string dimension)
    {
        var whole = d * part;
        var given = n * part;
        var prompt = format == QuestionFormat.NumberEntry
            ? $"{name} gives away {Text(n, d)} of a box of {things}. That is {W(given)} {things}. How many {things} were in the box?"
            : $"{Text(n, d)} of {PupilNumber.Box} = {W(given)}";
        var wrong = new List<WrongAnswer>();
        if ((given * n) % d == 0)
        {
            wrong.AddRange(WrongWhole(given * n / d, $"Finds {Text(n, d)} of {W(given)} instead of the whole."));
        }

        if (given % d == 0 && n > 1)
        {
            wrong.AddRange(WrongWhole(given / d * n, "Divides by the denominator rather than the numerator to find one part."));
        }

        wrong.AddRange(WrongWhole(given + d, $"Adds {d} instead of working out the whole."));
        return Ask(format, prompt, NumberAnswer.Whole(whole),
            $"{Text(n, d)} is {W(given)}, so one {Part(d)} is {W(given)} {PupilNumber.Divide} {n} = {W(part)}, and the whole is {d} {PupilNumber.Times} {W(part)} = {W(whole)}.",
            dimension, PartFacts(n, d, part), Bar(n, d, whole, false, false), wrong);
    }

    private static QuestionDraft Multiplied(Dice dice, int n, int d)
    {
        var name = dice.Pick(Names);
        var m = dice.Between(1, 4);
        var part = d * m;
        var given = n * part;
        var mistake = n * n * m;
        return Ask(QuestionFormat.SpotTheMistake, $"{Text(n, d)} of a number is {W(given)}. {name} says the number is {W(mistake)}. What is the number really?",
            NumberAnswer.Whole(d * part),
            $"{name} found {Text(n, d)} of {W(given)}, but {W(given)} is the part. One {Part(d)} is {W(given)} {PupilNumber.Divide} {n} = {W(part)}, so the whole is {W(d * part)}.",
            Variation.Deepening, PartFacts(n, d, part), Bar(n, d, d * part, false, false),
            [new(W(mistake), "Multiplies by the fraction when the part is given and the whole is asked for.")]);
    }
}
