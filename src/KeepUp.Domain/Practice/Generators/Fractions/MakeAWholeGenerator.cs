using System.Collections.Generic;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.Generators.Fractions.FractionKit;

namespace KeepUp.Domain.Practice.Generators.Fractions;

/// <summary>
/// Partitioning one whole: 1 = 5/5, so 1 − 3/5 = 2/5; and with decimals, 0.3 + 0.7 = 1 and
/// 0.45 + 0.55 = 1 from bonds to 10 and 100. The set changes the part, then the size of the
/// parts, shows the whole as a number line or hundred square, and moves the box.
/// </summary>
/// <param name="decimals">True for tenths and hundredths as decimals; false for fractions.</param>
/// <param name="denominators">For fractions, the denominators to choose from.</param>
public sealed class MakeAWholeGenerator(bool decimals, params int[] denominators) : QuestionGenerator
{
    private const string PartFeature = "part";
    private const string SizeFeature = "size of parts";
    private const string UnknownFeature = "unknown";

    /// <inheritdoc />
    public override string Family => "make a whole";

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice) => decimals ? Decimals(dice) : Fractions(dice);

    private static IReadOnlyDictionary<string, string> Facts(long part, long size, string unknown) =>
        Features.Of((PartFeature, part), (SizeFeature, size), (UnknownFeature, unknown));

    private List<QuestionDraft> Fractions(Dice dice)
    {
        var (d1, a1, a2, d2) = Search(
            dice,
            x => (x.Pick(denominators), x.Between(2, 11), x.Between(2, 11), x.Pick(denominators)),
            c => c.Item2 < c.Item1 && c.Item3 < c.Item1 && c.Item3 < c.Item4 && c.Item2 != c.Item3 && c.Item1 != c.Item4
                && Coprime(c.Item2, c.Item1) && Coprime(c.Item3, c.Item1) && Coprime(c.Item3, c.Item4));
        return
        [
            TakeFromOne(a1, d1, false, Variation.Start),
            TakeFromOne(a2, d1, false, PartFeature),
            TakeFromOne(a2, d2, false, SizeFeature),
            TakeFromOne(a2, d2, true, RepresentationFeature),
            MissingPart(a2, d2),
            OneFromEachPart(dice, a1, d1),
        ];
    }

    private static QuestionDraft TakeFromOne(int a, int d, bool line, string dimension)
    {
        var left = Fraction.Of(d - a, d);
        Picture picture = line
            ? Hop(Fraction.Whole(1), left, Fraction.Of(1, d), PupilNumber.Minus + Text(a, d), true)
            : new BarModelPicture([new Bar(string.Empty, [new BarSection(Text(a, d), Fraction.Of(a, d)), new BarSection(null, left)])], "1");
        return Ask(QuestionFormat.MissingNumber, $"1 {PupilNumber.Minus} {Text(a, d)} = {PupilNumber.Box}", FractionAnswer(left),
            $"1 whole = {Text(d, d)}. {Text(d, d)} {PupilNumber.Minus} {Text(a, d)} = {Text(d - a, d)}.", dimension, Facts(a, d, "what is left"), picture,
            [.. Wrongs((a - 1, d - 1, "Takes 1 away from the numerator and from the denominator."), (a, d, "Gives the part taken away, not the part left."))],
            1);
    }

    private static QuestionDraft MissingPart(int a, int d) => Ask(
        QuestionFormat.MissingNumber,
        $"{Text(a, d)} + {PupilNumber.Box} = 1",
        FractionAnswer(Fraction.Of(d - a, d)),
        $"1 = {Text(d, d)}, and {Count(a, d)} + {Count(d - a, d)} = {Count(d, d)}, so the missing part is {Text(d - a, d)}.",
        UnknownFeature,
        Facts(a, d, "missing part"),
        Hop(Fraction.Of(a, d), Fraction.Whole(1), Fraction.Of(1, d), "?", true),
        [.. Wrongs((1, d, "Thinks one more part always makes a whole."), (a, d, "Gives the part it was given, not the part missing."))],
        0);

    private static QuestionDraft OneFromEachPart(Dice dice, int a, int d)
    {
        var name = dice.Pick(Names);
        var mistake = Text(a - 1, d - 1);
        return Ask(QuestionFormat.SpotTheMistake, $"{name} writes 1 {PupilNumber.Minus} {Text(a, d)} = {mistake}. What is 1 {PupilNumber.Minus} {Text(a, d)} really?",
            FractionAnswer(Fraction.Of(d - a, d)),
            $"{name} took 1 from each part of the fraction. Write 1 as {Text(d, d)} first: {Text(d, d)} {PupilNumber.Minus} {Text(a, d)} = {Text(d - a, d)}.",
            Variation.Deepening, Facts(a, d, "what is left"), new FractionBarPicture(d, a), [new(mistake, "Takes 1 away from the numerator and from the denominator.")], 1);
    }

    private static List<QuestionDraft> Decimals(Dice dice)
    {
        var (t1, t2, h, h2) = Search(
            dice,
            x => (x.Between(1, 9), x.Between(1, 9), x.Between(11, 89), x.Between(11, 89)),
            c => c.Item1 != c.Item2 && c.Item3 % 10 != 0 && c.Item4 % 10 != 0 && c.Item4 % 10 != 5 && c.Item4 != c.Item3 && c.Item4 != 50);
        return
        [
            Bond(t1, 10, false, "second number", Variation.Start),
            Bond(t2, 10, false, "second number", PartFeature),
            Bond(h, 100, false, "second number", PartFeature),
            Bond(h, 100, true, "second number", RepresentationFeature),
            Bond(h, 100, true, "first number", UnknownFeature),
            DigitBonds(dice, h2),
        ];
    }

    private static QuestionDraft Bond(int part, int size, bool grid, string unknown, string dimension)
    {
        var known = Fraction.Of(part, size);
        var missing = Fraction.Whole(1) - known;
        var prompt = unknown == "second number"
            ? $"{D(known)} + {PupilNumber.Box} = 1"
            : $"{PupilNumber.Box} + {D(missing)} = 1";
        var answer = unknown == "second number" ? missing : known;
        var given = unknown == "second number" ? known : missing;
        var wrong = new List<WrongAnswer>();
        if (size == 100)
        {
            var (tenths, hundredths) = ((int)(given * Fraction.Whole(100)).Numerator / 10, (int)(given * Fraction.Whole(100)).Numerator % 10);
            wrong.Add(new(D(Fraction.Of(((10 - tenths) * 10) + (10 - hundredths), 100)), "Uses a bond to 10 for each digit, so the total is more than 1."));
            wrong.Add(new(D(Fraction.Of(((9 - tenths) * 10) + (9 - hundredths), 100)), "Makes 99 hundredths instead of 100."));
        }
        else
        {
            wrong.Add(new(D(Fraction.Of(10 - part, 100)), "Writes the tenths bond in the hundredths place."));
            wrong.Add(new(W(10 - part), "Gives the bond to 10 instead of tenths."));
        }

        Picture picture = grid ? new FractionBarPicture(size, (int)(given * Fraction.Whole(size)).Numerator) : new BarModelPicture([new Bar(string.Empty, [new BarSection(D(given), given), new BarSection(null, Fraction.Whole(1) - given)])], "1");
        var inParts = (given * Fraction.Whole(size)).Numerator;
        var unitName = size == 10 ? "tenths" : "hundredths";
        return Ask(QuestionFormat.MissingNumber, prompt, NumberAnswer.Decimal(answer),
            $"{D(given)} is {Count(inParts, size)}. {inParts} + {size - inParts} = {size}, and {size} {unitName} make 1, so the missing number is {D(answer)}.",
            dimension, Facts(part * (100 / size), 0, unknown), picture, wrong, 0);
    }

    private static QuestionDraft DigitBonds(Dice dice, int hundredths)
    {
        var name = dice.Pick(Names);
        var given = Fraction.Of(hundredths, 100);
        var (t, h) = (hundredths / 10, hundredths % 10);
        var mistake = Fraction.Of(((10 - t) * 10) + (10 - h), 100);
        return Ask(QuestionFormat.SpotTheMistake, $"{name} says {D(given)} + {D(mistake)} = 1. What should be added to {D(given)} to make 1?",
            NumberAnswer.Decimal(Fraction.Whole(1) - given),
            $"{name} made 10 with each digit, but the hundredths make an extra tenth. {hundredths} + {100 - hundredths} = 100 hundredths, so {D(given)} + {D(Fraction.Whole(1) - given)} = 1.",
            Variation.Deepening, Facts(hundredths, 0, "second number"), new FractionBarPicture(100, hundredths),
            [new(D(mistake), "Uses a bond to 10 for each digit, so the total is more than 1.")]);
    }
}
