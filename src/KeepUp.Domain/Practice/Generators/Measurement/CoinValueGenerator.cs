using System;
using System.Collections.Generic;
using System.Linq;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.Generators.Measurement.Measures;
using static KeepUp.Domain.Practice.PupilNumber;

namespace KeepUp.Domain.Practice.Generators.Measurement;

/// <summary>What a set of coin questions practises.</summary>
public enum CoinTask
{
    /// <summary>Recognise coins by their value, not their size (Year 1).</summary>
    Recognise,

    /// <summary>Count a set of 2p, 5p or 10p coins in 2s, 5s or 10s (Year 1).</summary>
    SameCoins,

    /// <summary>Count mixed coins in pence, largest value first (Year 2).</summary>
    Pence,

    /// <summary>Count pound coins and notes (Year 2).</summary>
    Pounds,
}

/// <summary>
/// Recognising and counting UK coins and notes: a coin's value is written on it, not shown by its
/// size, and a set is counted by its values (5, 10, 15 …), not by how many coins there are. The set
/// varies one coin or one count at a time, moves from coins to a number line, turns round to ask
/// how many coins, and ends by comparing a handful of small coins with one larger one.
/// </summary>
/// <param name="task">What the step practises.</param>
public sealed class CoinValueGenerator(CoinTask task) : QuestionGenerator
{
    private const string Coin = "coin";
    private const string HowMany = "how many";
    private const string CoinsShown = "coins";
    private const string Order = "order";

    // A larger coin that is worth less, then the smaller coin worth more (2p is wider than 5p).
    private static readonly (int Big, int Valuable)[] SizeTraps = [(2, 5), (2, 10), (2, 20), (1, 5), (10, 20), (50, 100)];

    private static readonly int[] SmallCoins = [1, 2, 5, 10];
    private static readonly int[] PenceCoins = [1, 2, 5, 10, 20, 50];

