using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Answers;

namespace KeepUp.Domain.Practice.Generators.Fractions;

/// <summary>
/// What the fraction families share: the words for parts (thirds, quarters), fractions written
/// as pupils see them before simplifying (2/4, not 1/2), drafts and the common pictures.
/// </summary>
internal static class FractionKit
{
    private static readonly string[] Singular =
        ["nought", "whole", "half", "third", "quarter", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth"];

    /// <summary>The circle pupils write a comparison sign in.</summary>
    public const string Circle = "\u25CB";

    /// <summary>First names for word problems: short, varied and from many backgrounds.</summary>
    public static readonly IReadOnlyList<string> Names =
    [
        "Amir", "Bella", "Chen", "Dev", "Ella", "Femi", "Grace", "Hamza", "Isla", "Jack", "Kofi", "Layla",
        "Mo", "Nia", "Oscar", "Priya", "Ravi", "Sofia", "Tom", "Zara", "Aisha", "Ben", "Freya", "Yusuf",
    ];

    /// <summary>The name of one part: third, quarter, hundredth.</summary>
    public static string Part(long denominator) => denominator switch
    {
        < 13 => Singular[denominator],
        100 => "hundredth",
        1000 => "thousandth",
        _ => Plain(denominator) + "th",
    };

    /// <summary>The name of several parts: halves, thirds, hundredths.</summary>
    public static string Parts(long denominator) => denominator == 2 ? "halves" : Part(denominator) + "s";

    /// <summary>"1 quarter" or "3 quarters".</summary>
    public static string Count(long count, long denominator) =>
        $"{Plain(count)} {(count == 1 ? Part(denominator) : Parts(denominator))}";

    /// <summary>A number with no separators, as it sits inside a written fraction (209/1000).</summary>
    public static string Plain(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A fraction exactly as written, not simplified: 2/4.</summary>
    public static string Text(long numerator, long denominator) => $"{Plain(numerator)}/{Plain(denominator)}";

    /// <summary>A value written over a given denominator, as a mixed number when above one: 1 2/10.</summary>
    public static string Over(Fraction value, long denominator)
    {
        var parts = value * Fraction.Whole(denominator);
        if (!parts.IsWhole)
        {
            throw new GeneratorConstraintException($"{value} is not a whole number of {Parts(denominator)}.");
        }

        var wholes = parts.Numerator / denominator;
        var rest = parts.Numerator % denominator;
        return rest == 0 ? PupilNumber.Whole(wholes)
            : wholes == 0 ? Text(rest, denominator)
            : $"{PupilNumber.Whole(wholes)} {Text(rest, denominator)}";
    }

    /// <summary>A fraction as pupils write it (simplified), 3/4 or 7/4.</summary>
    public static string F(Fraction value) => PupilNumber.FractionText(value);

    /// <summary>A mixed number, 1 3/4.</summary>
    public static string M(Fraction value) => PupilNumber.Mixed(value);

    /// <summary>A decimal, 0.25.</summary>
    public static string D(Fraction value) => PupilNumber.Decimal(value);

    /// <summary>A whole number, 1,200.</summary>
    public static string W(long value) => PupilNumber.Whole(value);

    /// <summary>The highest common factor.</summary>
    public static long Hcf(long a, long b)
    {
        a = Math.Abs(a);
        b = Math.Abs(b);
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return a;
    }

    /// <summary>The lowest common multiple.</summary>
    public static long Lcm(long a, long b) => a / Hcf(a, b) * b;

    /// <summary>True when the fraction n/d is already in its simplest form.</summary>
    public static bool Coprime(long a, long b) => Hcf(a, b) == 1;

    /// <summary>
    /// Draws a set's numbers until they meet every condition. The conditions are chosen so most
    /// draws pass; a failure after many tries is a bug the property tests will catch.
    /// </summary>
    public static T Search<T>(Dice dice, Func<Dice, T> draw, Func<T, bool> fits)
    {
        for (var attempt = 0; attempt < 2000; attempt++)
        {
            var candidate = draw(dice);
            if (fits(candidate))
            {
                return candidate;
            }
        }

        throw new GeneratorConstraintException("No numbers fit the set's conditions.");
    }

    /// <summary>A fraction answer; <paramref name="simplest"/> only when the prompt asks for the simplest form.</summary>
    public static NumberAnswer FractionAnswer(Fraction value, bool simplest = false, bool mixedAccepted = true) =>
        new(value, NumberShape.Fraction, simplest, mixedAccepted);

    /// <summary>A mixed-number answer.</summary>
    public static NumberAnswer MixedAnswer(Fraction value, bool simplest = false) => new(value, NumberShape.MixedNumber, simplest);

    /// <summary>A draft with the fields most questions need.</summary>
    public static QuestionDraft Ask(
        QuestionFormat format,
        string prompt,
        ExpectedAnswer answer,
        string worked,
        string dimension,
        IReadOnlyDictionary<string, string> features,
        Picture? picture = null,
        IReadOnlyList<WrongAnswer>? wrong = null,
        int stem = 0) => new()
        {
            Format = format,
            Prompt = prompt,
            Answer = answer,
            Worked = worked,
            Dimension = dimension,
            Features = features,
            Picture = picture,
            Wrong = wrong ?? [],
            StemSentence = stem,
        };

    /// <summary>A true-or-false question: the answer and the misconception behind the wrong option.</summary>
    public static (ChoiceAnswer Answer, WrongAnswer[] Wrong) TrueOrFalse(bool truth, string misconception) =>
        (new ChoiceAnswer(truth ? "True" : "False", ChoiceAnswer.TrueOrFalse), [new(truth ? "False" : "True", misconception)]);

    /// <summary>
    /// An always / sometimes / never question: the misconception behind the first wrong option
    /// (in the order always, sometimes, never) and, if different, behind the second.
    /// </summary>
    public static (ChoiceAnswer Answer, WrongAnswer[] Wrong) AlwaysSometimesNever(string right, string misconception, string? second = null)
    {
        var others = ChoiceAnswer.AlwaysSometimesNever.Where(o => o != right).ToList();
        return (new ChoiceAnswer(right, ChoiceAnswer.AlwaysSometimesNever),
            [new WrongAnswer(others[0], misconception), new WrongAnswer(others[1], second ?? misconception)]);
    }

    /// <summary>Wrong answers written as fractions, leaving out any that are not real fractions.</summary>
    public static IEnumerable<WrongAnswer> Wrongs(params (long Numerator, long Denominator, string Misconception)[] items) =>
        items.Where(i => i.Denominator > 0 && i.Numerator >= 0).Select(i => new WrongAnswer(Text(i.Numerator, i.Denominator), i.Misconception));

    /// <summary>A whole-number wrong answer, left out when it is negative.</summary>
    public static IEnumerable<WrongAnswer> WrongWhole(long value, string misconception) =>
        value >= 0 ? [new WrongAnswer(W(value), misconception)] : [];

    /// <summary>A bar of equal parts, with some asked about (drawn with ?), and an optional total.</summary>
    public static BarModelPicture SplitBar(int parts, int asked, string? total, string? knownLabel = null)
    {
        var sections = new List<BarSection>(parts);
        for (var i = 0; i < parts; i++)
        {
            sections.Add(new BarSection(i < asked ? knownLabel : string.Empty, Fraction.Whole(1)));
        }

        return new BarModelPicture([new Bar(string.Empty, sections)], total);
    }

    /// <summary>A fraction wall: one whole bar for each denominator, split into its unit fractions.</summary>
    public static BarModelPicture Wall(params long[] denominators) => new(
        [.. denominators.Select(d => new Bar(
            string.Empty,
            [.. Enumerable.Range(0, (int)d).Select(_ => new BarSection(Text(1, d), Fraction.Of(1, d)))]))]);

    /// <summary>Bars of one length each cut into a marked part and the rest, to compare fractions of one whole.</summary>
    public static BarModelPicture Lengths(params (Fraction Value, string Label)[] bars) => new(
        [.. bars.Select(b => new Bar(
            b.Label,
            b.Value >= Fraction.Whole(1)
                ? [new BarSection(b.Label, b.Value)]
                : [new BarSection(b.Label, b.Value), new BarSection(string.Empty, Fraction.Whole(1) - b.Value)]))]);

    /// <summary>A number line from 0 labelled in fractions with the values marked.</summary>
    public static NumberLinePicture FractionLine(long denominator, long wholes, params (Fraction Value, string Label)[] marks) => new(
        Fraction.Zero,
        Fraction.Whole(wholes),
        Fraction.Of(1, denominator),
        NumberLineLabels.Ends,
        [],
        [.. marks.Select(m => new NumberLineMark(m.Value, m.Label))],
        AsFractions: true);

    /// <summary>A number line with one hop, labelled in fractions or decimals.</summary>
    public static NumberLinePicture Hop(Fraction from, Fraction to, Fraction interval, string label, bool asFractions)
    {
        var low = Fraction.Whole(Floor(from < to ? from : to));
        var high = Fraction.Whole(Ceiling(from > to ? from : to));
        if (high == low)
        {
            high = low + Fraction.Whole(1);
        }

        return new NumberLinePicture(low, high, interval, NumberLineLabels.Ends, [new NumberLineJump(from, to, label)], [new NumberLineMark(to, "?")], asFractions);
    }

    /// <summary>The whole number at or below a value.</summary>
    public static long Floor(Fraction value) => value.Numerator >= 0
        ? value.Numerator / value.Denominator
        : -((-value.Numerator + value.Denominator - 1) / value.Denominator);

    /// <summary>The whole number at or above a value.</summary>
    public static long Ceiling(Fraction value) => -Floor(Fraction.Zero - value);
}

/// <summary>A fraction exactly as it is written, so 2/4 stays 2/4 in a prompt while comparing equal to 1/2.</summary>
/// <param name="N">The numerator as written.</param>
/// <param name="D">The denominator as written.</param>
internal readonly record struct AsWritten(long N, long D)
{
    /// <summary>Its value.</summary>
    public Fraction Value => Fraction.Of(N, D);

    /// <summary>How it is written: 2/4.</summary>
    public string Text => FractionKit.Text(N, D);

    /// <inheritdoc />
    public override string ToString() => Text;
}
