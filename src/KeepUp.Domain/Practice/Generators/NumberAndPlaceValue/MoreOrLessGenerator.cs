using System.Collections.Generic;
using System.Linq;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.PupilNumber;

namespace KeepUp.Domain.Practice.Generators.NumberAndPlaceValue;

/// <summary>
/// One, ten, a hundred or a thousand more or less than a number: only the digit in that place
/// changes. The set changes the number, turns more into less, shows it as a hop on a number line,
/// runs it backwards (10 less than □ is 24), changes the amount, and ends by correcting a mistake
/// at a boundary (10 more than 395 is not 3,105).
/// </summary>
/// <param name="amounts">The amounts practised (1, 10, 100, 1,000), the first one first.</param>
/// <param name="low">The smallest number used.</param>
/// <param name="high">The largest number used.</param>
public sealed class MoreOrLessGenerator(long[] amounts, long low, long high) : QuestionGenerator
{
    private const string Number = "number";
    private const string Way = "more or less";
    private const string Amount = "amount";

    /// <inheritdoc />
    public override string Family => "one, ten, a hundred or a thousand more or less";

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        var first = amounts[0];
        var n1 = NoCrossing(dice, -1);
        var n2 = NoCrossing(dice, n1);
        var drafts = new List<QuestionDraft>
        {
            Find(n1, first, more: true, line: false, Variation.Start),
            Find(n2, first, more: true, line: false, Number),
            Find(n2, first, more: false, line: false, Way),
            Find(n2, first, more: false, line: true, RepresentationFeature),
            Backwards(n2, first, QuestionTypeFeature),
        };
        drafts.AddRange(amounts.Skip(1).Select(a => Backwards(n2, a, Amount)));
        drafts.Add(Boundary(dice));
        return drafts;
    }

    private long NoCrossing(Dice dice, long not)
    {
        var biggest = amounts.Max();
        while (true)
        {
            var n = Numbers.Between(dice, low + biggest, high - biggest);
            if (n != not && amounts.All(a => PlaceValue.DigitIn(n, a) is >= 1 and <= 8))
            {
                return n;
            }
        }
    }

    private Picture Picture(long n) => high switch
    {
        <= 10 => new TenFramePicture((int)n),
        <= 20 => new TenFramePicture((int)n, 2),
        _ => NpvPictures.BlocksOrChart(n),
    };

    private static string Words(long amount) => amount switch
    {
        1 => "One",
        10 => "Ten",
        _ => Whole(amount),
    };

    private QuestionDraft Find(long n, long amount, bool more, bool line, string dimension)
    {
        var result = more ? n + amount : n - amount;
        var sign = more ? 1 : -1;
        var wrong = new List<WrongAnswer>
        {
            new(Whole(n - sign * amount), more ? "Mixes up one more and one less, so finds less." : "Mixes up more and less, so finds more."),
        };
        if (amount >= 10)
        {
            wrong.Add(new(Whole(n + sign * amount / 10), $"Changes the digit to the right of the {PlaceValue.NameOf(amount)} instead."));
        }
        else
        {
            wrong.Add(new(Whole(n + sign * 2), "Counts the start number as the first one more, so lands one too far."));
        }

        if (n + sign * amount * 10 >= 0)
        {
            wrong.Add(new(Whole(n + sign * amount * 10), $"Changes the digit to the left of the {PlaceValue.NameOf(amount)} instead."));
        }

        wrong.RemoveAll(w => w.Text.StartsWith(Minus, System.StringComparison.Ordinal));
        var low = System.Math.Min(n, result);
        var lineStart = System.Math.Max(0, low - amount);
        return new QuestionDraft
        {
            Format = QuestionFormat.NumberEntry,
            Prompt = $"What is {Words(amount).ToLowerInvariant()} {(more ? "more" : "less")} than {Whole(n)}?",
            Picture = line
                ? new NumberLinePicture(lineStart, System.Math.Max(n, result) + amount, amount, NumberLineLabels.None,
                    [new NumberLineJump(n, result, (more ? "+" : Minus) + Whole(amount))], [new NumberLineMark(n, Whole(n)), new NumberLineMark(result, "?")])
                : Picture(n),
            Answer = NumberAnswer.Whole(result),
            Wrong = wrong,
            Worked = $"Only the {PlaceValue.NameOf(amount)} digit changes: {PlaceValue.DigitIn(n, amount)} {(more ? "+" : Minus)} 1 = {PlaceValue.DigitIn(result, amount)}, so {Words(amount).ToLowerInvariant()} {(more ? "more" : "less")} than {Whole(n)} is {Whole(result)}.",
            StemSentence = more ? 0 : 1,
            Dimension = dimension,
            Features = Features.Of((Number, n), (Way, more ? "more" : "less"), (Amount, amount)),
        };
    }

    private static QuestionDraft Backwards(long n, long amount, string dimension)
    {
        var result = n - amount;
        return new QuestionDraft
        {
            Format = QuestionFormat.MissingNumber,
            Prompt = $"{Words(amount)} less than {Box} is {Whole(result)}.",
            Picture = new NumberLinePicture(System.Math.Max(0, result - amount), n + amount, amount, NumberLineLabels.None,
                [new NumberLineJump(n, result, Minus + Whole(amount))], [new NumberLineMark(n, "?"), new NumberLineMark(result, Whole(result))]),
            Answer = NumberAnswer.Whole(n),
            Wrong =
            [
                .. result - amount >= 0 ? [new WrongAnswer(Whole(result - amount), "Finds less again instead of working backwards to the number that is more.")] : System.Array.Empty<WrongAnswer>(),
                new(Whole(result), "Copies the number it can see."),
                new(Whole(result + amount * 10), $"Changes the digit to the left of the {PlaceValue.NameOf(amount)} instead."),
            ],
            Worked = $"The missing number is {Words(amount).ToLowerInvariant()} more than {Whole(result)}, which is {Whole(n)}.",
            StemSentence = 1,
            Dimension = dimension,
            Features = Features.Of((Number, n), (Way, "less"), (Amount, amount)),
        };
    }

    private QuestionDraft Boundary(Dice dice)
    {
        var name = PupilNames.Pick(dice);
        // Prefer a number that crosses into the next place (395 + 10) when the range has one.
        var crossing = amounts.Where(a => 20 * a <= high).ToList();
        long n;
        long amount;
        long mistake;
        string why;
        if (crossing.Count > 0)
        {
            amount = dice.Pick(crossing);
            var prefixMax = high / (10 * amount) - 1;
            var suffix = amount > 1 ? Numbers.Between(dice, 0, amount - 1) : 0;
            var prefix = prefixMax;
            for (var tries = 0; tries < 20; tries++)
            {
                var p = Numbers.Between(dice, 1, prefixMax);
                if ((p * 10 + 9) * amount + suffix >= low)
                {
                    prefix = p;
                    break;
                }
            }

            n = (prefix * 10 + 9) * amount + suffix;
            mistake = (prefix * 100 + 10) * amount + suffix;
            why = $"Writes 10 in the {PlaceValue.NameOf(amount)} place instead of exchanging ten {PlaceValue.NameOf(amount)} for one {NumberWords.Singular(PlaceValue.NameOf(amount * 10))}.";
        }
        else
        {
            amount = amounts[0];
            n = NoCrossing(dice, -1);
            mistake = amount >= 10 ? n + amount / 10 : n + 2;
            why = amount >= 10 ? "Changes the ones digit when finding ten more." : "Counts the start number as the first one more, so lands one too far.";
        }

        var right = n + amount;
        return new QuestionDraft
        {
            Format = QuestionFormat.SpotTheMistake,
            Prompt = $"{name} says {Words(amount).ToLowerInvariant()} more than {Whole(n)} is {Whole(mistake)}. What is the right answer?",
            Answer = NumberAnswer.Whole(right),
            Wrong =
            [
                new(Whole(mistake), why),
                new(Whole(n - amount), "Finds less instead of more."),
            ],
            Worked = $"{Whole(n)} + {Whole(amount)} = {Whole(right)}. {name} {why[0..1].ToLowerInvariant()}{why[1..]}",
            StemSentence = 0,
            Dimension = Variation.Deepening,
            Features = Features.Of((Number, n), (Way, "more"), (Amount, amount)),
        };
    }
}
