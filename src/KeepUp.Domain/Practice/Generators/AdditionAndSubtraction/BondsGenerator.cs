using System.Collections.Generic;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using static KeepUp.Domain.Practice.PupilNumber;

namespace KeepUp.Domain.Practice.Generators.AdditionAndSubtraction;

/// <summary>Which parts-and-wholes idea a set of bonds questions practises.</summary>
internal enum BondKind
{
    /// <summary>A whole up to 10 and its two parts, in words.</summary>
    PartsAndWholes,

    /// <summary>Wholes of 3 to 5 made and split, in words.</summary>
    UpToFive,

    /// <summary>Wholes of 7 to 10 seen as 5 and some more.</summary>
    SixToTen,

    /// <summary>Pairs that make 10.</summary>
    BondsToTen,

    /// <summary>Pairs that make 20, from bonds to 10.</summary>
    BondsToTwenty,

    /// <summary>From a 2-digit number to the next multiple of 10.</summary>
    NextTen,

    /// <summary>Pairs of multiples of 10 that make 100.</summary>
    TensToHundred,

    /// <summary>Pairs of 2-digit numbers that make 100.</summary>
    ToHundred,

    /// <summary>Pairs of hundredths that make 1.</summary>
    DecimalsToOne,
}

/// <summary>
/// Parts and wholes: one whole split into two parts, so that one part more means the other part
/// is one less. The set finds a missing part, moves one part on, shows the same bond in a second
/// picture, moves the box, turns the bond into subtraction and ends by judging a statement built
/// on the step's own misconception (5 as the partner of everything, bonds to 11, 36 + 74 = 100).
/// </summary>
/// <param name="kind">The bonds practised.</param>
internal sealed class BondsGenerator(BondKind kind) : QuestionGenerator
{
    private const string PartsFeature = "parts";
    private const string Unknown = "unknown";
    private const string Operation = "operation";

    /// <inheritdoc />
    public override string Family => "parts, wholes and bonds";

    private bool InWords => kind is BondKind.PartsAndWholes or BondKind.UpToFive or BondKind.SixToTen;

