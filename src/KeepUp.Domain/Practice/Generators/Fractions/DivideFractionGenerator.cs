using System.Collections.Generic;
using System.Linq;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.Generators.Fractions.FractionKit;

namespace KeepUp.Domain.Practice.Generators.Fractions;

/// <summary>
/// Dividing a fraction by a whole number. When the numerator is a multiple of the divisor the
/// parts are shared (6/7 ÷ 3 = 2/7); otherwise each part is split further (1/3 ÷ 2 = 1/6),
/// which is the same as finding half of it. The set changes the divisor, then the fraction,
/// shows the sharing as a bar, finds a missing divisor and ends on the step's misconception.
/// </summary>
/// <param name="numeratorMultiple">True when the numerator is always a multiple of the divisor.</param>
public sealed class DivideFractionGenerator(bool numeratorMultiple) : QuestionGenerator
{
    private const string FractionFeature = "fraction";
    private const string DivisorFeature = "divisor";
    private const string UnknownFeature = "unknown";

    private static readonly int[] SharedNumerators = [4, 6, 8, 9, 10, 12];
    private static readonly int[] Denominators = [5, 7, 9, 11, 13];

    /// <inheritdoc />
    public override string Family => "divide a fraction by a whole number";

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        var (f1, f2, k1, k2) = Search(dice, Draw, c => c.Item1 != c.Item2 && c.Item3 != c.Item4
            && Works(c.Item1, c.Item3) && Works(c.Item1, c.Item4) && Works(c.Item2, c.Item4));
        return
        [
            Divide(f1, k1, false, Variation.Start),
            Divide(f1, k2, false, DivisorFeature),
            Divide(f2, k2, false, FractionFeature),
            Divide(f2, k2, true, RepresentationFeature),
            MissingDivisor(f2, k2),
            numeratorMultiple ? BothDivided(dice) : Bigger(f2, k2),
        ];
    }

    private (AsWritten, AsWritten, int, int) Draw(Dice dice)
    {
        if (numeratorMultiple)
        {
            AsWritten Shared() { var n = dice.Pick(SharedNumerators); return new(n, Search(dice, x => x.Pick(Denominators), d => d > n && Coprime(n, d))); }
            return (Shared(), Shared(), dice.Between(2, 6), dice.Between(2, 6));
        }

        AsWritten Any() { var d = dice.Between(2, 9); return new(dice.Between(1, d - 1), d); }
        return (Any(), Any(), dice.Between(2, 5), dice.Between(2, 5));
    }

    private bool Works(AsWritten f, int k) => Coprime(f.N, f.D) && f.N < f.D
        && (numeratorMultiple ? f.N % k == 0 : f.N % k != 0 && Coprime(f.N, f.D * k));

    private static IReadOnlyDictionary<string, string> Facts(AsWritten f, int k, string unknown) =>
        Features.Of((FractionFeature, f.Text), (DivisorFeature, k), (UnknownFeature, unknown));

    private static Fraction Quotient(AsWritten f, int k) => f.Value / Fraction.Whole(k);

    private static Picture Picture(AsWritten f, int k, bool grouped) => grouped
        ? new BarModelPicture([.. Enumerable.Range(0, k).Select(i => new Bar(string.Empty, [new BarSection(i == 0 ? null : string.Empty, Quotient(f, k))]))], f.Text)
        : new FractionBarPicture((int)f.D, (int)f.N);

    private static string Working(AsWritten f, int k)
    {
        var q = Quotient(f, k);
        return f.N % k == 0
            ? $"{f.N} {Parts(f.D)} shared into {k} equal groups is {f.N / k} {Parts(f.D)} in each group: {F(q)}."
            : $"{Count(f.N, f.D)} will not share into {k} equally, so split each part into {k}: {f.Text} = {Text(f.N * k, f.D * k)}, and {Text(f.N * k, f.D * k)} {PupilNumber.Divide} {k} = {F(q)}. It is the same as {Text(1, k)} of {f.Text}.";
    }

    private static List<WrongAnswer> Mistakes(AsWritten f, int k)
    {
        var wrong = new List<WrongAnswer>();
        if (f.D % k == 0 && f.N % k == 0)
        {
            wrong.AddRange(Wrongs((f.N / k, f.D / k, "Divides both the numerator and the denominator by the whole number.")));
        }

        wrong.AddRange(Wrongs((f.N * k, f.D, "Multiplies the numerator instead of dividing.")));
        wrong.AddRange(Wrongs((f.N, f.D + k, "Adds the whole number to the denominator.")));
        if (f.N % k != 0)
        {
            wrong.AddRange(Wrongs((f.N * k, f.D * k, "Multiplies the numerator and the denominator, which gives an equivalent fraction, not a share.")));
        }

        return wrong;
    }

    private static QuestionDraft Divide(AsWritten f, int k, bool grouped, string dimension) => Ask(
        QuestionFormat.MissingNumber,
        $"{f.Text} {PupilNumber.Divide} {k} = {PupilNumber.Box}",
        FractionAnswer(Quotient(f, k)),
        Working(f, k),
        dimension,
        Facts(f, k, "quotient"),
        Picture(f, k, grouped),
        Mistakes(f, k),
        0);

    private static QuestionDraft MissingDivisor(AsWritten f, int k) => Ask(
        QuestionFormat.MissingNumber,
        $"{f.Text} {PupilNumber.Divide} {PupilNumber.Box} = {F(Quotient(f, k))}",
        NumberAnswer.Whole(k),
        $"{f.Text} shared into {k} equal groups gives {F(Quotient(f, k))} in each, so the missing number is {k}.",
        UnknownFeature,
        Facts(f, k, "divisor"),
        Picture(f, k, true),
        [.. WrongWhole(Quotient(f, k).Denominator, "Gives the new denominator rather than the number of groups.")],
        0);

    private static QuestionDraft BothDivided(Dice dice)
    {
        var name = dice.Pick(Names);
        var (k, m, j) = Search(dice, x => (x.Between(2, 4), x.Between(1, 4), x.Between(2, 5)), c => c.Item2 < c.Item3 && Coprime(c.Item2, c.Item1 * c.Item3));
        var f = new AsWritten(k * m, k * j);
        var mistake = Text(m, j);
        return Ask(QuestionFormat.SpotTheMistake, $"{name} writes {f.Text} {PupilNumber.Divide} {k} = {mistake}. What is the right answer?", FractionAnswer(Quotient(f, k)),
            $"{name} divided the denominator too, which makes the parts bigger. Share the parts: {f.N} {Parts(f.D)} {PupilNumber.Divide} {k} = {m} {Parts(f.D)}, so {Text(m, f.D)}.",
            Variation.Deepening, Facts(f, k, "quotient"), Picture(f, k, false), [new(mistake, "Divides both the numerator and the denominator by the whole number.")]);
    }

    private static QuestionDraft Bigger(AsWritten f, int k)
    {
        var (answer, wrong) = TrueOrFalse(false, "Thinks dividing a fraction makes it bigger because the denominator gets bigger.");
        return Ask(QuestionFormat.TrueOrFalse, $"True or false? {f.Text} {PupilNumber.Divide} {k} is greater than {f.Text} because the denominator gets bigger.", answer,
            $"Sharing {f.Text} into {k} groups makes each group smaller: {f.Text} {PupilNumber.Divide} {k} = {F(Quotient(f, k))}. A bigger denominator means smaller parts.",
            Variation.Deepening, Facts(f, k, "statement"), Picture(f, k, true), wrong);
    }
}
