using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.Generators.Fractions.FractionKit;

namespace KeepUp.Domain.Practice.Generators.Fractions;

/// <summary>
/// Equal and unequal parts of a whole, and naming one equal part (a half, a quarter, 1/3): the
/// set keeps the bar and changes only whether its parts are equal, then how many parts there
/// are, so pupils see that a part is a half or a quarter only when every part is the same size.
/// </summary>
/// <param name="fewestParts">The fewest parts a whole is cut into (at least 2).</param>
/// <param name="mostParts">The most parts (at most 10).</param>
/// <param name="named">The part being named (2 for a half, 4 for a quarter …), or 0 to ask only whether parts are equal.</param>
/// <param name="notation">True to write the part as 1/2 rather than in words, from Year 2.</param>
public sealed class EqualPartsGenerator(int fewestParts, int mostParts, int named = 0, bool notation = false) : QuestionGenerator
{
    private const string PartsFeature = "parts";
    private const string EqualFeature = "equal parts";

    /// <inheritdoc />
    public override string Family => "equal and unequal parts";

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        if (fewestParts < 2 || mostParts > 10 || mostParts - fewestParts < (named == 0 ? 1 : 0) || named is 1 or > 10)
        {
            throw new GeneratorConstraintException($"Cannot cut wholes into {fewestParts}–{mostParts} parts naming {named}.");
        }

        var first = named != 0 ? named : dice.Between(fewestParts, mostParts);
        var second = Search(dice, d => d.Between(fewestParts, mostParts), n => n != first && n != named);
        var uneven = Uneven(dice, first);
        var uneven2 = Uneven(dice, second);
        return
        [
            Statement(first, null, Variation.Start),
            Statement(first, uneven, EqualFeature),
            Statement(second, uneven2, PartsFeature),
            Statement(second, null, EqualFeature),
            HowMany(second, Letters(second, null), QuestionTypeFeature),
            HowMany(second, new FractionBarPicture(second, named == 0 ? 0 : 1), RepresentationFeature),
            Deepening(dice, second),
        ];
    }

    private string PartName => Named(named);

    private QuestionDraft Statement(int parts, int[]? sizes, string dimension)
    {
        var equal = sizes is null;
        var truth = named == 0 ? equal : equal && parts == named;
        var prompt = named == 0 ? "True or false? The bar is split into equal parts." : $"True or false? Part A is {PartName} of the bar.";
        var misconception = (named, equal, truth) switch
        {
            (0, false, _) => "Counts the number of parts and ignores their size.",
            (0, true, _) => "Thinks parts cannot be equal unless they look different or are coloured.",
            (_, false, _) => $"Calls any one piece {PartName}, even when the pieces are not the same size.",
            (_, true, false) => $"Calls a part {PartName} without counting how many equal parts make the whole.",
            _ => $"Does not recognise {PartName} when the whole is cut into {named} equal parts.",
        };
        var (answer, wrong) = TrueOrFalse(truth, misconception);
        var worked = (equal, truth) switch
        {
            (false, _) => $"The {parts} parts are not the same size, so they are not equal parts{(named == 0 ? "." : $" and part A is not {PartName}.")}",
            (true, true) => named == 0 ? $"{(parts == 2 ? "Both" : $"All {parts}")} parts are the same size, so they are equal." : $"The whole is split into {named} equal parts, so each part is {PartName}.",
            (true, false) => $"The {parts} parts are equal, but there are {parts} of them, so each part is not {PartName}.",
        };
        return Ask(QuestionFormat.TrueOrFalse, prompt, answer, worked, dimension,
            Features.Of((PartsFeature, parts), (EqualFeature, equal)), Letters(parts, sizes), wrong, equal && truth ? 0 : 1);
    }

    private static QuestionDraft HowMany(int parts, Picture picture, string dimension) => Ask(
        QuestionFormat.NumberEntry,
        "How many equal parts is the bar split into?",
        NumberAnswer.Whole(parts),
        $"Count the parts, not the lines: there are {parts} equal parts.",
        dimension,
        Features.Of((PartsFeature, parts), (EqualFeature, true)),
        picture,
        [new(W(parts + 1), "Counts the lines, including both ends, rather than the parts."), new(W(parts - 1), "Counts the cuts rather than the parts.")]);

    private QuestionDraft Deepening(Dice dice, int parts)
    {
        var (prompt, right, why, wrongWhy, otherWhy) = named switch
        {
            0 => ($"Always, sometimes or never? When a whole is cut into {parts} pieces, the pieces are equal parts.", "Sometimes",
                "The pieces are equal parts only when they are all the same size.",
                "Thinks pieces are equal parts just because there are a certain number of them.",
                "Thinks a whole can never be cut into equal parts."),
            2 => ($"Always, sometimes or never? When a whole is cut into 2 pieces, each piece is {PartName}.", "Sometimes",
                "Each piece is a half only when the 2 pieces are the same size.",
                "Calls any piece of a whole cut in two a half, even the bigger piece.",
                "Forgets that two equal pieces are halves."),
            3 => ($"Always, sometimes or never? {Capital(PartName)} of a bar is smaller than {Named(4)} of the same bar.", "Never",
                $"Cutting the same bar into fewer equal parts makes each part bigger, so {PartName} is bigger than {Named(4)}.",
                $"Thinks {PartName} is smaller than {Named(4)} because 3 is less than 4.",
                $"Thinks {PartName} is smaller than {Named(4)} because 3 is less than 4."),
            _ => ($"Always, sometimes or never? {Capital(PartName)} of a bar is bigger than {Named(named / 2)} of the same bar.", "Never",
                $"Cutting the same bar into more equal parts makes each part smaller, so {PartName} is smaller than {Named(named / 2)}.",
                $"Thinks {PartName} is bigger than {Named(named / 2)} because {named} is bigger than {named / 2}.",
                $"Thinks {PartName} is bigger than {Named(named / 2)} because {named} is bigger than {named / 2}."),
        };
        var (answer, wrong) = AlwaysSometimesNever(right, wrongWhy, otherWhy);
        var picture = named == 0 ? (Picture)Letters(parts, Uneven(dice, parts)) : new FractionBarPicture(named, 1);
        return Ask(QuestionFormat.AlwaysSometimesNever, prompt, answer, why, Variation.Deepening,
            Features.Of((PartsFeature, parts), (EqualFeature, named != 0)), picture, wrong, named == 0 ? 0 : 1);
    }

    private string Named(int denominator) => notation ? Text(1, denominator) : denominator switch
    {
        2 => "a half",
        4 => "a quarter",
        _ => "a " + Part(denominator),
    };

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    // Sizes 1–3 with at least two different, so the parts are visibly unequal.
    private static int[] Uneven(Dice dice, int parts) =>
        Search(dice, d => Enumerable.Range(0, parts).Select(_ => d.Between(1, 3)).ToArray(), s => s.Distinct().Count() > 1);

    private static BarModelPicture Letters(int parts, int[]? sizes) => new(
        [new Bar(string.Empty, [.. Enumerable.Range(0, parts).Select(i => new BarSection(((char)('A' + i)).ToString(CultureInfo.InvariantCulture), Fraction.Whole(sizes?[i] ?? 1)))])]);
}
