using System.Collections.Generic;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.PupilNumber;

namespace KeepUp.Domain.Practice.Generators.NumberAndPlaceValue;

/// <summary>How a set of objects is grouped so it can be counted without counting every one.</summary>
public enum CountingGroup
{
    /// <summary>Within 10: a ten frame or rekenrek seen as 5 and some more.</summary>
    Five,

    /// <summary>Within 20 on a double ten frame and a rekenrek: a full ten, then count on.</summary>
    TenThenCountOn,

    /// <summary>Teen numbers as one ten and some ones: a double ten frame and base-ten blocks.</summary>
    TenAndOnes,

    /// <summary>Within 100 by making tens: base-ten blocks and a place-value chart.</summary>
    Tens,
}

/// <summary>
/// Counting a set shown in a picture by seeing groups (5 and some more, 10 and some more, tens and
/// ones): the number changes by one or two, then the same number is shown another way, then the
/// pupil finds the part after the group and how many more complete the next group, and finally
/// decides whether rearranging objects changes how many there are.
/// </summary>
/// <param name="group">How the objects are grouped.</param>
public sealed class CountObjectsGenerator(CountingGroup group) : QuestionGenerator
{
    private const string Number = "number";

    /// <inheritdoc />
    public override string Family => "count objects by seeing groups";

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        var (low, high) = group switch
        {
            CountingGroup.Five => (6, 9),
            CountingGroup.TenThenCountOn or CountingGroup.TenAndOnes => (11, 19),
            CountingGroup.Tens => (21, 98),
        };
        var n1 = Pick(dice, low, high, -1);
        var n2 = Pick(dice, low, high, n1);
        var n3 = Pick(dice, low, high, n2);
        return
        [
            HowMany(n1, First(n1), Variation.Start),
            HowMany(n2, First(n2), Number),
            HowMany(n2, Second(n2), RepresentationFeature),
            MissingPart(n2, Second(n2), QuestionTypeFeature),
            MissingPart(n3, Second(n3), Number),
            HowManyMore(n3, Second(n3)),
            Arrangement(dice),
        ];
    }

    private int GroupSize => group == CountingGroup.Five ? 5 : 10;

    private static int Pick(Dice dice, int low, int high, int not)
    {
        // Multiples of ten are left out of the tens sets: "how many more make the next ten" would be 0.
        int n;
        do
        {
            n = dice.Between(low, high);
        }
        while (n == not || (high > 20 && n % 10 == 0));
        return n;
    }

    private Picture First(int n) => group switch
    {
        CountingGroup.Five => new TenFramePicture(n),
        CountingGroup.TenThenCountOn or CountingGroup.TenAndOnes => new TenFramePicture(n, 2),
        CountingGroup.Tens => new BaseTenBlocksPicture(0, 0, n / 10, n % 10),
    };

    private Picture Second(int n) => group switch
    {
        CountingGroup.Five => new RekenrekPicture(n, 0),
        CountingGroup.TenThenCountOn => new RekenrekPicture(10, n - 10),
        CountingGroup.TenAndOnes => new BaseTenBlocksPicture(0, 0, 1, n - 10),
        CountingGroup.Tens => NpvPictures.Chart(n, 2),
    };

    private QuestionDraft HowMany(int n, Picture picture, string dimension)
    {
        var wrong = new List<WrongAnswer>
        {
            new(Whole(n + 1), "Counts an object twice when counting."),
            new(Whole(n - 1), "Skips an object when counting."),
        };
        if (group == CountingGroup.TenAndOnes)
        {
            wrong.Insert(0, new(Whole(100 + n - 10), $"Writes the ten and the ones side by side, so writes {n} as 10{n - 10}."));
        }
        else if (group == CountingGroup.Tens)
        {
            wrong.Insert(0, new(Whole(n / 10 + n % 10), $"Counts each ten as one, so says {n / 10} tens and {n % 10} ones is {n / 10 + n % 10}."));
        }
        else if (group == CountingGroup.TenThenCountOn)
        {
            wrong.Insert(0, new(Whole(n - 10), "Counts only the loose ones and forgets the full ten."));
        }

        return new QuestionDraft
        {
            Format = QuestionFormat.MatchPicture,
            Prompt = group == CountingGroup.Tens ? "How many are there altogether?" : "How many are there?",
            Picture = picture,
            Answer = NumberAnswer.Whole(n),
            Wrong = wrong,
            Worked = Seen(n),
            StemSentence = group == CountingGroup.TenAndOnes ? 0 : 1,
            Dimension = dimension,
            Features = Features.Of((Number, n)),
        };
    }

    private QuestionDraft MissingPart(int n, Picture picture, string dimension)
    {
        var whole = n / GroupSize * GroupSize;
        var rest = n - whole;
        return new QuestionDraft
        {
            Format = QuestionFormat.MissingNumber,
            Prompt = $"{Whole(whole)} + {Box} = {Whole(n)}",
            Picture = picture,
            Answer = NumberAnswer.Whole(rest),
            Wrong =
            [
                new(Whole(n), "Writes the whole number instead of the part after the full group."),
                new(Whole(rest + 1), "Counts on from the full group but says its last number again."),
                group == CountingGroup.Tens
                    ? new(Whole(rest * 10), "Confuses ones with tens and gives the ones as tens.")
                    : new(Whole(rest - 1), "Counts on from the full group but misses one."),
            ],
            Worked = $"{Seen(n)} So {Whole(whole)} + {Whole(rest)} = {Whole(n)}.",
            StemSentence = group == CountingGroup.TenAndOnes ? 1 : 0,
            Dimension = dimension,
            Features = Features.Of((Number, n)),
        };
    }

    private QuestionDraft HowManyMore(int n, Picture picture)
    {
        var next = (n / GroupSize + 1) * GroupSize;
        return new QuestionDraft
        {
            Format = QuestionFormat.NumberEntry,
            Prompt = $"How many more would make {Whole(next)}?",
            Picture = picture,
            Answer = NumberAnswer.Whole(next - n),
            Wrong =
            [
                new(Whole(n - n / GroupSize * GroupSize), "Gives how many there are after the full group, not how many more are needed."),
                new(Whole(next - n + 1), "Counts on from the number itself, so is one too many."),
                new(Whole(next), "Gives the target number rather than how many more."),
            ],
            Worked = $"There are {Whole(n)}. {Whole(n)} + {Whole(next - n)} = {Whole(next)}, so {Whole(next - n)} more make {Whole(next)}.",
            StemSentence = group == CountingGroup.Five ? 1 : 0,
            Dimension = QuestionTypeFeature,
            Features = Features.Of((Number, n)),
        };
    }

    private static QuestionDraft Arrangement(Dice dice)
    {
        var spread = dice.Chance(50);
        var statement = spread
            ? "If you spread the same counters further apart, there are more counters."
            : "If you count the same counters in a different order, you get the same total.";
        var right = spread ? "Never" : "Always";
        return new QuestionDraft
        {
            Format = QuestionFormat.AlwaysSometimesNever,
            Prompt = $"Always, sometimes or never true? {statement}",
            Answer = new ChoiceAnswer(right, ChoiceAnswer.AlwaysSometimesNever),
            Wrong =
            [
                new(spread ? "Always" : "Never", "Thinks the total changes when the same objects are moved or spread out."),
                new("Sometimes", "Thinks the arrangement or the counting order can change how many there are."),
            ],
            Worked = "Moving objects or counting them in another order does not add or take away any, so how many there are stays the same.",
            StemSentence = 1,
            Dimension = Variation.Deepening,
            Features = Features.Of((Number, "any")),
        };
    }

    private string Seen(int n) => group switch
    {
        CountingGroup.Five => $"I see 5 and {n - 5} more, so there are {n}.",
        CountingGroup.TenThenCountOn => $"The full ten frame is 10; then I count on {n - 10} more, so there are {n}.",
        CountingGroup.TenAndOnes => $"{n} is 1 ten and {NumberWords.Count(n - 10, "ones")}.",
        CountingGroup.Tens => $"There are {NumberWords.Count(n / 10, "tens")} and {NumberWords.Count(n % 10, "ones")}, so there are {n}.",
    };
}
