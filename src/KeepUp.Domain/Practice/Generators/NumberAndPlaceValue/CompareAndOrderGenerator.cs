using System;
using System.Collections.Generic;
using System.Linq;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.PupilNumber;

namespace KeepUp.Domain.Practice.Generators.NumberAndPlaceValue;

/// <summary>What is compared and ordered.</summary>
public enum CompareKind
{
    /// <summary>Whole numbers.</summary>
    Whole,

    /// <summary>Two groups of beads on a rekenrek before numbers are written.</summary>
    Groups,

    /// <summary>Decimals with up to three decimal places.</summary>
    Decimal,

    /// <summary>Whole numbers either side of zero.</summary>
    Negative,
}

/// <summary>
/// Comparing two numbers with &lt;, &gt; and = and ordering a set: the numbers first differ in
/// their greatest place, then share it so the next place decides, then the comparison flips; a
/// statement with a sign is judged, the set is ordered both ways (the second time beside an empty
/// number line), and the set ends with a reasoning question.
/// </summary>
/// <param name="kind">What is compared.</param>
/// <param name="low">The smallest whole number used (ignored for decimals and negatives).</param>
/// <param name="high">The largest whole number used (ignored for decimals and negatives).</param>
public sealed class CompareAndOrderGenerator(CompareKind kind, long low, long high) : QuestionGenerator
{
    private const string Left = "left number";
    private const string Right = "right number";
    private const string Direction = "direction";

    /// <inheritdoc />
    public override string Family => "compare and order numbers";

    /// <inheritdoc />
    protected override bool AllowsNegativeAnswers => kind == CompareKind.Negative;

