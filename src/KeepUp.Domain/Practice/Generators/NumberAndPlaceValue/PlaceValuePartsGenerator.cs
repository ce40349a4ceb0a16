using System.Collections.Generic;
using System.Linq;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.PupilNumber;

namespace KeepUp.Domain.Practice.Generators.NumberAndPlaceValue;

/// <summary>
/// Representing a number with blocks or a place-value chart and partitioning it into the values
/// of its digits (527 = 500 + 20 + 7): read the picture, change one digit, say what one digit is
/// worth, put a zero in a place, fill in a partition with the box moving, show it as a part–whole
/// model, and end by correcting someone who gives a digit's face value.
/// </summary>
/// <param name="low">The smallest number used.</param>
/// <param name="high">The largest number used (all numbers have as many digits as this one).</param>
public sealed class PlaceValuePartsGenerator(long low, long high) : QuestionGenerator
{
    private const string Number = "number";
    private const string BoxAt = "box";

    /// <inheritdoc />
    public override string Family => "represent and partition by place value";

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        var digits = NpvPictures.DigitCount(low);
        var asked = PlaceValue.Power(dice.Between(1, digits - 1));
        var b = DistinctDigits(dice, low, high);
        var a = ChangeOneDigit(dice, b, asked, zero: false);
        // Two-digit numbers get a new ones digit; longer ones a zero place holder below the top.
        var c = ChangeOneDigit(dice, b, asked, zero: digits > 2);
        // A part-whole model has at most four parts, so long numbers get more zeros.
        while (Parts(c).Count > 4)
        {
            var place = Enumerable.Range(0, digits - 1).Select(PlaceValue.Power).First(p => p != asked && PlaceValue.DigitIn(c, p) > 0);
            c -= PlaceValue.DigitIn(c, place) * place;
        }

