using System.Collections.Generic;
using System.Linq;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Answers;

namespace KeepUp.Domain.Practice.Generators.DecimalsAndPercentages;

/// <summary>How an amount is written in an equivalence question.</summary>
internal enum Form
{
    /// <summary>A fraction (3/4) or mixed number (1 1/2).</summary>
    Fraction,

    /// <summary>A decimal (0.75).</summary>
    Decimal,

    /// <summary>A percentage (75%).</summary>
    Percent,

    /// <summary>A division (3 ÷ 4).</summary>
    Division,
}

/// <summary>
/// Writing one amount in another form: fractions as decimals, decimals as fractions, percentages,
/// a fraction as a division. The numerator changes while the denominator stays, then the picture
/// goes, then the conversion turns round, then the pupil picks the equivalent from look-alikes and
/// finally compares two forms whose digits look alike but whose values differ.
/// </summary>
/// <param name="from">The form given.</param>
/// <param name="to">The form asked for.</param>
/// <param name="denominators">The denominators used (each must give at least three values).</param>
/// <param name="maxWholes">The largest whole-number part (0 for amounts below one).</param>
/// <param name="simplest">True when a fraction answer must be in its simplest form.</param>
internal sealed class EquivalenceGenerator(Form from, Form to, int[] denominators, int maxWholes, bool simplest) : QuestionGenerator
{
    private const string Amount = "amount";
    private const string Conversion = "conversion";

    public override string Family => "fraction, decimal and percentage equivalents";

    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        var usable = denominators.Where(d => Candidates(d).Count >= 4).ToList();
        if (usable.Count == 0)
        {
            throw new GeneratorConstraintException("no denominator gives four different amounts.");
        }