    // The greatest place for whole numbers; 1 for decimals; 10 for negatives (whose "lead" is their sign).
    private long Top => kind is CompareKind.Whole or CompareKind.Groups ? PlaceValue.Power(NpvPictures.DigitCount(high - 1) - 1) : 1;

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        var a = Random(dice);
        var b = Draw(dice, x => Lead(x) != Lead(a));
        // b2 is not the least or greatest of its group, so a number either side of it shares its lead.
        var (lo, hi) = Group(Lead(a));
        var b2 = PickIn(dice, lo + Smallest, hi - Smallest, x => x != a && x != b);
        var a2 = a > b2 ? PickIn(dice, lo, b2 - Smallest, x => x != a) : PickIn(dice, b2 + Smallest, hi, x => x != a);
        var c = kind == CompareKind.Whole && low >= 100
            ? Fraction.Whole(Numbers.Between(dice, low / 10, low - 1))
            : Draw(dice, x => x != a2 && x != b2);
        var d = Draw(dice, x => x != a2 && x != b2 && x != c);
        var set = dice.Shuffle(new[] { a2, b2, c, d });
        return
        [
            Compare(a, b, Variation.Start),
            Compare(a, b2, Right),
            Compare(a2, b2, Left),
            Statement(dice, a2, b2),
            Order(set, a2, b2, ascending: true, line: false, QuestionTypeFeature),
            Order(set, a2, b2, ascending: false, line: false, Direction),
            Order(set, a2, b2, ascending: false, line: true, RepresentationFeature),
            Deepening(dice),
        ];
    }

    private Fraction Random(Dice dice) => kind switch
    {
        CompareKind.Whole => Fraction.Whole(Numbers.Between(dice, low, high - 1)),
        CompareKind.Groups => Fraction.Whole(dice.Between(1, 9)),
        CompareKind.Decimal => RandomDecimal(dice),
        CompareKind.Negative => Fraction.Whole(dice.Chance(50) ? dice.Between(-10, -1) : dice.Between(1, 10)),
    };

    private static Fraction RandomDecimal(Dice dice)
    {
        var places = dice.Between(1, 3);
        var scale = PlaceValue.Power(places);
        var digits = dice.Between(1, (int)(10 * scale) - 1);
        return Fraction.Of(digits, scale);
    }

    private Fraction Draw(Dice dice, Func<Fraction, bool> fits)
    {
        for (var tries = 0; tries < 500; tries++)
        {
            var x = Random(dice);
            if (fits(x))
            {
                return x;
            }
        }

        throw new GeneratorConstraintException("No number fits the comparison.");
    }

    // Numbers with the same lead share their greatest place, so the next place decides.
    private long Lead(Fraction x) => kind switch
    {
        CompareKind.Decimal => (long)Math.Floor(x.ToDecimal() * 10),
        CompareKind.Negative => Math.Sign(x.Numerator),
        // Below 10 there is only one place, so the lead is which side of 5 a number sits.
        _ when high <= 10 => x.Numerator / 5,
        _ => x.Numerator / Top,
    };

    private RekenrekPicture? Beads(Fraction a, Fraction b) =>
        kind == CompareKind.Groups ? new RekenrekPicture((int)a.Numerator, (int)b.Numerator) : null;

    private Fraction Smallest => kind == CompareKind.Decimal ? Fraction.Of(1, 1000) : Fraction.Whole(1);

    // The least and greatest numbers that share a lead.
    private (Fraction Low, Fraction High) Group(long lead) => kind switch
    {
        CompareKind.Decimal => (Fraction.Of(Math.Max(1, lead * 100), 1000), Fraction.Of(lead * 100 + 99, 1000)),
        CompareKind.Negative => lead < 0 ? (Fraction.Whole(-10), Fraction.Whole(-1)) : (Fraction.Whole(1), Fraction.Whole(10)),
        CompareKind.Groups => (Fraction.Whole(Math.Max(1, 5 * lead)), Fraction.Whole(Math.Min(9, 5 * lead + 4))),
        _ when high <= 10 => (Fraction.Whole(Math.Max(low, 5 * lead)), Fraction.Whole(Math.Min(high - 1, 5 * lead + 4))),
        _ => (Fraction.Whole(Math.Max(low, lead * Top)), Fraction.Whole(Math.Min(high - 1, (lead + 1) * Top - 1))),
    };

    private Fraction PickIn(Dice dice, Fraction from, Fraction to, Func<Fraction, bool> fits)
    {
        var steps = (long)((to - from) / Smallest).ToDecimal();
        for (var tries = 0; tries < 50 && steps >= 0; tries++)
        {
            var x = from + Smallest * Fraction.Whole(Numbers.Between(dice, 0, steps));
            if (fits(x))
            {
                return x;
            }
        }

        throw new GeneratorConstraintException($"No number between {from} and {to} fits the comparison.");
    }

    private string Text(Fraction x) => kind == CompareKind.Decimal ? Decimal(x) : Whole(x.Numerator);

    private QuestionDraft Compare(Fraction a, Fraction b, string dimension)
    {
        var sign = ComparisonAnswer.Between(a, b);
        var other = sign == '<' ? '>' : '<';
        return new QuestionDraft
        {
            Format = QuestionFormat.Compare,
            Prompt = kind == CompareKind.Groups ? $"Compare the rows of beads: top row {Box} bottom row" : $"{Text(a)} {Box} {Text(b)}",
            Picture = Beads(a, b),
            Answer = new ComparisonAnswer(sign),
            Wrong =
            [
                new(other.ToString(), Trap(a, b) ? WrongPlaceFirst : "Reads the sign from the wrong side: the open side faces the greater number."),
                new("=", "Thinks = means the numbers look alike, not that they have the same value."),
            ],
            Worked = Reason(a, b),
            StemSentence = sign == '>' ? 0 : 1,
            Dimension = dimension,
            Features = Features.Of((Left, a), (Right, b), (Direction, "ascending")),
        };
    }

    private string WrongPlaceFirst => kind switch
    {
        CompareKind.Decimal => "Thinks the decimal with more digits is the greater one.",
        CompareKind.Negative => "Thinks −8 is greater than −3 because 8 is greater than 3.",
        _ => "Compares the digits in the smaller places instead of starting with the greatest place.",
    };

    // True when a pupil who looks at the wrong digits would get the comparison the wrong way round.
    private bool Trap(Fraction a, Fraction b) => kind switch
    {
        CompareKind.Decimal => Places(a) != Places(b),
        CompareKind.Negative => a.IsNegative && b.IsNegative,
        _ => Math.Sign((a.Numerator % 10).CompareTo(b.Numerator % 10)) == -Math.Sign(a.CompareTo(b)),
    };

    private static int Places(Fraction x)
    {
        var places = 0;
        for (var d = x.Denominator; d > 1; d /= 10)
        {
            places++;
        }

        return places;
    }

    private string Reason(Fraction a, Fraction b)
    {
        var sign = ComparisonAnswer.Between(a, b);
        var greater = sign == '>' ? a : b;
        var smaller = sign == '>' ? b : a;
        var relation = sign == '=' ? "=" : sign.ToString();
        return kind switch
        {
            CompareKind.Groups => $"Matching the beads one to one, the {(sign == '>' ? "top" : "bottom")} row has more: {Text(greater)} is more than {Text(smaller)}.",
            CompareKind.Negative => $"{Text(smaller)} is further left on the number line than {Text(greater)}, so {Text(a)} {relation} {Text(b)}.",
            CompareKind.Decimal => $"Line up the decimal points and compare from the greatest place: {Text(a)} {relation} {Text(b)}.",
            _ => WholeReason(a.Numerator, b.Numerator, relation),
        };
    }

    private static string WholeReason(long a, long b, string relation)
    {
        var place = PlaceValue.Power(Math.Max(NpvPictures.DigitCount(a), NpvPictures.DigitCount(b)) - 1);
        while (place > 1 && PlaceValue.DigitIn(a, place) == PlaceValue.DigitIn(b, place))
        {
            place /= 10;
        }

        var name = PlaceValue.NameOf(place);
        return $"Compare the greatest place first. {Whole(a)} has {NumberWords.Count(PlaceValue.DigitIn(a, place), name)} and {Whole(b)} has {NumberWords.Count(PlaceValue.DigitIn(b, place), name)}, so {Whole(a)} {relation} {Whole(b)}.";
    }

    private QuestionDraft Statement(Dice dice, Fraction a, Fraction b)
    {
        var truth = ComparisonAnswer.Between(a, b);
        var shown = dice.Chance(50) ? truth : truth == '<' ? '>' : '<';
        var right = shown == truth ? "True" : "False";
        return new QuestionDraft
        {
            Format = QuestionFormat.TrueOrFalse,
            Prompt = $"True or false? {Text(a)} {shown} {Text(b)}",
            Picture = Beads(a, b),
            Answer = new ChoiceAnswer(right, ChoiceAnswer.TrueOrFalse),
            Wrong = [new(right == "True" ? "False" : "True", Trap(a, b) ? WrongPlaceFirst : "Reads the sign from the wrong side.")],
            Worked = $"{Reason(a, b)} The sign {shown} {(shown == truth ? "is" : "is not")} right.",
            StemSentence = truth == '>' ? 0 : 1,
            Dimension = QuestionTypeFeature,
            Features = Features.Of((Left, a), (Right, b), (Direction, "ascending")),
        };
    }

    private QuestionDraft Order(IReadOnlyList<Fraction> set, Fraction a, Fraction b, bool ascending, bool line, string dimension)
    {
        var sorted = ascending ? set.Order().ToList() : set.OrderDescending().ToList();
        var reversed = Enumerable.Reverse(sorted).ToList();
        var byOnes = set.OrderBy(x => kind == CompareKind.Decimal ? x.Denominator : Math.Abs(x.Numerator) % 10).ThenBy(x => x).ToList();
        var byText = set.OrderBy(x => Text(x).Replace(",", string.Empty, StringComparison.Ordinal), StringComparer.Ordinal).ToList();
        if (!ascending)
        {
            byOnes.Reverse();
            byText.Reverse();
        }

        string Join(IEnumerable<Fraction> xs) => string.Join(", ", xs.Select(Text));
        var (lineStart, lineEnd, interval) = kind switch
        {
            CompareKind.Decimal => (Fraction.Zero, Fraction.Whole(10), Fraction.Whole(1)),
            CompareKind.Negative => (Fraction.Whole(-10), Fraction.Whole(10), Fraction.Whole(1)),
            _ when high <= 20 => (Fraction.Zero, Fraction.Whole(high), Fraction.Whole(1)),
            _ => (Fraction.Zero, Fraction.Whole(Top * 10), Fraction.Whole(Top)),
        };
        return new QuestionDraft
        {
            Format = QuestionFormat.Order,
            Prompt = $"Write these numbers in order, {(ascending ? "smallest first" : "greatest first")}: {Join(set)}",
            Picture = line ? new NumberLinePicture(lineStart, lineEnd, interval, NumberLineLabels.All, [], []) : Beads(a, b),
            Answer = new OrderAnswer(sorted, [.. sorted.Select(Text)]),
            Wrong =
            [
                new(Join(reversed), "Mixes up smallest first (ascending) and greatest first (descending)."),
                new(Join(byOnes), kind == CompareKind.Decimal ? "Orders decimals by how many digits they have." : "Orders the numbers by their ones digit."),
                new(Join(byText), kind == CompareKind.Negative ? "Orders negative numbers by their digits, ignoring the sign." : "Compares the first digits only and ignores how many digits each number has."),
            ],
            Worked = $"Compare the numbers place by place, starting with the greatest place: {Join(sorted)}.",
            StemSentence = 0,
            Dimension = dimension,
            Features = Features.Of((Left, a), (Right, b), (Direction, ascending ? "ascending" : "descending")),
        };
    }

    private QuestionDraft Deepening(Dice dice) => kind switch
    {
        CompareKind.Whole when high > 20 => MissingDigitQuestion.Draft(dice, low, high, Features.Of((Left, "box"), (Right, high), (Direction, "none"))),
        CompareKind.Decimal => Reasoning("A decimal with more digits after the decimal point is greater than one with fewer.", "Sometimes",
            "It depends on the digits: 0.5 > 0.456 but 0.75 > 0.7. Compare place by place from the greatest place.",
            ("Always", "Thinks the decimal with more digits is larger."), ("Never", "Thinks fewer digits is larger because thousandths are tiny.")),
        CompareKind.Negative => Reasoning("The further a negative number is from zero, the smaller it is.", "Always",
            "Moving left on the number line, numbers get smaller, and the negative numbers furthest from zero are furthest left.",
            ("Sometimes", "Orders negative numbers by their digits."), ("Never", "Thinks −8 is greater than −3 because 8 is greater than 3.")),
        CompareKind.Groups => Reasoning("A longer line of counters has more counters.", "Sometimes",
            "It depends on how far apart they are: to compare, match the counters one to one.",
            ("Always", "Thinks a longer or more spread-out line has more in it."), ("Never", "Thinks the length of a line never tells us anything.")),
        _ => Reasoning("A number further right on a number line is greater.", "Always",
            "The numbers get greater as we move right along a number line.",
            ("Sometimes", "Thinks the size of a number depends on how it looks, not where it is."), ("Never", "Reads the number line from the wrong end.")),
    };

    private static QuestionDraft Reasoning(string statement, string right, string worked, params (string Option, string Why)[] wrong) => new()
    {
        Format = QuestionFormat.AlwaysSometimesNever,
        Prompt = $"Always, sometimes or never true? {statement}",
        Answer = new ChoiceAnswer(right, ChoiceAnswer.AlwaysSometimesNever),
        Wrong = [.. wrong.Select(w => new WrongAnswer(w.Option, w.Why))],
        Worked = worked,
        StemSentence = 0,
        Dimension = Variation.Deepening,
        Features = Features.Of((Left, "any"), (Right, "any"), (Direction, "none")),
    };
}