        var e = DistinctDigits(dice, low, high);
        var eAsked = PlaceValue.Power(dice.Between(1, digits - 1));
        return
        [
            Read(a, Variation.Start),
            Read(b, Number),
            DigitValue(b, asked, QuestionTypeFeature),
            DigitValue(c, asked, Number),
            Partition(c, last: true, partWhole: false, QuestionTypeFeature),
            Partition(c, last: false, partWhole: false, BoxAt),
            Partition(c, last: false, partWhole: true, RepresentationFeature),
            FaceValue(dice, e, eAsked),
        ];
    }

    private static long DistinctDigits(Dice dice, long low, long high)
    {
        while (true)
        {
            var n = Numbers.Between(dice, low, high);
            var text = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (!text.Contains('0', System.StringComparison.Ordinal) && text.Distinct().Count() == text.Length)
            {
                return n;
            }
        }
    }

    private static long ChangeOneDigit(Dice dice, long n, long asked, bool zero)
    {
        var digits = NpvPictures.DigitCount(n);
        var top = PlaceValue.Power(digits - 1);
        var places = Enumerable.Range(0, digits).Select(PlaceValue.Power).Where(p => p != asked && (!zero || p != top)).ToList();
        var place = dice.Pick(places);
        var used = n.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(ch => ch - '0').ToHashSet();
        var free = Enumerable.Range(1, 9).Where(d => !used.Contains(d)).ToList();
        var digit = zero ? 0 : dice.Pick(free);
        return n + (digit - PlaceValue.DigitIn(n, place)) * place;
    }

    private static List<long> Parts(long n) =>
        [.. Enumerable.Range(0, NpvPictures.DigitCount(n)).Reverse().Select(PlaceValue.Power)
            .Where(p => PlaceValue.DigitIn(n, p) > 0).Select(p => PlaceValue.DigitIn(n, p) * p)];

    private static Picture FirstPicture(long n) => NpvPictures.BlocksOrChart(n);

    private static QuestionDraft Read(long n, string dimension)
    {
        var text = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var swapped = long.Parse(string.Concat(text[1], text[0], text[2..]), System.Globalization.CultureInfo.InvariantCulture);
        var digitSum = text.Sum(ch => ch - '0');
        var wrong = new List<WrongAnswer>
        {
            new(Whole(digitSum), "Counts every block or counter as one, whatever its value."),
            new(Whole(swapped), "Reads the columns in the wrong order."),
        };
        if (text.Length == 2)
        {
            wrong.Add(new(Whole(n / 10 * 100 + n % 10), $"Writes the tens and then the ones as they are heard, so writes {n / 10}0{n % 10}."));
        }

        return new QuestionDraft
        {
            Format = QuestionFormat.MatchPicture,
            Prompt = "Which number is shown?",
            Picture = FirstPicture(n),
            Answer = NumberAnswer.Whole(n),
            Wrong = wrong,
            Worked = $"The picture shows {NumberWords.Places(n)}, so the number is {Whole(n)}.",
            Dimension = dimension,
            Features = Features.Of((Number, n), (BoxAt, "last part")),
        };
    }

    private static QuestionDraft DigitValue(long n, long place, string dimension)
    {
        var digit = PlaceValue.DigitIn(n, place);
        return new QuestionDraft
        {
            Format = QuestionFormat.NumberEntry,
            Prompt = $"What is the value of the digit {digit} in {Whole(n)}?",
            Picture = FirstPicture(n),
            Answer = NumberAnswer.Whole(digit * place),
            Wrong =
            [
                new(Whole(digit), "Gives the digit itself, not the value of its place."),
                new(Whole(digit * place * 10), "Thinks the digit is one place further left than it is."),
                new(Whole(digit * place / 10), "Thinks the digit is one place further right than it is."),
            ],
            Worked = $"The {digit} is in the {PlaceValue.NameOf(place)} place, so it is worth {digit} {(digit == 1 ? NumberWords.Singular(PlaceValue.NameOf(place)) : PlaceValue.NameOf(place))}, which is {Whole(digit * place)}.",
            StemSentence = 1,
            Dimension = dimension,
            Features = Features.Of((Number, n), (BoxAt, "last part")),
        };
    }

    private static QuestionDraft Partition(long n, bool last, bool partWhole, string dimension)
    {
        var parts = Parts(n);
        var missing = last ? parts.Count - 1 : 0;
        var value = parts[missing];
        var shown = string.Join(" + ", parts.Select((p, i) => i == missing ? Box : Whole(p)));
        var face = value / PlaceValue.Power(NpvPictures.DigitCount(value) - 1);
        var wrong = new List<WrongAnswer>
        {
            new(Whole(face), "Writes the digit instead of the value of its place."),
            new(Whole(value * 10), "Puts the digit in the place to the left."),
            new(Whole(n - value), "Writes the rest of the number instead of the missing part."),
        };
        return new QuestionDraft
        {
            Format = QuestionFormat.MissingNumber,
            Prompt = $"{Whole(n)} = {shown}",
            Picture = partWhole ? new PartWholePicture(Whole(n), [.. parts.Select((p, i) => i == missing ? null : Whole(p))]) : FirstPicture(n),
            Answer = NumberAnswer.Whole(value),
            Wrong = wrong,
            Worked = $"{Whole(n)} is {NumberWords.Places(n)}: {Whole(n)} = {string.Join(" + ", parts.Select(p => Whole(p)))}.",
            StemSentence = 1,
            Dimension = dimension,
            Features = Features.Of((Number, n), (BoxAt, last ? "last part" : "first part")),
        };
    }

    private static QuestionDraft FaceValue(Dice dice, long n, long place)
    {
        var name = PupilNames.Pick(dice);
        var digit = PlaceValue.DigitIn(n, place);
        return new QuestionDraft
        {
            Format = QuestionFormat.SpotTheMistake,
            Prompt = $"{name} says the {digit} in {Whole(n)} is worth {digit}. What is it really worth?",
            Answer = NumberAnswer.Whole(digit * place),
            Wrong =
            [
                new(Whole(digit), "Gives the face value of a digit, not the value of its place."),
                new(Whole(digit * place * 10), "Counts the places from the wrong end and puts the digit one place too far left."),
            ],
            Worked = $"The {digit} is in the {PlaceValue.NameOf(place)} column, so it is worth {Whole(digit * place)}, not {digit}.",
            StemSentence = 0,
            Dimension = Variation.Deepening,
            Features = Features.Of((Number, n), (BoxAt, "none")),
        };
    }
}
