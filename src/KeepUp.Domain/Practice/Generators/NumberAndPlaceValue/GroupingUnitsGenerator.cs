using System.Collections.Generic;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.PupilNumber;

namespace KeepUp.Domain.Practice.Generators.NumberAndPlaceValue;

/// <summary>
/// Seeing a number as a count of one unit (340 is 34 tens; 2,300 is 23 hundreds; 70 is 7 tens)
/// because ten of a unit make one of the next: the number changes by one unit, then becomes a
/// multiple of the larger unit, is shown in a chart, and the question turns round into writing
/// the units as a number. The set ends on the classic slip of reading only one digit.
/// </summary>
/// <param name="unit">The unit counted: 1, 10 or 100.</param>
/// <param name="max">The largest number used.</param>
public sealed class GroupingUnitsGenerator(long unit, long max) : QuestionGenerator
{
    private const string Number = "number";
    private const string Ask = "ask";

    /// <inheritdoc />
    public override string Family => "count a number in tens, hundreds or thousands";

    private long Big => unit * 10;

    private string UnitName => PlaceValue.NameOf(unit);

    private string BigName => PlaceValue.NameOf(Big);

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        var bigs = (int)(max / Big);
        var a = bigs == 0 ? 0 : dice.Between(1, bigs - (bigs > 1 ? 1 : 0));
        var b = dice.Between(2, 7);
        var n1 = a * Big + b * unit;
        var n2 = n1 + (dice.Chance(50) ? unit : -unit);
        // The third number is a multiple of the larger unit when there is room, since "4,000 has
        // no hundreds" is the slip to meet; below one larger unit it is just another count.
        var n3 = bigs == 0 ? (b + 2) * unit : (a + 1 <= bigs ? a + 1 : a) * Big;
        var d = Numbers.PickMultiple(dice, bigs == 0 ? unit : Big + unit, max, unit);
        return
        [
            HowMany(n1, false, Variation.Start),
            HowMany(n2, false, Number),
            HowMany(n3, false, Number),
            HowMany(n3, true, RepresentationFeature),
            Missing(n3, toUnits: true, QuestionTypeFeature),
            Missing(n3, toUnits: false, Ask),
            Statement(dice, d),
        ];
    }

    private List<WrongAnswer> CountWrong(long n)
    {
        var wrong = new List<WrongAnswer>();
        if (n >= Big)
        {
            wrong.Add(new(Whole(PlaceValue.DigitIn(n, unit)), $"Reads only the {UnitName} digit, not all the {UnitName} in the number."));
            wrong.Add(new(Whole(n / Big), $"Counts the {BigName} instead of the {UnitName}."));
        }

        wrong.Add(new(Whole(n), $"Gives the number itself, not how many {UnitName} make it."));
        if (unit > 1)
        {
            wrong.Add(new(Whole(n / unit * 10), "Puts a zero on the end as if every count needs one."));
        }

        return wrong;
    }

    private QuestionDraft HowMany(long n, bool chart, string dimension) => new()
    {
        Format = QuestionFormat.NumberEntry,
        Prompt = $"How many {UnitName} are there in {Whole(n)}?",
        Picture = chart ? NpvPictures.Chart(n, NpvPictures.DigitCount(Big)) : NpvPictures.BlocksOrChart(n),
        Answer = NumberAnswer.Whole(n / unit),
        Wrong = CountWrong(n),
        Worked = Explain(n),
        StemSentence = 0,
        Dimension = dimension,
        Features = Features.Of((Number, n), (Ask, "how many")),
    };

    private QuestionDraft Missing(long n, bool toUnits, string dimension) => new()
    {
        Format = QuestionFormat.MissingNumber,
        Prompt = toUnits ? $"{Whole(n)} = {Box} {UnitName}" : $"{Whole(n / unit)} {UnitName} = {Box}",
        Picture = NpvPictures.Chart(n, NpvPictures.DigitCount(Big)),
        Answer = NumberAnswer.Whole(toUnits ? n / unit : n),
        Wrong = toUnits
            ? CountWrong(n)
            :
            [
                new(Whole(n / unit), $"Writes the number of {UnitName} without the zeros that show their value."),
                new(Whole(n * 10), "Puts one zero too many on the end."),
                .. unit > 1 ? [new WrongAnswer(Whole(n / 10), "Leaves out one of the zeros.")] : System.Array.Empty<WrongAnswer>(),
            ],
        Worked = Explain(n),
        StemSentence = 1,
        Dimension = dimension,
        Features = Features.Of((Number, n), (Ask, toUnits ? "how many" : "number")),
    };

    private QuestionDraft Statement(Dice dice, long n)
    {
        var truthful = dice.Chance(50);
        var count = n / unit;
        var claimed = truthful ? count : PlaceValue.DigitIn(n, unit);
        if (!truthful && claimed == count)
        {
            claimed = count + 1;
        }

        var name = PupilNames.Pick(dice);
        return new QuestionDraft
        {
            Format = QuestionFormat.TrueOrFalse,
            Prompt = $"{name} says there are {Whole(claimed)} {(claimed == 1 ? NumberWords.Singular(UnitName) : UnitName)} in {Whole(n)} altogether. True or false?",
            Answer = new ChoiceAnswer(truthful ? "True" : "False", ChoiceAnswer.TrueOrFalse),
            Wrong = [truthful
                ? new WrongAnswer("False", $"Thinks only the {UnitName} digit counts, so cannot see {Whole(n)} as {Whole(count)} {UnitName}.")
                : new WrongAnswer("True", $"Reads only the {UnitName} digit and forgets the {UnitName} inside the larger places.")],
            Worked = Explain(n),
            StemSentence = 0,
            Dimension = Variation.Deepening,
            Features = Features.Of((Number, n), (Ask, "true or false")),
        };
    }

    private string Explain(long n)
    {
        var bigs = n / Big;
        var units = n % Big / unit;
        var count = n / unit;
        return bigs == 0
            ? $"{Whole(n)} is {count} {(count == 1 ? NumberWords.Singular(UnitName) : UnitName)}."
            : $"Ten {UnitName} make one {NumberWords.Singular(BigName)}, so {bigs} {(bigs == 1 ? NumberWords.Singular(BigName) : BigName)} is {Whole(bigs * 10)} {UnitName}; with {units} more that makes {Whole(count)} {UnitName} in {Whole(n)}.";
    }
}
