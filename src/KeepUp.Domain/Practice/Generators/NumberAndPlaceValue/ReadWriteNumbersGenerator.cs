using System.Collections.Generic;
using System.Linq;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.PupilNumber;

namespace KeepUp.Domain.Practice.Generators.NumberAndPlaceValue;

/// <summary>
/// Reading and writing numbers in numerals and words: a number said in words is written in digits,
/// one digit changes, then a zero holds a place; then the words are chosen for a numeral, first
/// alone and then beside a picture, the picture is read, and the set ends by correcting someone
/// who wrote a number as it is heard.
/// </summary>
/// <param name="low">The smallest number used.</param>
/// <param name="high">The largest number used.</param>
public sealed class ReadWriteNumbersGenerator(long low, long high) : QuestionGenerator
{
    private const string Number = "number";

    /// <inheritdoc />
    public override string Family => "read and write numbers in numerals and words";

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        long a, b, c;
        do
        {
            a = Numbers.Between(dice, low, high);
            b = ChangeOnes(dice, a);
            c = WithPlaceHolder(dice, b);
        }
        while (c == a);

        long d;
        do
        {
            d = Numbers.Between(dice, low, high);
        }
        while (Mistakes(d).Count == 0 || d == c);

        return
        [
            InDigits(a, Variation.Start),
            InDigits(b, Number),
            InDigits(c, Number),
            InWords(c, null, QuestionTypeFeature),
            InWords(c, Picture(c), RepresentationFeature),
            ReadPicture(c),
            Mistake(dice, d),
        ];
    }

    private long ChangeOnes(Dice dice, long n)
    {
        for (var tries = 0; tries < 20; tries++)
        {
            var m = n - n % 10 + dice.Between(0, 9);
            if (m != n && m >= low && m <= high && Mistakes(m).Count > 0)
            {
                return m;
            }
        }

        return n == high ? n - 1 : n + 1;
    }

    private long WithPlaceHolder(Dice dice, long n)
    {
        var digits = NpvPictures.DigitCount(n);
        if (high <= 20)
        {
            // No place holders yet: just another number to read.
            long m;
            do
            {
                m = Numbers.Between(dice, low, high);
            }
            while (m == n);
            return m;
        }

        if (digits == 2)
        {
            var tens = n - n % 10;
            return tens >= low && tens != n ? tens : (n + 10 - n % 10 <= high ? n + 10 - n % 10 : n - n % 10 - 10);
        }

        // Set a non-zero digit below the first to zero; a round number gains a one instead.
        var places = Enumerable.Range(0, digits - 1).Select(PlaceValue.Power).Where(p => PlaceValue.DigitIn(n, p) > 0).ToList();
        if (places.Count == 0)
        {
            return n + 1;
        }

        var place = dice.Pick(places);
        return n - PlaceValue.DigitIn(n, place) * place;
    }

    /// <summary>The numbers a pupil might write instead, each with the misconception behind it.</summary>
    internal static List<(long Value, string Why)> Mistakes(long n)
    {
        var list = new List<(long, string)>();
        var ones = n % 10;
        var tens = n / 10 % 10;
        if (n <= 10)
        {
            list.Add((n switch { 10 => 2, 2 => 10, 6 => 7, 7 => 6, _ => n + 1 }, "Mixes up number words that sound or start alike."));
            list.Add((n > 1 ? n - 1 : n + 2, "Matches the word to the neighbouring number."));
        }
        else if (n < 20)
        {
            list.Add((ones * 10 + 1, $"Writes the digits in the order they are heard, so writes {ones}1 for {NumberWords.Of(n)}."));
            list.Add((ones * 10, "Confuses -teen and -ty numbers."));
        }
        else if (n < 100)
        {
            if (ones > 0)
            {
                list.Add((tens * 100 + ones, $"Writes the tens as they are heard and then the ones, so writes {tens}0{ones} for {NumberWords.Of(n)}."));
                list.Add((ones * 10 + tens, "Starts with the ones, so writes the digits the wrong way round."));
            }
            else
            {
                list.Add((tens, "Leaves out the zero, so writes the number of tens alone."));
                list.Add((10 + tens, "Confuses -ty and -teen numbers."));
            }
        }
        else
        {
            AddLargeMistakes(n, list);
        }

        return list.Where(m => m.Item1 > 0 && m.Item1 != n && m.Item1 < 100_000_000).ToList();
    }

    private static void AddLargeMistakes(long n, List<(long, string)> list)
    {
        var digits = NpvPictures.DigitCount(n);
        var text = n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var zero = text.IndexOf('0', 1);
        if (zero > 0)
        {
            var dropped = long.Parse(text.Remove(zero, 1), System.Globalization.CultureInfo.InvariantCulture);
            list.Add((dropped, "Leaves out a zero place holder."));
        }

        if (digits == 3 && n % 100 != 0)
        {
            list.Add((n / 100 * 1000 + n % 100, $"Writes each part as it is heard, so writes {n / 100}00 and then {n % 100}."));
        }
        else if (digits > 3 && n % 1000 != 0)
        {
            list.Add((n / 1000 * 1_000_000 + n % 1000, "Writes the thousands as they are heard and then the rest, so puts in too many zeros."));
        }

        var last = text[^1];
        var next = text[^2];
        if (last != next)
        {
            list.Add((n - n % 100 + (last - '0') * 10 + (next - '0'), "Swaps the tens and ones digits, writing them in the order they are heard."));
        }
    }

    private static Picture Picture(long n) => n switch
    {
        <= 10 => new TenFramePicture((int)n),
        <= 20 => new TenFramePicture((int)n, 2),
        _ => NpvPictures.BlocksOrChart(n),
    };

    private static QuestionDraft InDigits(long n, string dimension) => new()
    {
        Format = QuestionFormat.NumberEntry,
        Prompt = $"Write {NumberWords.Of(n)} in digits.",
        Answer = NumberAnswer.Whole(n),
        Wrong = [.. Mistakes(n).Select(m => new WrongAnswer(Whole(m.Value), m.Why))],
        Worked = $"{Capital(NumberWords.Of(n))} is {NumberWords.Places(n)}, so we write {Whole(n)}.",
        Dimension = dimension,
        Features = Features.Of((Number, n)),
    };

    private static QuestionDraft InWords(long n, Picture? picture, string dimension)
    {
        var right = NumberWords.Of(n);
        var wrong = Mistakes(n).Select(m => new WrongAnswer(NumberWords.Of(m.Value), m.Why))
            .Where(w => w.Text != right).DistinctBy(w => w.Text).Take(3).ToList();
        return new QuestionDraft
        {
            Format = QuestionFormat.MultipleChoice,
            Prompt = picture is null ? $"Which is {Whole(n)} in words?" : "Which words say the number shown?",
            Picture = picture,
            Answer = new ChoiceAnswer(right, [right, .. wrong.Select(w => w.Text)]),
            Wrong = wrong,
            Worked = $"{Whole(n)} is {NumberWords.Places(n)}: we say {right}.",
            StemSentence = 0,
            Dimension = dimension,
            Features = Features.Of((Number, n)),
        };
    }

    private static QuestionDraft ReadPicture(long n) => new()
    {
        Format = QuestionFormat.MatchPicture,
        Prompt = "Which number does the picture show?",
        Picture = Picture(n),
        Answer = NumberAnswer.Whole(n),
        Wrong = [.. Mistakes(n).Select(m => new WrongAnswer(Whole(m.Value), m.Why))],
        Worked = $"The picture shows {NumberWords.Places(n)}, which is {Whole(n)}.",
        Dimension = QuestionTypeFeature,
        Features = Features.Of((Number, n)),
    };

    private static QuestionDraft Mistake(Dice dice, long n)
    {
        var name = PupilNames.Pick(dice);
        var mistake = Mistakes(n)[0];
        return new QuestionDraft
        {
            Format = QuestionFormat.SpotTheMistake,
            Prompt = $"{name} wrote {NumberWords.Of(n)} as {Whole(mistake.Value)}. What should {name} have written?",
            Answer = NumberAnswer.Whole(n),
            Wrong = [.. Mistakes(n).Select(m => new WrongAnswer(Whole(m.Value), m.Why))],
            Worked = $"{Capital(NumberWords.Of(n))} is {NumberWords.Places(n)}, so it is written {Whole(n)}. {name} {Lower(mistake.Why)}",
            Dimension = Variation.Deepening,
            Features = Features.Of((Number, n)),
        };
    }

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private static string Lower(string text) => char.ToLowerInvariant(text[0]) + text[1..];
}
