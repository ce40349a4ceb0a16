using System.Collections.Generic;
using System.Linq;
using System.Text;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.PupilNumber;

namespace KeepUp.Domain.Practice.Generators.NumberAndPlaceValue;

/// <summary>
/// Reading and writing Roman numerals by partitioning into hundreds, tens and ones: a numeral is
/// read, one symbol changes, then a subtracting pair appears (XL, IX, CM); the question turns
/// round into choosing the numeral for a number, then the number is shown in a place-value chart,
/// and the set ends by choosing the right numeral over a typical mistake.
/// </summary>
/// <param name="max">The largest number used: 100 or 1,000.</param>
public sealed class RomanNumeralsGenerator(int max) : QuestionGenerator
{
    private const string Number = "number";

    private static readonly (int Value, string Symbols)[] Table =
        [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")];

    private static readonly Dictionary<char, int> Values = new() { ['I'] = 1, ['V'] = 5, ['X'] = 10, ['L'] = 50, ['C'] = 100, ['D'] = 500, ['M'] = 1000 };

    /// <inheritdoc />
    public override string Family => "read and write Roman numerals";

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        var places = max >= 1000 ? 3 : 2;
        var n1 = Build(dice, places, subtract: false);
        var n2 = n1 - n1 % 10 + dice.Pick(Plain.Where(d => d != n1 % 10).ToList());
        var n3 = Build(dice, places, subtract: true);
        int n4;
        do
        {
            n4 = Build(dice, places, subtract: true);
        }
        while (n4 == n3);

        var n5 = Build(dice, places, subtract: true);
        return
        [
            Read(n1, Variation.Start),
            Read(n2, Number),
            Read(n3, Number),
            Write(n3, chart: false, QuestionTypeFeature),
            Write(n4, chart: false, Number),
            Write(n4, chart: true, RepresentationFeature),
            Mistake(dice, n5),
        ];
    }

    private static readonly int[] Plain = [1, 2, 3, 5, 6, 7, 8];

    // A number whose digits (below the top place for 3 places) avoid 4 and 9, or use at least one.
    private static int Build(Dice dice, int places, bool subtract)
    {
        while (true)
        {
            var n = 0;
            for (var e = places - 1; e >= 0; e--)
            {
                var digit = e == places - 1 ? dice.Pick(places == 3 ? [1, 2, 3, 4, 5, 6, 7, 8, 9] : Plain.Concat([4, 9]).ToArray()) : dice.Between(0, 9);
                n = n * 10 + digit;
            }

            var digits = Enumerable.Range(0, places).Select(e => n / (int)PlaceValue.Power(e) % 10).ToList();
            var hasSubtract = digits.Any(d => d is 4 or 9);
            if (n > 10 && hasSubtract == subtract)
            {
                return n;
            }
        }
    }

    /// <summary>A number in Roman numerals.</summary>
    internal static string ToRoman(int n)
    {
        var text = new StringBuilder();
        foreach (var (value, symbols) in Table)
        {
            for (; n >= value; n -= value)
            {
                text.Append(symbols);
            }
        }

        return text.ToString();
    }

    private static string Additive(int n)
    {
        var text = new StringBuilder();
        foreach (var (value, symbols) in Table.Where(t => t.Symbols.Length == 1))
        {
            for (; n >= value; n -= value)
            {
                text.Append(symbols);
            }
        }

        return text.ToString();
    }

    private static int AddEverySymbol(string roman) => roman.Sum(c => Values[c]);

    // Writes each subtracting pair the other way round: XL becomes LX.
    private static string Reversed(int n)
    {
        var text = new StringBuilder();
        foreach (var (value, symbols) in Table)
        {
            for (; n >= value; n -= value)
            {
                text.Append(symbols.Length == 2 ? string.Concat(symbols[1], symbols[0]) : symbols);
            }
        }

        return text.ToString();
    }

    private static string Parts(int n) =>
        string.Join(" + ", Enumerable.Range(0, 4).Reverse().Select(e => n / (int)PlaceValue.Power(e) % 10 * (int)PlaceValue.Power(e)).Where(p => p > 0)
            .Select(p => $"{Whole(p)} ({ToRoman(p)})"));

    private static QuestionDraft Read(int n, string dimension)
    {
        var roman = ToRoman(n);
        var wrong = new List<WrongAnswer>
        {
            new(Whole(AddEverySymbol(roman)), "Adds every symbol, so reads XL as 60 instead of subtracting."),
            new(Whole(roman.Length), "Counts the symbols instead of adding their values."),
        };
        if (n % 10 != 0)
        {
            wrong.Add(new(Whole(n / 10 * 100 + n % 10), "Writes the value of each group side by side instead of adding them."));
        }

        return new QuestionDraft
        {
            Format = QuestionFormat.NumberEntry,
            Prompt = $"What number is {roman}?",
            Answer = NumberAnswer.Whole(n),
            Wrong = wrong,
            Worked = $"{roman} is {Parts(n)}, so it is {Whole(n)}.",
            StemSentence = 0,
            Dimension = dimension,
            Features = Features.Of((Number, n)),
        };
    }

    private static List<WrongAnswer> WriteWrong(int n)
    {
        var right = ToRoman(n);
        return new List<WrongAnswer>
        {
            new(Additive(n), "Repeats a symbol four times, writing 40 as XXXX or 9 as VIIII."),
            new(Reversed(n), "Puts the smaller numeral after the larger one, which adds instead of subtracting."),
            new(ToRoman(n + 10 <= 3999 ? n + 10 : n - 10), "Adds one symbol too many when writing the tens."),
        }.Where(w => w.Text != right).DistinctBy(w => w.Text).ToList();
    }

    private static QuestionDraft Write(int n, bool chart, string dimension)
    {
        var right = ToRoman(n);
        var wrong = WriteWrong(n);
        return new QuestionDraft
        {
            Format = QuestionFormat.MultipleChoice,
            Prompt = chart ? "Which Roman numeral shows the number in the chart?" : $"Which is {Whole(n)} in Roman numerals?",
            Picture = chart ? NpvPictures.Chart(n) : null,
            Answer = new ChoiceAnswer(right, [right, .. wrong.Select(w => w.Text)]),
            Wrong = wrong,
            Worked = $"{Whole(n)} = {Parts(n)}, so it is {right}.",
            StemSentence = 0,
            Dimension = dimension,
            Features = Features.Of((Number, n)),
        };
    }

    private static QuestionDraft Mistake(Dice dice, int n)
    {
        var name = PupilNames.Pick(dice);
        var right = ToRoman(n);
        var wrong = WriteWrong(n);
        var shown = wrong[0];
        return new QuestionDraft
        {
            Format = QuestionFormat.SpotTheMistake,
            Prompt = $"{name} wrote {Whole(n)} as {shown.Text}. Which is the right way to write it?",
            Answer = new ChoiceAnswer(right, [right, .. wrong.Select(w => w.Text)]),
            Wrong = wrong,
            Worked = $"{Whole(n)} = {Parts(n)}, so it is {right}. A smaller numeral before a larger one means subtract, and no symbol is written four times in a row.",
            StemSentence = 1,
            Dimension = Variation.Deepening,
            Features = Features.Of((Number, n)),
        };
    }
}