        var d = dice.Pick(usable);
        var values = dice.Shuffle(Candidates(d));
        var (v1, v2, v3, v4) = (values[0], values[1], values[2], values[3]);
        return
        [
            Convert(from, to, v1, d, true, Variation.Start),
            Convert(from, to, v2, d, true, Amount),
            Convert(from, to, v3, d, true, Amount),
            Convert(from, to, v3, d, false, RepresentationFeature),
            Convert(to, from, v3, d, false, Conversion),
            Pick(v3, d),
            CompareLookAlike(v4, d),
        ];
    }

    private List<int> Candidates(int d)
    {
        var list = new List<int>();
        for (var n = 1; n < (maxWholes + 1) * d; n++)
        {
            var value = Fraction.Of(n, d);
            if (n % d != 0 && (to != Form.Percent && from != Form.Percent || (value * 100).IsWhole))
            {
                list.Add(n);
            }
        }

        return list;
    }

    private static string Show(Form form, int n, int d) => form switch
    {
        Form.Fraction when n > d => $"{n / d} {n % d}/{d}",
        Form.Fraction => $"{n}/{d}",
        Form.Decimal => PupilNumber.Decimal(Fraction.Of(n, d)),
        Form.Percent => PupilNumber.Decimal(Fraction.Of(n, d) * 100) + "%",
        _ => $"{n} {PupilNumber.Divide} {d}",
    };

    private static string Blank(Form form) => form == Form.Percent ? PupilNumber.Box + "%" : PupilNumber.Box;

    private NumberAnswer AnswerIn(Form form, Fraction value) => form switch
    {
        Form.Percent => NumberAnswer.Whole((value * 100).Numerator),
        Form.Decimal => NumberAnswer.Decimal(value),
        _ => new NumberAnswer(value, NumberShape.Fraction, simplest),
    };

    private static string WrittenIn(Form form, Fraction value, string? fractionText) => form switch
    {
        Form.Percent => PupilNumber.Decimal(value * 100),
        Form.Decimal => PupilNumber.Decimal(value),
        _ => fractionText ?? PupilNumber.FractionText(value),
    };

    /// <summary>Look-alike wrong amounts for writing n/d in a form, each with its misconception.</summary>
    private static IEnumerable<(Fraction Value, string? Text, string Why)> LookAlikes(Form source, Form target, int n, int d)
    {
        var value = Fraction.Of(n, d);
        var hundredths = value * 100;
        if (target == Form.Decimal && source is Form.Fraction or Form.Division)
        {
            yield return (Fraction.FromDecimal(decimal.Parse("0." + n + d, System.Globalization.CultureInfo.InvariantCulture)), null, "Writes the numerator and denominator as the digits after the point.");
            yield return (Fraction.Of(n, 10), null, "Writes the numerator as tenths whatever the denominator.");
            yield return (Fraction.Of(d, 10), null, "Writes the denominator as tenths.");
        }

        if (target == Form.Decimal && source == Form.Percent)
        {
            yield return (Fraction.Of(hundredths.Numerator, 10 * hundredths.Denominator), null, "Treats the percentage as tenths instead of hundredths.");
            yield return (Fraction.Of(hundredths.Numerator, 1000 * hundredths.Denominator), null, "Divides by 1,000 instead of 100.");
        }

        if (target == Form.Percent)
        {
            yield return (Fraction.Of(n, 100), null, "Takes the numerator as the percentage.");
            yield return (value / 10, null, "Multiplies by 10 instead of 100.");
            yield return (value * 10, null, "Multiplies by 1,000 instead of 100.");
        }

        if (target is Form.Fraction && source is Form.Decimal or Form.Percent)
        {
            var digits = hundredths.IsWhole ? hundredths.Numerator : (value * 1000).Numerator;
            var power = hundredths.IsWhole ? 100 : 1000;
            yield return (Fraction.Of(digits, power / 10), $"{digits}/{power / 10}", "Uses the wrong denominator for the last decimal place.");
            yield return (Fraction.Of(1, digits), $"1/{digits}", "Writes the digits as the denominator of a unit fraction.");
            if (power < 1000)
            {
                yield return (Fraction.Of(digits, power * 10), $"{digits}/{power * 10}", "Uses one place too many in the denominator.");
            }
        }

        if (target is Form.Fraction && source is Form.Division)
        {
            yield return (Fraction.Of(d, n), $"{d}/{n}", "Puts the divisor on top: reads the division the wrong way round.");
            yield return (Fraction.Of(1, d), $"1/{d}", "Finds one share of one whole instead of sharing all of them.");
        }
    }

    private QuestionDraft Convert(Form source, Form target, int n, int d, bool picture, string dimension)
    {
        var value = Fraction.Of(n, d);
        var wrong = LookAlikes(source, target, n, d)
            .Where(w => w.Value != value && (target != Form.Percent || (w.Value * 100).IsWhole) && w.Value > Fraction.Zero)
            .Select(w => new WrongAnswer(WrittenIn(target, w.Value, w.Text), w.Why)).ToList();
        var prompt = target == Form.Division
            ? $"{Show(source, n, d)} = {n} {PupilNumber.Divide} {PupilNumber.Box}"
            : $"{Show(source, n, d)} = {Blank(target)}";
        return new QuestionDraft
        {
            Format = QuestionFormat.MissingNumber,
            Prompt = prompt,
            Picture = picture ? PictureOf(n, d) : null,
            Answer = target == Form.Division ? NumberAnswer.Whole(d) : AnswerIn(target, value),
            Wrong = wrong,
            Worked = $"{Show(Form.Fraction, n, d)} = {n} {PupilNumber.Divide} {d} = {Show(Form.Decimal, n, d)}{((value * 100).IsWhole ? " = " + Show(Form.Percent, n, d) : string.Empty)}.",
            Dimension = dimension,
            Features = Features.Of((Amount, value), (Conversion, $"{source}→{target}")),
        };
    }

    private QuestionDraft Pick(int n, int d)
    {
        // The answer is written in the form the set started with, so the conversion turns round.
        var target = from;
        var source = to == Form.Division ? Form.Fraction : to;
        var value = Fraction.Of(n, d);
        var right = Show(target, n, d);
        var wrong = target == Form.Division
            ? new List<WrongAnswer> { new($"{d} {PupilNumber.Divide} {n}", "Reads the fraction upside down: the numerator is shared by the denominator."), new($"1 {PupilNumber.Divide} {d}", "Thinks a fraction is always one whole shared."), new($"{n} {PupilNumber.Times} {d}", "Confuses the fraction line with multiplying.")}.Where(w => w.Text != right).ToList()
            : LookAlikes(source, target, n, d)
            .Where(w => w.Value != value && w.Value > Fraction.Zero && (target != Form.Percent || (w.Value * 100).IsWhole))
            .Select(w => new WrongAnswer(WrittenIn(target, w.Value, w.Text) + (target == Form.Percent ? "%" : string.Empty), w.Why))
            .Where(w => w.Text != right)
            .DistinctBy(w => w.Text)
            .Take(3)
            .ToList<WrongAnswer>();
        var options = wrong.Select(w => w.Text).Append(right).Order(System.StringComparer.Ordinal).ToList();
        return new QuestionDraft
        {
            Format = QuestionFormat.MultipleChoice,
            Prompt = $"Which is equal to {Show(source, n, d)}?",
            Answer = new ChoiceAnswer(right, options),
            Wrong = wrong,
            Worked = $"{Show(source, n, d)} = {right}, because {Show(Form.Fraction, n, d)} = {n} {PupilNumber.Divide} {d} = {Show(Form.Decimal, n, d)}.",
            Dimension = QuestionTypeFeature,
            Features = Features.Of((Amount, value), (Conversion, $"{to}→{from}")),
        };
    }

    private QuestionDraft CompareLookAlike(int n, int d)
    {
        var value = Fraction.Of(n, d);
        var source = from == Form.Division ? Form.Fraction : from;
        var target = to == Form.Division ? Form.Decimal : to;
        var alike = LookAlikes(source, target, n, d).Select(w => w.Value).Where(w => w != value && w > Fraction.Zero)
            .Where(w => target != Form.Percent || (w * 100).IsWhole).DefaultIfEmpty(value).First();
        var sign = ComparisonAnswer.Between(value, alike);
        var other = WrittenIn(target, alike, null) + (target == Form.Percent ? "%" : string.Empty);
        return new QuestionDraft
        {
            Format = QuestionFormat.Compare,
            Prompt = $"Write <, > or =: {Show(source, n, d)} {PupilNumber.Box} {other}",
            Answer = new ComparisonAnswer(sign),
            Wrong = [.. ComparisonAnswer.Signs.Where(s => s[0] != sign).Select(s => new WrongAnswer(s, "Compares the digits that look alike instead of the values."))],
            Worked = $"{Show(source, n, d)} = {Show(Form.Decimal, n, d)} and {other} = {PupilNumber.Decimal(alike)}, so {Show(source, n, d)} {sign} {other}.",
            Dimension = Variation.Deepening,
            Features = Features.Of((Amount, value), (Conversion, "compare")),
        };
    }

    private static Picture PictureOf(int n, int d)
    {
        var wholes = (n + d - 1) / d;
        return d <= 12 && wholes <= 10
            ? new FractionBarPicture(d, n, wholes)
            : new NumberLinePicture(Fraction.Zero, Fraction.Whole(wholes), Fraction.Of(1, 10), NumberLineLabels.All, [], [new NumberLineMark(Fraction.Of(n, d), "?")]);
    }
}
