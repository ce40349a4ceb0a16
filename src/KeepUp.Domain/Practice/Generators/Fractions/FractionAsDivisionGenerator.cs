using System.Collections.Generic;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.Generators.Fractions.FractionKit;

namespace KeepUp.Domain.Practice.Generators.Fractions;

/// <summary>
/// A fraction is a division: 3/4 means 3 ÷ 4, so 3 wholes shared between 4 gives each 3/4. The
/// set changes the number shared, then the number of shares, moves to a word problem and a
/// missing number, and closes on the belief that 3 ÷ 4 cannot be done.
/// </summary>
public sealed class FractionAsDivisionGenerator : QuestionGenerator
{
    private const string SharedFeature = "number shared";
    private const string SharesFeature = "number of shares";
    private const string UnknownFeature = "unknown";

    /// <inheritdoc />
    public override string Family => "a fraction is a division";

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        var (a1, a2, b1, b2) = Search(dice, x => (x.Between(1, 11), x.Between(1, 11), x.Between(3, 12), x.Between(3, 12)),
            c => c.Item1 != c.Item2 && c.Item3 != c.Item4 && c.Item1 < c.Item3 && c.Item2 < c.Item3 && c.Item2 < c.Item4
                && Coprime(c.Item1, c.Item3) && Coprime(c.Item2, c.Item3) && Coprime(c.Item2, c.Item4));
        var name = dice.Pick(Names);
        return
        [
            Share(a1, b1, Variation.Start),
            Share(a2, b1, SharedFeature),
            Share(a2, b2, SharesFeature),
            Story(a2, b2, name),
            Missing(a2, b2),
            CannotBeDone(dice),
        ];
    }

    private static IReadOnlyDictionary<string, string> Facts(int a, int b, string unknown) =>
        Features.Of((SharedFeature, a), (SharesFeature, b), (UnknownFeature, unknown));

    private static FractionBarPicture Bars(int a, int b) => new FractionBarPicture(b, a, 1);

    private static List<WrongAnswer> Mistakes(int a, int b) =>
        [.. Wrongs((b, a, $"Writes {a} {PupilNumber.Divide} {b} as {Text(b, a)}, the wrong way round."), (1, b, "Gives one share of one whole, forgetting how many wholes there are."), (a, b + a, "Adds the numbers to make the denominator."))];

    private static QuestionDraft Share(int a, int b, string dimension) => Ask(
        QuestionFormat.MissingNumber,
        $"{a} {PupilNumber.Divide} {b} = {PupilNumber.Box}",
        FractionAnswer(Fraction.Of(a, b)),
        $"{a} wholes shared equally between {b} is {Text(a, b)} each, so {a} {PupilNumber.Divide} {b} = {Text(a, b)}.",
        dimension,
        Facts(a, b, "share"),
        Bars(a, b),
        Mistakes(a, b),
        0);

    private static QuestionDraft Story(int a, int b, string name) => Ask(
        QuestionFormat.NumberEntry,
        $"{name} shares {a} pizza{(a == 1 ? string.Empty : "s")} equally between {b} friends. What fraction of a pizza does each friend get?",
        FractionAnswer(Fraction.Of(a, b)),
        $"{a} shared equally between {b} is {a} {PupilNumber.Divide} {b} = {Text(a, b)} of a pizza each.",
        QuestionTypeFeature,
        Facts(a, b, "share"),
        Bars(a, b),
        Mistakes(a, b),
        0);

    private static QuestionDraft Missing(int a, int b) => Ask(
        QuestionFormat.NumberEntry,
        $"{Text(a, b)} is the same as {a} {PupilNumber.Divide} {PupilNumber.Box}. What is the missing number?",
        NumberAnswer.Whole(b),
        $"The fraction line means divide: {Text(a, b)} = {a} {PupilNumber.Divide} {b}.",
        UnknownFeature,
        Facts(a, b, "divisor"),
        Bars(a, b),
        [.. WrongWhole(a, "Reads the fraction the wrong way round."), .. WrongWhole(b - a, "Subtracts the numerator from the denominator.")],
        1);

    private static QuestionDraft CannotBeDone(Dice dice)
    {
        var b = dice.Between(3, 9);
        var a = Search(dice, x => x.Between(1, b - 1), c => Coprime(c, b));
        var (answer, wrong) = TrueOrFalse(false, $"Thinks {a} {PupilNumber.Divide} {b} cannot be done because {a} is smaller than {b}.");
        return Ask(QuestionFormat.TrueOrFalse, $"True or false? {a} {PupilNumber.Divide} {b} cannot be worked out because {a} is smaller than {b}.", answer,
            $"Sharing {a} between {b} gives each a fraction of a whole: {a} {PupilNumber.Divide} {b} = {Text(a, b)}.",
            Variation.Deepening, Facts(a, b, "statement"), Bars(a, b), wrong, 0);
    }
}