    private int Places => kind == BondKind.DecimalsToOne ? 2 : 0;

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        var (whole, first, move) = Choose(dice);
        var a = first + move;
        var b = whole - a;
        var drafts = new List<QuestionDraft>
        {
            FindSecond(first, whole - first, Variation.Start, Models.PartWhole(Show(whole), Show(first), null), 0),
            FindSecond(a, b, PartsFeature, Models.PartWhole(Show(whole), Show(a), null), kind == BondKind.SixToTen ? 1 : 0),
            FindSecond(a, b, RepresentationFeature, Representation(a, b, true), 1),
            FindFirst(a, b, Representation(a, b, false)),
        };
        drafts.Add(InWords ? FindWhole(a, b, Representation(a, b, true)) : Subtract(a, b, Representation(a, b, false)));
        drafts.Add(new BondStatements(kind, Show, Choose).Judge(dice, whole));
        return drafts;
    }

    private (long Whole, long First, long Move) Choose(Dice dice)
    {
        switch (kind)
        {
            case BondKind.PartsAndWholes:
            {
                var whole = dice.Between(4, 10);
                return (whole, dice.Between(1, (int)whole - 2), 1);
            }

            case BondKind.UpToFive:
            {
                var whole = dice.Between(3, 5);
                return (whole, dice.Between(0, (int)whole - 2), 1);
            }

            case BondKind.SixToTen:
                return (dice.Between(7, 10), 5, 1);
            case BondKind.BondsToTen:
                return (10, dice.Between(1, 7), 1);
            case BondKind.BondsToTwenty:
                return (20, dice.Between(11, 17), 1);
            case BondKind.NextTen:
            {
                var tens = dice.Between(1, 9) * 10;
                return (tens + 10, tens + dice.Between(1, 7), 1);
            }

            case BondKind.TensToHundred:
                return (100, dice.Between(1, 7) * 10, 10);
            case BondKind.ToHundred:
            case BondKind.DecimalsToOne:
                return (100, dice.Between(1, 8) * 10 + dice.Between(1, 7), 1);
            default:
                throw new GeneratorConstraintException($"No bonds for {kind}.");
        }
    }

    private string Show(long count) => Amounts.Show(count, Places);

    private Picture Representation(long a, long b, bool firstKnown) => kind switch
    {
        BondKind.PartsAndWholes or BondKind.UpToFive or BondKind.SixToTen or BondKind.BondsToTen or BondKind.BondsToTwenty =>
            Models.Frame((int)a, (int)b),
        _ => firstKnown
            ? Models.Parts(a, Show(a), b, null, Show(a + b))
            : Models.Parts(a, null, b, Show(b), Show(a + b)),
    };

    private QuestionDraft FindSecond(long a, long b, string dimension, Picture picture, int stem)
    {
        var whole = a + b;
        return new QuestionDraft
        {
            Format = QuestionFormat.MissingNumber,
            Prompt = kind switch
            {
                BondKind.PartsAndWholes => $"The whole is {Show(whole)}. One part is {Show(a)}. The other part is {Box}.",
                BondKind.UpToFive => $"{Show(whole)} is made of {Show(a)} and {Box}.",
                BondKind.SixToTen => $"{Show(whole)} is {Show(a)} and {Box} more.",
                _ => $"{Show(a)} + {Box} = {Show(whole)}",
            },
            Picture = picture,
            Answer = Amounts.Answer(b, Places),
            Wrong = MissingPartWrong(a, b),
            Worked = $"{Show(a)} and {Show(b)} make {Show(whole)}, so the missing part is {Show(b)}.",
            StemSentence = stem,
            Dimension = dimension,
            Features = Features.Of((PartsFeature, $"{a}|{b}"), (Unknown, "second part"), (Operation, InWords ? "words" : "+")),
        };
    }

    private QuestionDraft FindFirst(long a, long b, Picture picture)
    {
        var whole = a + b;
        return new QuestionDraft
        {
            Format = QuestionFormat.MissingNumber,
            Prompt = kind switch
            {
                BondKind.PartsAndWholes => $"The whole is {Show(whole)}. One part is {Box}. The other part is {Show(b)}.",
                BondKind.UpToFive => $"{Show(whole)} is made of {Box} and {Show(b)}.",
                BondKind.SixToTen => $"{Show(whole)} is {Box} and {Show(b)} more.",
                _ => $"{Box} + {Show(b)} = {Show(whole)}",
            },
            Picture = picture,
            Answer = Amounts.Answer(a, Places),
            Wrong = MissingPartWrong(b, a),
            Worked = $"{Show(whole)} is made of {Show(a)} and {Show(b)}, so the missing part is {Show(a)}.",
            Dimension = Unknown,
            Features = Features.Of((PartsFeature, $"{a}|{b}"), (Unknown, "first part"), (Operation, InWords ? "words" : "+")),
        };
    }

    private QuestionDraft FindWhole(long a, long b, Picture picture)
    {
        var whole = a + b;
        return new QuestionDraft
        {
            Format = QuestionFormat.MissingNumber,
            Prompt = kind switch
            {
                BondKind.PartsAndWholes => $"One part is {Show(a)}. The other part is {Show(b)}. The whole is {Box}.",
                BondKind.UpToFive => $"{Show(a)} and {Show(b)} make {Box}.",
                _ => $"{Show(a)} and {Show(b)} more is {Box}.",
            },
            Picture = picture,
            Answer = Amounts.Answer(whole, Places),
            Wrong =
            [
                new(Show(System.Math.Max(a, b)), "Gives the bigger part as the whole."),
                new(Show(whole - 1), "Counts the parts and is one out."),
                new(Show(whole + 1), "Counts the last counter of one part again at the start of the other."),
            ],
            Worked = $"The parts {Show(a)} and {Show(b)} together make the whole, {Show(whole)}.",
            StemSentence = 1,
            Dimension = Unknown,
            Features = Features.Of((PartsFeature, $"{a}|{b}"), (Unknown, "whole"), (Operation, "words")),
        };
    }

    private QuestionDraft Subtract(long a, long b, Picture picture)
    {
        var whole = a + b;
        return new QuestionDraft
        {
            Format = QuestionFormat.MissingNumber,
            Prompt = $"{Show(whole)} {Minus} {Show(b)} = {Box}",
            Picture = picture,
            Answer = Amounts.Answer(a, Places),
            Wrong = MissingPartWrong(b, a),
            Worked = $"{Show(a)} + {Show(b)} = {Show(whole)}, so {Show(whole)} {Minus} {Show(b)} = {Show(a)}.",
            StemSentence = kind == BondKind.NextTen ? 0 : 1,
            Dimension = Operation,
            Features = Features.Of((PartsFeature, $"{a}|{b}"), (Unknown, "first part"), (Operation, "−")),
        };
    }

    private List<WrongAnswer> MissingPartWrong(long known, long missing)
    {
        var whole = known + missing;
        var wrong = new List<WrongAnswer>();
        switch (kind)
        {
            case BondKind.BondsToTen:
                wrong.Add(new("5", "Gives 5 as the partner of every number because 5 and 5 make 10."));
                break;
            case BondKind.BondsToTwenty when known > 10:
                wrong.Add(new(Show(missing + 1), $"Counts on from {Show(known)} to 20 and counts the {Show(known)} as well."));
                wrong.Add(new(Show(missing + 10), "Adds 10 to both parts of the bond to 10."));
                break;
            case BondKind.NextTen when known > 10:
                wrong.Add(new(Show(known % 10), "Adds the ones digit rather than its bond to 10."));
                wrong.Add(new("1", $"Thinks the next ten after {Show(known)} is {Show(known + 1)}."));
                break;
            case BondKind.TensToHundred:
                wrong.Add(new(Show(110 - known), "Uses bonds to 11 instead of bonds to 10."));
                wrong.Add(new(Show(missing / 10), $"Gives the number of tens, {Show(missing / 10)}, instead of {Show(missing)}."));
                break;
            case BondKind.ToHundred:
            case BondKind.DecimalsToOne:
                if (known % 10 != 0)
                {
                    wrong.Add(new(Show((10 - known / 10) * 10 + (10 - known % 10)), "Makes both the tens and the ones add to 10."));
                }

                break;
            default:
                break;
        }

        wrong.Add(new(Show(whole), "Gives the whole as the missing part."));
        wrong.Add(new(Show(whole + known), "Adds the part to the whole instead of finding what is left."));
        wrong.Add(new(Show(missing + 1), "Counts on and is one out."));
        return wrong;
    }
}
