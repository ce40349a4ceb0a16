using System.Collections.Generic;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.Generators.Fractions.FractionKit;

namespace KeepUp.Domain.Practice.Generators.Fractions;

/// <summary>What a shaded picture shows.</summary>
public enum ShadedFraction
{
    /// <summary>One part shaded: a unit fraction, 1/5.</summary>
    Unit,

    /// <summary>Several parts shaded: 3/5.</summary>
    NonUnit,

    /// <summary>Counting the parts in words first (3 quarters, 7 tenths), then naming the fraction.</summary>
    CountedParts,
}

/// <summary>
/// Naming the fraction a picture shows: the denominator counts the equal parts of the whole and
/// the numerator the parts shaded. The set changes how many parts are shaded, then how many
/// parts the whole has, then asks how many more parts would complete the whole.
/// </summary>
/// <param name="kind">Unit fractions, non-unit fractions, or parts counted in words.</param>
/// <param name="denominators">The denominators to choose from (for counted parts, usually one: 4 or 10).</param>
public sealed class NameTheFractionGenerator(ShadedFraction kind, params int[] denominators) : QuestionGenerator
{
    private const string PartsFeature = "parts";
    private const string ShadedFeature = "shaded";
    private const string UnknownFeature = "unknown";

    /// <inheritdoc />
    public override string Family => "name the fraction shaded";

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice) => kind switch
    {
        ShadedFraction.CountedParts => Counted(dice),
        ShadedFraction.NonUnit => NonUnit(dice),
        ShadedFraction.Unit => Unit(dice),
    };

    private List<QuestionDraft> Counted(Dice dice)
    {
        var d = dice.Pick(denominators);
        var (k1, k2) = Search(dice, x => (x.Between(1, d - 1), x.Between(1, d - 1)), p => p.Item1 != p.Item2 && Coprime(p.Item2, d));
        var line = d == 10 ? (Picture)new TenFramePicture(k2) : new FractionNumberLinePicture(d, 1, Fraction.Of(k2, d), "?", false);
        var where = d == 10 ? "ten frame is filled" : "way from 0 to 1 is the arrow";
        return
        [
            HowManyShaded(d, k1, Variation.Start),
            HowManyShaded(d, k2, ShadedFeature),
            WhatFraction(d, k2, new FractionBarPicture(d, k2), "bar is shaded", QuestionFormat.MatchPicture, UnknownFeature),
            WhatFraction(d, k2, line, where, QuestionFormat.MatchPicture, RepresentationFeature),
            MoreToComplete(d, k2, line, UnknownFeature),
            SpotTheMistake(dice, d, k2),
        ];
    }

    private List<QuestionDraft> NonUnit(Dice dice)
    {
        var (d1, k1, k2, d2) = Search(
            dice,
            x => (x.Pick(denominators), x.Between(2, 11), x.Between(2, 11), x.Pick(denominators)),
            s => s.Item2 < s.Item1 && s.Item3 < s.Item1 && s.Item3 < s.Item4 && s.Item2 != s.Item3 && s.Item1 != s.Item4
                && Coprime(s.Item1, s.Item2) && Coprime(s.Item1, s.Item3) && Coprime(s.Item4, s.Item3));
        return
        [
            WhatFraction(d1, k1, new FractionBarPicture(d1, k1), "bar is shaded", QuestionFormat.MatchPicture, Variation.Start),
            WhatFraction(d1, k2, new FractionBarPicture(d1, k2), "bar is shaded", QuestionFormat.MatchPicture, ShadedFeature),
            WhatFraction(d2, k2, new FractionBarPicture(d2, k2), "bar is shaded", QuestionFormat.MatchPicture, PartsFeature),
            WhatFraction(d2, k2, new FractionBarPicture(d2, k2), "bar is shaded", QuestionFormat.NumberEntry, QuestionTypeFeature),
            MoreToComplete(d2, k2, new FractionBarPicture(d2, k2), UnknownFeature, QuestionFormat.NumberEntry),
            SpotTheMistake(dice, d2, k2),
        ];
    }

    private List<QuestionDraft> Unit(Dice dice)
    {
        var (d1, d2, d3) = Search(
            dice,
            x => (x.Pick(denominators), x.Pick(denominators), x.Pick(denominators)),
            s => s.Item1 != s.Item2 && s.Item2 != s.Item3 && s.Item1 != s.Item3 && s.Item3 >= 3);
        return
        [
            WhatFraction(d1, 1, new FractionBarPicture(d1, 1), "bar is shaded", QuestionFormat.MatchPicture, Variation.Start),
            WhatFraction(d2, 1, new FractionBarPicture(d2, 1), "bar is shaded", QuestionFormat.MatchPicture, PartsFeature),
            WhatFraction(d3, 1, new FractionBarPicture(d3, 1), "bar is shaded", QuestionFormat.MatchPicture, PartsFeature),
            WhatFraction(d3, 1, new FractionBarPicture(d3, 1), "bar is shaded", QuestionFormat.NumberEntry, QuestionTypeFeature),
            MoreToComplete(d3, 1, new FractionBarPicture(d3, 1), UnknownFeature, QuestionFormat.NumberEntry),
            SpotTheMistake(dice, d3, 1),
        ];
    }

    private static IReadOnlyDictionary<string, string> Facts(int d, int k, string unknown) =>
        Features.Of((PartsFeature, d), (ShadedFeature, k), (UnknownFeature, unknown));

    private static QuestionDraft HowManyShaded(int d, int k, string dimension) => Ask(
        QuestionFormat.MatchPicture,
        $"The bar is split into {d} equal parts. How many {Parts(d)} are shaded?",
        NumberAnswer.Whole(k),
        $"Each part is one {Part(d)}. Count the shaded parts: {Count(k, d)}.",
        dimension,
        Facts(d, k, "count"),
        new FractionBarPicture(d, k),
        [.. WrongWhole(d - k, "Counts the parts that are not shaded."), .. WrongWhole(d, "Counts all the parts, not just the shaded ones."), .. WrongWhole(k + 1, "Counts the lines rather than the parts.")],
        1);

    private static QuestionDraft WhatFraction(int d, int k, Picture picture, string what, QuestionFormat format, string dimension)
    {
        var prompt = format == QuestionFormat.NumberEntry ? "Write the fraction of the bar that is shaded." : $"What fraction of the {what}?";
        var unitWrong = k == 1
            ? Wrongs((1, d - 1, "Counts the unshaded parts as the denominator."), (1, 1, "Thinks the denominator is the number of parts shaded."), (d - 1, d, "Names the parts that are not shaded."))
            : Wrongs((k, d - k, "Counts the shaded parts against the unshaded parts."), (d - k, d, "Names the parts that are not shaded."), (d, k, "Writes the numerator and denominator the wrong way round."));
        return Ask(
            format,
            prompt,
            FractionAnswer(Fraction.Of(k, d)),
            $"The whole is split into {d} equal parts, so each part is {Text(1, d)}. {Capitalised(Count(k, d))} {(k == 1 ? "is" : "are")} shown, so the fraction is {Text(k, d)}.",
            dimension,
            Facts(d, k, "fraction"),
            picture,
            [.. unitWrong],
            k == 1 ? 0 : 1);
    }

    private static QuestionDraft MoreToComplete(int d, int k, Picture picture, string dimension, QuestionFormat format = QuestionFormat.MatchPicture)
    {
        var prompt = k == 1
            ? "How many parts of this size make the whole bar?"
            : $"How many more {Parts(d)} would make one whole?";
        return Ask(
            format,
            prompt,
            NumberAnswer.Whole(k == 1 ? d : d - k),
            k == 1 ? $"{Text(1, d)} is one of {d} equal parts, so {d} of them make the whole." : $"{d} {Parts(d)} make one whole. There are {k}, so {d - k} more are needed.",
            dimension,
            Facts(d, k, "parts to make a whole"),
            picture,
            [.. WrongWhole(k == 1 ? d - 1 : d, k == 1 ? "Counts the parts that are not shaded." : "Gives the number of parts in the whole, not how many more."), .. WrongWhole(k == 1 ? d + 1 : k, "Counts the lines rather than the parts.")]);
    }

    private static QuestionDraft SpotTheMistake(Dice dice, int d, int k)
    {
        var name = dice.Pick(Names);
        var mistake = Text(k, d - k);
        return Ask(
            QuestionFormat.SpotTheMistake,
            $"{name} says {mistake} of the bar is shaded. What fraction of the bar is shaded really?",
            FractionAnswer(Fraction.Of(k, d)),
            $"{name} compared the shaded parts with the unshaded parts. The denominator counts all {d} equal parts, so it is {Text(k, d)}.",
            Variation.Deepening,
            Facts(d, k, "fraction"),
            new FractionBarPicture(d, k),
            [new(mistake, k == 1 ? "Counts the unshaded parts as the denominator." : "Counts the shaded parts against the unshaded parts."), .. Wrongs((d - k, d, "Names the parts that are not shaded."))],
            k == 1 ? 0 : 1);
    }

    private static string Capitalised(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
