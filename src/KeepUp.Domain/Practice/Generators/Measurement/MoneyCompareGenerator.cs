using System.Collections.Generic;
using System.Linq;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.Generators.Measurement.Measures;
using static KeepUp.Domain.Practice.PupilNumber;

namespace KeepUp.Domain.Practice.Generators.Measurement;

/// <summary>
/// Comparing amounts of money by their total value. In Year 2 a handful of coins is set against
/// one coin, then against £1 (95p is less than £1 though 95 is bigger than 1); in Year 4 prices
/// in pounds are compared pounds first, then tenths, ordered, and rounded to estimate a total.
/// </summary>
/// <param name="year">2 or 4.</param>
public sealed class MoneyCompareGenerator(int year) : QuestionGenerator
{
    private const string First = "first amount";
    private const string Second = "second amount";

    private static readonly int[] SmallCoins = [20, 10, 5, 2, 1];

    /// <inheritdoc />
    public override string Family => "compare amounts of money";

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice) => year switch
    {
        2 => CoinsAgainstOne(dice),
        4 => Prices(dice),
        _ => throw new GeneratorConstraintException($"Comparing money is set up for Year 2 or Year 4, not Year {year}."),
    };

    private static List<QuestionDraft> CoinsAgainstOne(Dice dice)
    {
        int[] coins;
        do
        {
            coins = [.. Enumerable.Range(0, 4).Select(_ => dice.Pick(SmallCoins)).OrderDescending()];
        }
        while (coins.Sum() is < 30 or > 48);

        var (mine, theirs) = TwoNames(dice);
        var total = coins.Sum();
        return
        [
            AgainstCoin(mine, theirs, coins, 50, Variation.Start),
            AgainstCoin(mine, theirs, coins, 20, Second),
            AgainstCoin(mine, theirs, coins, 100, Second),
            AgainstPound(dice, mine, theirs, total, QuestionFormat.Compare, RepresentationFeature),
            AgainstPound(dice, mine, theirs, total, QuestionFormat.MultipleChoice, QuestionTypeFeature),
            AgainstPound(dice, mine, theirs, 100, QuestionFormat.MultipleChoice, First),
            MoreCoins(),
        ];
    }

    private static QuestionDraft AgainstCoin(string mine, string theirs, int[] coins, int coin, string dimension)
    {
        var total = coins.Sum();
        var sign = ComparisonAnswer.Between(total, coin);
        var digits = coin == 100
            ? $"Thinks {total}p is more than £1 because {total} is bigger than 1."
            : "Compares by the number of coins, not their total value.";
        return Ask(QuestionFormat.Compare,
            $"{mine} has the coins in the picture. {theirs} has one {Piece(coin)} coin. Write <, > or =. {mine}'s money {Box} {theirs}'s money",
            new ComparisonAnswer(sign),
            $"{mine}'s coins make {string.Join(" + ", coins.Select(c => $"{c}p"))} = {total}p. {theirs} has {(coin == 100 ? "£1, which is 100p" : $"{coin}p")}. {total}p {sign} {coin}p.",
            dimension, Features.Of((First, total), (Second, coin)), new MoneyPicture(coins),
            WrongSigns(sign, sign == '>' ? "Thinks one larger coin is worth more than several smaller ones." : "Mixes up the signs < and >.", digits, "Compares without finding the total value of the coins."));
    }

    private static QuestionDraft AgainstPound(Dice dice, string mine, string theirs, int pence, QuestionFormat format, string dimension)
    {
        var bars = new BarModelPicture([new Bar(mine, [new BarSection($"{pence}p", pence)]), new Bar(theirs, [new BarSection("£1", 100)])]);
        var sign = ComparisonAnswer.Between(pence, 100);
        var digits = $"Thinks {pence}p is more than £1 because {pence} is bigger than 1.";
        var worked = $"£1 is 100p, so compare {pence}p with 100p: {pence}p {sign} 100p.";
        var prompt = $"{mine} has {pence}p. {theirs} has a £1 coin.";
        var features = Features.Of((First, pence), (Second, 100));
        if (format == QuestionFormat.Compare)
        {
            return Ask(format, $"{prompt} Write <, > or =. {mine}'s money {Box} {theirs}'s money", new ComparisonAnswer(sign), worked, dimension, features, bars,
                WrongSigns(sign, "Thinks £1 is worth more than 100p.", digits, "Compares without finding the total value."));
        }

        var same = "They have the same";
        var right = sign switch { '<' => theirs, '>' => mine, _ => same };
        WrongAnswer[] wrong =
        [
            new(mine, digits),
            new(theirs, "Thinks £1 is worth more than 100p."),
            new(same, "Compares without finding the total value."),
        ];
        var others = wrong.Where(w => w.Text != right).ToArray();
        return Ask(format, $"{prompt} Who has more money?", Choose(dice, right, others), worked, dimension, features, bars, others);
    }

    private static QuestionDraft MoreCoins()
    {
        WrongAnswer[] wrong =
        [
            new("Always", "Compares by the number of coins, not their total value."),
            new("Never", "Thinks more coins must mean smaller coins, so less money."),
        ];
        return Ask(QuestionFormat.AlwaysSometimesNever, "Always, sometimes or never true? The person with more coins has more money.",
            new ChoiceAnswer("Sometimes", ChoiceAnswer.AlwaysSometimesNever),
            "Sometimes: five 10p coins (50p) are more than two 20p coins (40p), but four 2p coins (8p) are less than one 10p coin.",
            Variation.Deepening, Features.Of((First, "more coins"), (Second, "fewer coins")), null, wrong);
    }

    // Year 4: £4.09 against £4.10, then the digits swapped, then fewer pounds; order all four,
    // then round to the nearest pound to estimate, and ask whether the estimate is enough.
    private static List<QuestionDraft> Prices(Dice dice)
    {
        var pounds = dice.Between(3, 8);
        var d = dice.Between(5, 9);
        var t = dice.Between(1, 4);
        var low = 100 * pounds + d;
        var swapped = 100 * pounds + 10 * d;
        var fewer = 100 * (pounds - 1) + 10 * d;
        var other = 100 * pounds + 10 * t;
        const string Tenths = "Thinks £4.09 is more than £4.10 because 9 is more than 1.";
        const string PoundsOnly = "Looks only at the pounds.";
        return
        [
            Compare(low, other, Variation.Start, "Mixes up the signs < and >.", Tenths, PoundsOnly),
            Compare(swapped, other, First, "Mixes up the signs < and >.", "Mixes up the signs < and >.", PoundsOnly),
            Compare(fewer, other, First, "Mixes up the signs < and >.", "Compares the pence before the pounds.", PoundsOnly),
            Order(dice, [low, swapped, fewer, other], fewer, other),
            Estimate(fewer, other, QuestionTypeFeature),
            Estimate(fewer, other + 100, Second),
            Enough(dice, fewer, other + 100),
        ];
    }

    private static QuestionDraft Compare(int first, int second, string dimension, string ifLess, string ifGreater, string ifEqual)
    {
        var sign = ComparisonAnswer.Between(first, second);
        return Ask(QuestionFormat.Compare, $"Write <, > or =. {Pounds(first)} {Box} {Pounds(second)}", new ComparisonAnswer(sign),
            $"Compare the pounds first ({first / 100} and {second / 100}), then the tenths, then the hundredths: {Pounds(first)} {sign} {Pounds(second)}.",
            dimension, Features.Of((First, first), (Second, second)), null, WrongSigns(sign, ifLess, ifGreater, ifEqual));
    }

    private static QuestionDraft Order(Dice dice, int[] amounts, int first, int second)
    {
        var shown = dice.Shuffle(amounts);
        var sorted = amounts.Order().ToArray();
        var byPence = amounts.OrderBy(a => a % 100).ThenBy(a => a).ToArray();
        var byLastDigit = amounts.OrderBy(a => a / 100).ThenBy(a => a % 10 == 0 ? a % 100 / 10 : a % 100).ToArray();
        OrderAnswer Answer(int[] order) => new([.. order.Select(a => Fraction.Of(a, 100))], [.. order.Select(a => Pounds(a))]);
        return Ask(QuestionFormat.Order, $"Write these amounts in order, from least to most: {string.Join(", ", shown.Select(a => Pounds(a)))}",
            Answer(sorted),
            $"Pounds first, then tenths, then hundredths: {Answer(sorted).Canonical}.",
            QuestionTypeFeature, Features.Of((First, first), (Second, second)), null,
            [new(Answer(byPence).Canonical, "Compares the pence before the pounds."), new(Answer(byLastDigit).Canonical, "Thinks £4.09 is more than £4.10 because 9 is more than 1.")]);
    }

    private static long Rounded(int pence) => (pence + 50) / 100;

    private static QuestionDraft Estimate(int first, int second, string dimension)
    {
        var estimate = Rounded(first) + Rounded(second);
        return Ask(QuestionFormat.MissingNumber,
            $"Round each price to the nearest pound to estimate the total. {Pounds(first)} + {Pounds(second)} ≈ £{Box}",
            new MoneyAnswer(100 * estimate, MoneyUnit.Pounds),
            $"{Pounds(first)} is about £{Rounded(first)} and {Pounds(second)} is about £{Rounded(second)}, so the total is roughly £{estimate}.",
            dimension, Features.Of((First, first), (Second, second)), null,
            [new($"£{first / 100 + second / 100}", "Rounds down by looking only at the pounds."), new(Pounds(first + second), "Works out the exact total instead of estimating.")], 1);
    }

    private static QuestionDraft Enough(Dice dice, int first, int second)
    {
        var estimate = Rounded(first) + Rounded(second);
        var exact = first + second;
        var truth = exact <= 100 * estimate;
        var name = dice.Pick(Names);
        var (answer, wrong) = TrueOrFalse(truth, truth ? "Thinks an estimate can never tell you whether you have enough." : "Treats an estimate as the exact total.");
        return Ask(QuestionFormat.TrueOrFalse,
            $"{Pounds(first)} + {Pounds(second)} ≈ £{estimate}. {name} has exactly £{estimate}. True or false: {name} has enough to buy both.",
            answer,
            $"The exact total is {Pounds(exact)}, which is {(truth ? "not more than" : "more than")} £{estimate}. An estimate is close, but not exact.",
            Variation.Deepening, Features.Of((First, first), (Second, second)), null, wrong, 1);
    }
}
