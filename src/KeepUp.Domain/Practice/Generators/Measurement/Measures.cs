using System.Collections.Generic;
using System.Linq;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.PupilNumber;

namespace KeepUp.Domain.Practice.Generators.Measurement;

/// <summary>
/// How money, times and lengths are written for pupils in the measurement questions: £2 and 35p,
/// 1 m 35 cm, 1 hour 20 minutes, twenty to 8; and the names used in word problems.
/// </summary>
internal static class Measures
{
    /// <summary>A varied, inclusive set of first names for word problems.</summary>
    public static readonly IReadOnlyList<string> Names =
    [
        "Amir", "Bea", "Chen", "Dara", "Ella", "Femi", "Grace", "Hamza", "Isla", "Jai", "Kofi", "Layla",
        "Mo", "Nia", "Oscar", "Priya", "Ravi", "Sofia", "Tom", "Una", "Yusuf", "Zara", "Ana", "Ben",
        "Chloe", "Dev", "Erin", "Finn", "Hana", "Ivan", "Jess", "Kai", "Leo", "Maya", "Noah", "Ola",
    ];

    /// <summary>UK coins in pence, smallest first.</summary>
    public static readonly IReadOnlyList<int> Coins = [1, 2, 5, 10, 20, 50, 100, 200];

    private static readonly int[] Denominations = [2000, 1000, 500, 200, 100, 50, 20, 10, 5, 2, 1];

    /// <summary>The fewest UK coins (and £5, £10, £20 notes) that make an amount, largest first.</summary>
    public static int[] CoinsFor(long pence)
    {
        var pieces = new List<int>();
        foreach (var piece in Denominations)
        {
            for (; pence >= piece; pence -= piece)
            {
                pieces.Add(piece);
            }
        }

        return [.. pieces];
    }

    /// <summary>Two different names.</summary>
    public static (string First, string Second) TwoNames(Dice dice)
    {
        var first = dice.Between(0, Names.Count - 1);
        var second = (first + dice.Between(1, Names.Count - 1)) % Names.Count;
        return (Names[first], Names[second]);
    }

    /// <summary>A count with its unit, singular or plural: 1 hour, 3 hours.</summary>
    public static string Count(long count, string singular, string plural) => $"{Whole(count)} {(count == 1 ? singular : plural)}";

    /// <summary>A coin or note as written on it: 5p, £1, £20.</summary>
    public static string Piece(long pence) => pence < 100 ? $"{Whole(pence)}p" : $"£{Whole(pence / 100)}";

    /// <summary>An amount as pounds and pence in words pupils use before decimals: £2 and 35p, £3, 40p.</summary>
    public static string PoundsAndPence(long pence) => (pence / 100, pence % 100) switch
    {
        (0, var p) => $"{Whole(p)}p",
        (var l, 0) => $"£{Whole(l)}",
        var (l, p) => $"£{Whole(l)} and {Whole(p)}p",
    };

    /// <summary>A length in metres and centimetres: 1 m 35 cm, 2 m, 35 cm.</summary>
    public static string MetresAndCentimetres(long centimetres) => Mixed(centimetres, 100, "m", "cm");

    /// <summary>A length in two units: 2 km 50 m, 4 cm 7 mm (the larger unit left out when it is zero).</summary>
    public static string Mixed(long small, long factor, string bigUnit, string smallUnit) => (small / factor, small % factor) switch
    {
        (0, var s) => $"{Whole(s)} {smallUnit}",
        (var b, 0) => $"{Whole(b)} {bigUnit}",
        var (b, s) => $"{Whole(b)} {bigUnit} {Whole(s)} {smallUnit}",
    };

    /// <summary>A duration in hours and minutes: 1 hour 20 minutes, 45 minutes, 2 hours.</summary>
    public static string HoursAndMinutes(long minutes) => (minutes / 60, minutes % 60) switch
    {
        (0, var m) => Count(m, "minute", "minutes"),
        (var h, 0) => Count(h, "hour", "hours"),
        var (h, m) => $"{Count(h, "hour", "hours")} {Count(m, "minute", "minutes")}",
    };

    /// <summary>The hour as it is said on a 12-hour clock: 1 to 12.</summary>
    public static int ClockHour(int hour) => (hour + 11) % 12 + 1;

    /// <summary>A time as it is said: 4 o'clock, half past 3, twenty to 8, 7 minutes past 4.</summary>
    public static string Said(int hour, int minute)
    {
        var now = ClockHour(hour);
        var next = ClockHour(hour + 1);
        return minute switch
        {
            0 => $"{now} o'clock",
            30 => $"half past {now}",
            < 30 => $"{MinutesSaid(minute)} past {now}",
            _ => $"{MinutesSaid(60 - minute)} to {next}",
        };
    }

    private static string MinutesSaid(int minutes) => minutes switch
    {
        5 => "five",
        10 => "ten",
        15 => "quarter",
        20 => "twenty",
        25 => "twenty-five",
        1 => "1 minute",
        _ => $"{Whole(minutes)} minutes",
    };

    /// <summary>A question draft in one call.</summary>
    public static QuestionDraft Ask(
        QuestionFormat format,
        string prompt,
        ExpectedAnswer answer,
        string worked,
        string dimension,
        IReadOnlyDictionary<string, string> features,
        Picture? picture = null,
        IReadOnlyList<WrongAnswer>? wrong = null,
        int stem = 0) => new()
        {
            Format = format,
            Prompt = prompt,
            Picture = picture,
            Answer = answer,
            Wrong = wrong ?? [],
            Worked = worked,
            Dimension = dimension,
            Features = features,
            StemSentence = stem,
        };

    /// <summary>A pick-one answer whose options are the right one and the wrong ones, in a seeded order.</summary>
    public static ChoiceAnswer Choose(Dice dice, string right, IEnumerable<WrongAnswer> wrong) =>
        new(right, dice.Shuffle(wrong.Select(w => w.Text).Where(t => t != right).Distinct().Prepend(right)));

    /// <summary>A true-or-false answer, with the misconception behind choosing the wrong one.</summary>
    public static (ChoiceAnswer Answer, WrongAnswer[] Wrong) TrueOrFalse(bool truth, string misconception) =>
        (new ChoiceAnswer(truth ? "True" : "False", ChoiceAnswer.TrueOrFalse), [new(truth ? "False" : "True", misconception)]);

    /// <summary>The two wrong signs of a comparison, each with its misconception.</summary>
    public static WrongAnswer[] WrongSigns(char right, string ifLess, string ifGreater, string ifEqual) =>
        [.. new[] { ('<', ifLess), ('>', ifGreater), ('=', ifEqual) }.Where(s => s.Item1 != right).Select(s => new WrongAnswer(s.Item1.ToString(), s.Item2))];

    /// <summary>The text with its first letter in capitals.</summary>
    public static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>Small counts as words, for sentences such as "three 2p coins".</summary>
    public static string Word(int n) => n switch
    {
        1 => "one",
        2 => "two",
        3 => "three",
        4 => "four",
        5 => "five",
        6 => "six",
        7 => "seven",
        8 => "eight",
        9 => "nine",
        10 => "ten",
        _ => Whole(n),
    };
}
