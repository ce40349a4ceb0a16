using System.Collections.Generic;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.PupilNumber;

namespace KeepUp.Domain.Practice.Generators.NumberAndPlaceValue;

/// <summary>
/// Partitioning in ways other than by place value (47 = 30 + 17; 4,625 = 3,000 + 1,625): one of
/// the largest units is exchanged for ten of the next, so the parts no longer match the digits
/// but the whole stays the same. The set moves the box, shows a bar model, counts the smaller
/// units after the exchange, exchanges a second unit, and ends on whether exchanging changes the
/// number.
/// </summary>
/// <param name="digits">How many digits the whole has (2–7).</param>
/// <param name="roundTo">The numbers are multiples of this (1, or 10,000 for millions) so they stay readable.</param>
public sealed class FlexiblePartitionGenerator(int digits, long roundTo) : QuestionGenerator
{
    private const string Number = "number";
    private const string Exchanged = "units exchanged";
    private const string BoxAt = "box";

    /// <inheritdoc />
    public override string Family => "partition flexibly by exchanging";

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        var top = PlaceValue.Power(digits - 1);
        // At least 3 of the top unit, so two can be exchanged; the next digit is not 9, so
        // ten more of that unit is a new two-digit count.
        var x = dice.Between(3, 9);
        var next = top / 10;
        var y = dice.Between(1, 8);
        var rest = next / roundTo > 1 ? Numbers.PickMultiple(dice, roundTo, next - roundTo, roundTo) : 0;
        var n = x * top + y * next + rest;
        return
        [
            Missing(n, 1, first: false, bar: false, Variation.Start),
            Missing(n, 1, first: true, bar: false, BoxAt),
            Missing(n, 2, first: true, bar: false, Exchanged),
            Missing(n, 2, first: true, bar: true, RepresentationFeature),
            Missing(n, 2, first: false, bar: true, BoxAt),
            HowMany(n, 2, QuestionTypeFeature),
            HowMany(n, 1, Exchanged),
            Exchange(n),
        ];
    }

    private long Top => PlaceValue.Power(digits - 1);

    private string TopName => PlaceValue.NameOf(Top);

    private string NextName => PlaceValue.NameOf(Top / 10);

    private QuestionDraft Missing(long n, int k, bool first, bool bar, string dimension)
    {
        var x = n / Top;
        var big = (x - k) * Top;
        var small = n - big;
        var prompt = first ? $"{Whole(n)} = {Box} + {Whole(small)}" : $"{Whole(n)} = {Whole(big)} + {Box}";
        Picture picture = bar
            ? new BarModelPicture([new Bar(string.Empty, [new BarSection(first ? null : Whole(big), Fraction.Whole(big)), new BarSection(first ? Whole(small) : null, Fraction.Whole(small))])], Whole(n))
            : new PartWholePicture(Whole(n), [first ? null : Whole(big), first ? Whole(small) : null]);
        var wrong = first
            ? new List<WrongAnswer>
            {
                new(Whole(x * Top), "Uses the usual partition even though the other part has changed."),
                new(Whole(x - k), "Writes the digit instead of its value."),
                new(Whole(n + small), "Adds the numbers it can see instead of finding the missing part."),
            }
            : new List<WrongAnswer>
            {
                new(Whole(n % Top), "Thinks the parts must match the digits, so keeps the usual rest of the number."),
                new(Whole(n % Top + k * Top / 10), $"Exchanges each {NumberWords.Singular(TopName)} for one {NumberWords.Singular(NextName)} instead of ten."),
                new(Whole(n + big), "Adds the numbers it can see instead of finding the missing part."),
            };
        return new QuestionDraft
        {
            Format = QuestionFormat.MissingNumber,
            Prompt = prompt,
            Picture = picture,
            Answer = NumberAnswer.Whole(first ? big : small),
            Wrong = wrong,
            Worked = $"{Whole(n)} is {x} {TopName} and {Whole(n % Top)}. Moving {k} {(k == 1 ? NumberWords.Singular(TopName) : TopName)} into the other part leaves {Whole(big)} and makes {Whole(small)}, so {Whole(n)} = {Whole(big)} + {Whole(small)}.",
            StemSentence = 0,
            Dimension = dimension,
            Features = Features.Of((Number, n), (Exchanged, k), (BoxAt, first ? "first" : "second")),
        };
    }

    private QuestionDraft HowMany(long n, int k, string dimension)
    {
        var next = Top / 10;
        var x = n / Top;
        var rest = n % next;
        var count = n % Top / next + 10 * k;
        var made = rest > 0 ? $"{x - k} {TopName}, some {NextName} and {Whole(rest)}" : $"{x - k} {TopName} and some {NextName}";
        return new QuestionDraft
        {
            Format = QuestionFormat.NumberEntry,
            Prompt = $"{Whole(n)} is made of {made}. How many {NextName}?",
            Picture = new BarModelPicture([new Bar(string.Empty, [new BarSection(Whole((x - k) * Top), Fraction.Whole((x - k) * Top)), new BarSection(null, Fraction.Whole(n - (x - k) * Top))])], Whole(n)),
            Answer = NumberAnswer.Whole(count),
            Wrong =
            [
                new(Whole(n % Top / next), $"Keeps the {NextName} digit and forgets the {NextName} made by the exchange."),
                new(Whole(n % Top / next + k), $"Exchanges each {NumberWords.Singular(TopName)} for one {NumberWords.Singular(NextName)} instead of ten."),
                new(Whole(count * next), $"Gives the value of the {NextName} rather than how many there are."),
            ],
            Worked = $"Each {NumberWords.Singular(TopName)} is ten {NextName}, so {k} {(k == 1 ? NumberWords.Singular(TopName) : TopName)} exchanged make {10 * k} {NextName}; with the {n % Top / next} already there that is {count} {NextName}.",
            StemSentence = 1,
            Dimension = dimension,
            Features = Features.Of((Number, n), (Exchanged, k), (BoxAt, "second")),
        };
    }

    private QuestionDraft Exchange(long n) => new()
    {
        Format = QuestionFormat.AlwaysSometimesNever,
        Prompt = $"Always, sometimes or never true? Exchanging one {NumberWords.Singular(TopName)} for ten {NextName} changes the value of a number.",
        Answer = new ChoiceAnswer("Never", ChoiceAnswer.AlwaysSometimesNever),
        Wrong =
        [
            new("Always", "Believes there is only one correct way to partition a number, so a different partition must be a different number."),
            new("Sometimes", $"Thinks more than 9 {NextName} cannot be part of the same number."),
        ],
        Worked = $"One {NumberWords.Singular(TopName)} is worth exactly ten {NextName}, so exchanging moves value from one part to another and {Whole(n)} stays {Whole(n)}.",
        StemSentence = 1,
        Dimension = Variation.Deepening,
        Features = Features.Of((Number, n), (Exchanged, "any"), (BoxAt, "none")),
    };
}
