using System.Collections.Generic;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.Generators.Fractions.FractionKit;

namespace KeepUp.Domain.Practice.Generators.Fractions;

/// <summary>
/// Per cent means "out of 100": on a hundred square, 23 shaded squares are 23%, and the shaded
/// and unshaded parts make 100%. The set changes the shading, asks for the part not shaded,
/// shows the same split as a bar, and closes on 5% and 50%.
/// </summary>
public sealed class UnderstandPercentagesGenerator : QuestionGenerator
{
    private const string ShadedFeature = "shaded";
    private const string UnknownFeature = "unknown";

    /// <inheritdoc />
    public override string Family => "understand percentages";

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        var (k1, k2) = Search(dice, x => (x.Between(3, 97), x.Between(3, 97)), c => c.Item1 != c.Item2 && c.Item2 % 10 != 0);
        return
        [
            Shaded(k1, true, Variation.Start),
            Shaded(k2, true, ShadedFeature),
            NotShaded(k2, true, UnknownFeature),
            NotShaded(k2, false, RepresentationFeature),
            FiveAndFifty(dice),
        ];
    }

    private static IReadOnlyDictionary<string, string> Facts(int k, string unknown) => Features.Of((ShadedFeature, k), (UnknownFeature, unknown));

    private static Picture Square(int k, bool grid) => grid
        ? new FractionBarPicture(100, k)
        : new BarModelPicture([new Bar(string.Empty, [new BarSection($"{k}%", Fraction.Of(k, 100)), new BarSection(null, Fraction.Of(100 - k, 100))])], "100%");

    private static QuestionDraft Shaded(int k, bool grid, string dimension) => Ask(
        QuestionFormat.MissingNumber,
        $"The hundred square has {k} squares shaded. What percentage is shaded? {PupilNumber.Box}%",
        NumberAnswer.Whole(k),
        $"{k} out of 100 squares are shaded, and per cent means out of 100, so {k}% is shaded.",
        dimension,
        Facts(k, "shaded"),
        Square(k, grid),
        [.. WrongWhole(100 - k, "Gives the part that is not shaded."), .. k < 10 ? WrongWhole(k * 10, $"Thinks {k}% and {k * 10}% are the same.") : WrongWhole(k / 10, "Counts the full rows of ten instead of the squares.")]);

    private static QuestionDraft NotShaded(int k, bool grid, string dimension) => Ask(
        QuestionFormat.MissingNumber,
        $"{k}% of the hundred square is shaded. {PupilNumber.Box}% is not shaded.",
        NumberAnswer.Whole(100 - k),
        $"The whole square is 100%. 100 {PupilNumber.Minus} {k} = {100 - k}, so {100 - k}% is not shaded.",
        dimension,
        Facts(k, "not shaded"),
        Square(k, grid),
        [.. WrongWhole(k, "Gives the shaded part when asked for the part not shaded."), .. WrongWhole(((10 - (k / 10)) * 10) + 10 - (k % 10), "Makes 10 with each digit, so the parts total more than 100%.")]);

    private static QuestionDraft FiveAndFifty(Dice dice)
    {
        var small = dice.Between(1, 9);
        var (answer, wrong) = TrueOrFalse(false, $"Thinks {small}% and {small * 10}% are the same.");
        return Ask(QuestionFormat.TrueOrFalse, $"True or false? {small}% of the hundred square is the same amount as {small * 10}% of it.", answer,
            $"{small}% is {small} squares out of 100, but {small * 10}% is {small * 10} squares out of 100.",
            Variation.Deepening, Facts(small * 10, "statement"), new FractionBarPicture(100, small), wrong);
    }
}