    /// <inheritdoc />
    public override string Family => "recognise and count coins";

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice) => task switch
    {
        CoinTask.Recognise => Recognise(dice),
        CoinTask.SameCoins => SameCoins(dice, [2, 5, 10], 1),
        CoinTask.Pounds => SameCoins(dice, [100, 200, 500], 1000),
        CoinTask.Pence => MixedPence(dice),
    };

    private static List<QuestionDraft> Recognise(Dice dice)
    {
        var traps = dice.Shuffle(SizeTraps);
        var first = traps[0];
        var second = traps.First(t => t.Valuable != first.Valuable);
        var others = dice.Shuffle(Coins.Where(c => c != first.Valuable && c != second.Valuable).ToList());
        return
        [
            CoinValue(others[0], Variation.Start),
            CoinValue(others[1], Coin),
            CoinValue(first.Valuable, Coin),
            ComparePair(dice, first, QuestionTypeFeature, QuestionFormat.MultipleChoice),
            ComparePair(dice, second, Coin, QuestionFormat.MultipleChoice),
            ComparePair(dice, second, QuestionTypeFeature, QuestionFormat.Compare),
            NotOnePenceEach(dice),
        ];
    }

    private static QuestionDraft CoinValue(int coin, string dimension)
    {
        var unit = coin < 100 ? MoneyUnit.Pence : MoneyUnit.Pounds;
        var lookAlike = coin switch
        {
            1 => 2, 2 => 1, 5 => 10, 10 => 5, 20 => 50, 50 => 20, 100 => 200, _ => 100,
        };
        var wrong = new List<WrongAnswer>
        {
            new(Piece(lookAlike), "Mixes up coins of the same colour and shape."),
            new(unit == MoneyUnit.Pence ? "1p" : $"{Whole(coin / 100)}p", unit == MoneyUnit.Pence ? "Thinks every coin is worth one penny." : "Reads the £ coin as pence."),
        };
        return Ask(
            QuestionFormat.MatchPicture,
            unit == MoneyUnit.Pence ? $"What is this coin worth? {Box}p" : $"What is this coin worth? £{Box}",
            new MoneyAnswer(coin, unit),
            $"The value is written on the coin: it is the {Piece(coin)} coin.",
            dimension,
            Features.Of((Coin, coin)),
            new MoneyPicture([coin]),
            wrong);
    }

    private static QuestionDraft ComparePair(Dice dice, (int Big, int Valuable) pair, string dimension, QuestionFormat format)
    {
        const string BySize = "Thinks a bigger coin is worth more.";
        var picture = new MoneyPicture([pair.Big, pair.Valuable]);
        var worked = $"The {Piece(pair.Big)} coin is bigger, but the {Piece(pair.Valuable)} coin is worth more: {Piece(pair.Valuable)} is more than {Piece(pair.Big)}.";
        if (format == QuestionFormat.Compare)
        {
            return Ask(format, $"Write <, > or =. {Piece(pair.Big)} {Box} {Piece(pair.Valuable)}", new ComparisonAnswer('<'), worked, dimension,
                Features.Of((Coin, pair.Valuable)), picture,
                WrongSigns('<', "", BySize, "Thinks every coin is worth the same, one each."));
        }

        WrongAnswer[] wrong = [new(Piece(pair.Big), BySize)];
        return Ask(format, "Which coin is worth more?", Choose(dice, Piece(pair.Valuable), wrong), worked, dimension,
            Features.Of((Coin, pair.Valuable)), picture, wrong);
    }

    private static QuestionDraft NotOnePenceEach(Dice dice)
    {
        var coins = dice.Shuffle(SmallCoins).Take(3).OrderDescending().ToArray();
        var (name, _) = TwoNames(dice);
        var (answer, wrong) = TrueOrFalse(false, "Thinks every coin is worth one, so three coins are worth 3p.");
        return Ask(QuestionFormat.TrueOrFalse, $"{name} says these three coins are worth 3p altogether. True or false?", answer,
            $"Each coin has its own value: {string.Join(" + ", coins.Select(c => Piece(c)))} = {Whole(coins.Sum())}p, not 3p.",
            Variation.Deepening, Features.Of((Coin, string.Join("+", coins))), new MoneyPicture(coins), wrong);
    }

    // Counting equal coins (1p steps) or equal pounds: three counts, a new coin, a number line,
    // the inverse question, then a handful of small coins against one larger one.
    private static List<QuestionDraft> SameCoins(Dice dice, int[] coins, int later)
    {
        var coin = dice.Pick(coins);
        var next = later == 1 ? dice.Pick(coins.Where(c => c != coin).ToArray()) : later;
        var n = dice.Between(2, 4);
        return
        [
            CountCoins(coin, n, Variation.Start, false),
            CountCoins(coin, n + 1, HowMany, false),
            CountCoins(coin, n + 2, HowMany, false),
            CountCoins(next, n + 2, Coin, false),
            CountCoins(next, n + 2, RepresentationFeature, true),
            HowManyCoins(next, n + 2, QuestionTypeFeature),
            HowManyCoins(next, n + 3, HowMany),
            SmallCoinsAgainstOne(dice, later == 1),
        ];
    }

    private static MoneyAnswer AnswerFor(long pence) => new(pence, pence % 100 == 0 && pence >= 100 ? MoneyUnit.Pounds : MoneyUnit.Pence);

    private static string BoxFor(long pence) => pence % 100 == 0 && pence >= 100 ? $"£{Box}" : $"{Box}p";

    private static string Written(MoneyAnswer a) => a.BoxUnit == MoneyUnit.Pounds ? $"£{Whole(a.Pence / 100)}" : $"{Whole(a.Pence)}p";

    private static QuestionDraft CountCoins(int coin, int count, string dimension, bool onLine)
    {
        var total = AnswerFor((long)coin * count);
        var step = AnswerFor((long)coin);
        var wrong = new List<WrongAnswer>
        {
            new(total.BoxUnit == MoneyUnit.Pounds ? $"£{count}" : $"{count}p", "Counts the number of coins instead of their value."),
            new(Written(AnswerFor((long)coin * (count - 1) + (coin < 100 ? 1 : 100))), "Switches to counting in ones part way through."),
            new(Written(AnswerFor((long)coin * (count + 1))), "Counts one coin twice."),
        };
        var worked = $"Count in steps of {Written(step)}: {string.Join(", ", Enumerable.Range(1, count).Select(k => Written(AnswerFor((long)coin * k))))}. That is {Written(total)}.";
        Picture picture = onLine ? Line(coin, count, "?") : new MoneyPicture(Enumerable.Repeat(coin, count).ToArray());
        return Ask(QuestionFormat.MatchPicture, $"How much money is there? {BoxFor(total.Pence)}", total, worked, dimension,
            Features.Of((Coin, coin), (HowMany, count)), picture, wrong);
    }

    private static NumberLinePicture Line(int coin, int count, string endLabel)
    {
        var step = coin < 100 ? coin : coin / 100;
        var label = "+" + (coin < 100 ? $"{coin}p" : $"£{step}");
        return new NumberLinePicture(0, (long)step * count, step, NumberLineLabels.None,
            [.. Enumerable.Range(0, count).Select(k => new NumberLineJump((long)step * k, (long)step * (k + 1), label))],
            [new NumberLineMark((long)step * count, endLabel)]);
    }

    private static QuestionDraft HowManyCoins(int coin, int count, string dimension)
    {
        var total = (long)coin * count;
        var kind = coin >= 500 ? "notes" : "coins";
        return Ask(QuestionFormat.MissingNumber, $"{Box} {Piece(coin)} {kind} make {Written(AnswerFor(total))}.", NumberAnswer.Whole(count),
            $"Count in steps of {Piece(coin)} until you reach {Written(AnswerFor(total))}: that is {count} steps, so {count} {kind}.",
            dimension, Features.Of((Coin, coin), (HowMany, count)), Line(coin, count, Written(AnswerFor(total))),
            [new(Whole(total < 100 ? total : total / 100), "Gives the value instead of the number of coins."), new(Whole(count - 1), "Misses a step when counting on.")]);
    }

    private static QuestionDraft SmallCoinsAgainstOne(Dice dice, bool pence)
    {
        var (small, big) = pence ? dice.Pick(new[] { (1, 10), (2, 10), (2, 20), (5, 20), (5, 50), (10, 50) }) : dice.Pick(new[] { (100, 500), (200, 1000), (100, 1000) });
        var count = dice.Between(2, Math.Min(9, big / small));
        var left = (long)small * count;
        var sign = ComparisonAnswer.Between(left, big);
        var kind = big >= 500 ? "note" : "coin";
        return Ask(QuestionFormat.Compare, $"Write <, > or =. {Capital(Word(count))} {Piece(small)} coins {Box} one {Piece(big)} {kind}",
            new ComparisonAnswer(sign),
            $"{Capital(Word(count))} {Piece(small)} coins are worth {Written(AnswerFor(left))}, and one {Piece(big)} {kind} is worth {Piece(big)}, so the sign is {sign}.",
            Variation.Deepening, Features.Of((Coin, small), (HowMany, count)), null,
            WrongSigns(sign, "Compares without finding the total value of the coins.", pence ? "Counts the number of coins instead of their value." : "Counts the coins instead of their value, or thinks a note is worth less because it is paper.", "Compares without finding the total value of the coins."));
    }

    // Mixed pence: count on from the largest coin; the same coins in a muddle give the same total
    // but are harder to count; then a number line, one coin missing, and two purses where more
    // coins is less money.
    private static List<QuestionDraft> MixedPence(Dice dice)
    {
        int[] coins;
        do
        {
            coins = [.. Enumerable.Range(0, 4).Select(_ => dice.Pick(PenceCoins)).OrderDescending()];
        }
        while (coins.Sum() > 90 || coins.Distinct().Count() < 3 || coins[^1] > 5 || coins[0] < 10);

        var changed = coins.ToArray();
        changed[^1] = coins[^1] switch { 1 => 2, 2 => 5, _ => 10 };
        changed = [.. changed.OrderDescending()];
        var missing = changed.ToArray();
        missing[0] = changed[0] == 10 ? 20 : changed[0] / 2 is var half && Measures.Coins.Contains(half) ? half : 10;
        missing = [.. missing.OrderDescending()];
        return
        [
            Total(coins, Variation.Start, "largest first", false),
            Total([.. Enumerable.Reverse(coins)], Order, "mixed", false),
            Total([.. Enumerable.Reverse(changed)], CoinsShown, "mixed", false),
            Total(changed, Order, "largest first", false),
            Total(changed, RepresentationFeature, "largest first", true),
            MissingCoin(changed, QuestionTypeFeature),
            MissingCoin(missing, CoinsShown),
            Purses(dice),
        ];
    }

    private static QuestionDraft Total(int[] coins, string dimension, string order, bool onLine)
    {
        var total = coins.Sum();
        var sorted = coins.OrderDescending().ToArray();
        var running = sorted.Select((_, i) => $"{sorted.Take(i + 1).Sum()}p");
        Picture picture = onLine ? CountingOn(sorted, total) : new MoneyPicture(coins);
        return Ask(QuestionFormat.MatchPicture, $"How much money is there? {Box}p", new MoneyAnswer(total, MoneyUnit.Pence),
            $"Start with the greatest value and count on: {string.Join(", ", running)}.", dimension,
            Features.Of((CoinsShown, string.Join("+", sorted)), (Order, order)), picture,
            [new($"{coins.Length}p", "Counts the number of coins rather than their value."), new($"{total - sorted[^1]}p", "Misses a coin when counting on."), new($"{total + sorted[^1]}p", "Counts a coin twice.")]);
    }

    private static NumberLinePicture CountingOn(int[] sorted, int total, string? lastLabel = null)
    {
        var end = (total + 9) / 10 * 10;
        var jumps = new List<NumberLineJump>();
        var at = 0;
        for (var i = 0; i < sorted.Length; i++)
        {
            jumps.Add(new NumberLineJump(at, at + sorted[i], i == sorted.Length - 1 && lastLabel is not null ? lastLabel : $"+{sorted[i]}p"));
            at += sorted[i];
        }

        return new NumberLinePicture(0, end, 10, NumberLineLabels.All, jumps, [new NumberLineMark(total, lastLabel is null ? "?" : $"{total}p")]);
    }

    private static QuestionDraft MissingCoin(int[] coins, string dimension)
    {
        var sorted = coins.OrderDescending().ToArray();
        var total = sorted.Sum();
        var known = string.Join(" + ", sorted[..^1].Select(c => $"{c}p"));
        return Ask(QuestionFormat.MissingNumber, $"{known} + {Box}p = {total}p", new MoneyAnswer(sorted[^1], MoneyUnit.Pence),
            $"Count on the coins you know: {sorted[..^1].Sum()}p. Then {sorted[^1]}p more makes {total}p.", dimension,
            Features.Of((CoinsShown, string.Join("+", sorted)), (Order, "largest first")), CountingOn(sorted, total, "?"),
            [new($"{total}p", "Gives the total instead of the missing coin."), new($"{sorted[^1] + sorted[^2]}p", "Forgets to count one of the coins it can see.")]);
    }

    private static QuestionDraft Purses(Dice dice)
    {
        var (many, few) = TwoNames(dice);
        var small = Enumerable.Range(0, 5).Select(_ => dice.Pick(SmallCoins)).OrderDescending().ToArray();
        var pairs = new[] { (20, 10), (20, 20), (50, 10), (50, 20), (50, 50) }.Where(p => p.Item1 + p.Item2 > small.Sum()).ToArray();
        var (a, b) = dice.Pick(pairs);
        WrongAnswer[] wrong = [new(many, "Counts the number of coins rather than their value."), new("They have the same", "Compares without finding each total.")];
        return Ask(QuestionFormat.MultipleChoice,
            $"{many} has five coins: {string.Join(", ", small.Select(c => $"{c}p"))}. {few} has two coins: {a}p and {b}p. Who has more money?",
            Choose(dice, few, wrong),
            $"{many} has {small.Sum()}p and {few} has {a + b}p. {few} has fewer coins but more money.",
            Variation.Deepening, Features.Of((CoinsShown, string.Join("+", small)), (Order, "largest first")), null, wrong);
    }
}
