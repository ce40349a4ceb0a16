using System.Collections.Generic;
using System.Linq;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.PupilNumber;

namespace KeepUp.Domain.Practice.Generators.NumberAndPlaceValue;

/// <summary>
/// Solving problems with place value using three digit cards: the greatest 2-digit number, then
/// with one card changed, the smallest, how many numbers can be made (worked systematically), the
/// same with a zero card, and a list with a number missed out by not working in an order.
/// </summary>
public sealed class DigitCardsGenerator : QuestionGenerator
{
    private const string Cards = "cards";
    private const string Ask = "ask";

    /// <inheritdoc />
    public override string Family => "place-value problems with digit cards";

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        var cards = dice.Shuffle(Enumerable.Range(1, 9)).Take(4).ToList();
        var first = cards.Take(3).OrderBy(c => c).ToArray();
        var second = new[] { first[0], first[1], cards[3] }.OrderBy(c => c).ToArray();
        var withZero = new[] { 0, second[1], second[2] };
        return
        [
            Greatest(first, chart: false, Variation.Start),
            Greatest(second, chart: false, Cards),
            Greatest(second, chart: true, RepresentationFeature),
            Smallest(second),
            HowMany(second, box: false, Ask),
            HowMany(second, box: true, QuestionTypeFeature),
            HowMany(withZero, box: true, Cards),
            Missing(dice),
        ];
    }

    private static string List(IEnumerable<int> cards) => string.Join(", ", cards);

    private static List<int> AllNumbers(int[] cards) =>
        [.. from t in cards from o in cards where t != o && t != 0 select t * 10 + o];

    private static QuestionDraft Greatest(int[] cards, bool chart, string dimension)
    {
        var right = cards[2] * 10 + cards[1];
        return new QuestionDraft
        {
            Format = QuestionFormat.NumberEntry,
            Prompt = $"Use two of the digit cards {List(cards)}. What is the greatest 2-digit number you can make?",
            Picture = chart ? new PlaceValueChartPicture([new PlaceValueColumn("Tens", 0), new PlaceValueColumn("Ones", 0)]) : null,
            Answer = NumberAnswer.Whole(right),
            Wrong =
            [
                new(Whole(cards[1] * 10 + cards[2]), "Puts the greatest digit in the ones place, where it is worth least."),
                new(Whole(cards[2] * 10 + cards[2]), "Uses the same card twice."),
                new(Whole(cards[2] + cards[1]), "Adds the digits instead of making a number."),
            ],
            Worked = $"The tens digit is worth more, so put the greatest card, {cards[2]}, in the tens and the next greatest, {cards[1]}, in the ones: {right}.",
            StemSentence = 0,
            Dimension = dimension,
            Features = Features.Of((Cards, List(cards)), (Ask, "greatest")),
        };
    }

    private static QuestionDraft Smallest(int[] cards)
    {
        var right = cards[0] * 10 + cards[1];
        return new QuestionDraft
        {
            Format = QuestionFormat.NumberEntry,
            Prompt = $"Use two of the digit cards {List(cards)}. What is the smallest 2-digit number you can make?",
            Picture = new PlaceValueChartPicture([new PlaceValueColumn("Tens", 0), new PlaceValueColumn("Ones", 0)]),
            Answer = NumberAnswer.Whole(right),
            Wrong =
            [
                new(Whole(cards[1] * 10 + cards[0]), "Puts the smallest digit in the ones place instead of the tens."),
                new(Whole(cards[2] * 10 + cards[1]), "Makes the greatest number instead of the smallest."),
            ],
            Worked = $"The tens decide first, so the smallest card, {cards[0]}, goes in the tens and the next smallest, {cards[1]}, in the ones: {right}.",
            StemSentence = 0,
            Dimension = Ask,
            Features = Features.Of((Cards, List(cards)), (Ask, "smallest")),
        };
    }

    private static QuestionDraft HowMany(int[] cards, bool box, string dimension)
    {
        var count = AllNumbers(cards).Count;
        var wrong = new List<WrongAnswer>
        {
            new(Whole(3), "Finds a few numbers and stops, missing some by not working in an order."),
            new(Whole(9), "Uses a card twice, so counts numbers like 33."),
        };
        if (cards.Contains(0))
        {
            wrong.Insert(0, new(Whole(6), "Puts 0 in the tens place, which does not make a 2-digit number."));
        }

        return new QuestionDraft
        {
            Format = box ? QuestionFormat.MissingNumber : QuestionFormat.NumberEntry,
            Prompt = box
                ? $"Digit cards {List(cards)}: you can make {Box} different 2-digit numbers."
                : $"How many different 2-digit numbers can you make with two of the cards {List(cards)}?",
            Picture = new PlaceValueChartPicture([new PlaceValueColumn("Tens", 0), new PlaceValueColumn("Ones", 0)]),
            Answer = NumberAnswer.Whole(count),
            Wrong = wrong,
            Worked = $"Work in order, one tens digit at a time: {List(AllNumbers(cards))}. That is {count} numbers.",
            StemSentence = 0,
            Dimension = dimension,
            Features = Features.Of((Cards, List(cards)), (Ask, "how many")),
        };
    }

    private static QuestionDraft Missing(Dice dice)
    {
        var name = PupilNames.Pick(dice);
        var cards = dice.Shuffle(Enumerable.Range(1, 9)).Take(3).OrderBy(c => c).ToArray();
        var all = AllNumbers(cards);
        var gap = dice.Pick(all);
        var listed = all.Where(n => n != gap).ToList();
        return new QuestionDraft
        {
            Format = QuestionFormat.SpotTheMistake,
            Prompt = $"{name} made every 2-digit number from the cards {List(cards)}: {List(listed)}. Which number did {name} miss?",
            Answer = NumberAnswer.Whole(gap),
            Wrong =
            [
                new(Whole(gap / 10 * 11), "Uses the same card twice."),
                new(Whole(gap % 10 * 10 + gap / 10), "Turns a number round without checking it is already in the list."),
            ],
            Worked = $"Working in order, each tens digit goes with each of the other two cards: {List(all)}. {gap} is missing.",
            StemSentence = 0,
            Dimension = Variation.Deepening,
            Features = Features.Of((Cards, List(cards)), (Ask, "missing")),
        };
    }
}
