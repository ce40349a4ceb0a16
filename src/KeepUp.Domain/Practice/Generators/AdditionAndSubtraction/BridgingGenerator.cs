using System.Collections.Generic;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using static KeepUp.Domain.Practice.PupilNumber;

namespace KeepUp.Domain.Practice.Generators.AdditionAndSubtraction;

/// <summary>
/// Adding or subtracting a single-digit amount of one place that crosses into the next place
/// (8 + 5, 38 + 5, 352 − 7, 380 + 50, 3.8 + 0.5): make the next ten first, then add the rest, or
/// go back to the previous ten, then take the rest. The set changes one number at a time, shows
/// the exchange with ten frames, blocks or counters, asks for the part still to add after the
/// ten, turns the calculation round and ends by spotting the classic slip (38 + 5 = 313).
/// </summary>
/// <param name="op">The operation the step starts from: '+' or '−'.</param>
/// <param name="unit">The working place as a count of the smallest place: 1 for ones (or tenths), 10 for tens.</param>
/// <param name="places">Decimal places of the numbers: 0, or 1 for tenths.</param>
/// <param name="lowest">The fewest tens of the working place the starting number holds (0 for a 1-digit number).</param>
/// <param name="highest">The most tens of the working place the starting number holds.</param>
internal sealed class BridgingGenerator(char op, long unit, int places, int lowest, int highest) : QuestionGenerator
{
    private const string FirstPart = "first part";
    private const string SecondPart = "second part";
    private const string WholeFeature = "whole";
    private const string PartFeature = "part";
    private const string Operation = "operation";
    private const string Unknown = "unknown";

    /// <inheritdoc />
    public override string Family => "add and subtract across a ten";

    private bool Adding => op == '+';

    private long Ten => 10 * unit;

    private string PlaceName => Amounts.PlaceName(unit, places);

    private string NextName => Amounts.PlaceName(Ten, places);

    private string NextOne => NextName.TrimEnd('s');

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        var tens = Tens(dice);
        var x = Adding ? dice.Between(3, 8) : dice.Between(1, 6);
        var y = Adding ? dice.Between(11 - x, 8) : dice.Between(x + 1, 8);
        var a = tens * Ten + x * unit;
        var b = y * unit;
        var drafts = new List<QuestionDraft>();
        if (Adding)
        {
            // Keys name the parts of the addition; turning it into subtraction keeps the same parts.
            var picture = Representation(a + unit, b + unit);
            drafts.Add(Calculate(a, b, '+', false, Variation.Start, Line(a, b, '+'), 0));
            drafts.Add(Calculate(a, b + unit, '+', false, SecondPart, Line(a, b + unit, '+'), 0));
            drafts.Add(Calculate(a + unit, b + unit, '+', false, FirstPart, Line(a + unit, b + unit, '+'), 0));
            drafts.Add(Calculate(a + unit, b + unit, '+', false, RepresentationFeature, picture, 1));
            drafts.Add(Calculate(a + unit, b + unit, '+', true, Unknown, picture, 0));
            drafts.Add(Calculate(a + unit, b + unit, '−', true, Operation, picture, 1));
            drafts.Add(Calculate(a + unit, b + unit, '−', false, Unknown, picture, 1));
        }
        else
        {
            var picture = Representation(a + unit - b - unit, b + unit);
            drafts.Add(Calculate(a - b, b, '−', false, Variation.Start, Line(a, b, '−'), 0));
            drafts.Add(Calculate(a - b - unit, b + unit, '−', false, PartFeature, Line(a, b + unit, '−'), 0));
            drafts.Add(Calculate(a - b, b + unit, '−', false, WholeFeature, Line(a + unit, b + unit, '−'), 0));
            drafts.Add(Calculate(a - b, b + unit, '−', false, RepresentationFeature, picture, 1));
            drafts.Add(Calculate(a - b, b + unit, '−', true, Unknown, picture, 0));
            drafts.Add(Calculate(a - b, b + unit, '+', true, Operation, picture, 1));
            drafts.Add(Calculate(a - b, b + unit, '+', false, Unknown, picture, 1));
        }

        drafts.Add(Mistake(dice, a + unit, b + unit));
        return drafts;
    }

    private long Tens(Dice dice)
    {
        // The tens digit must not carry into (or borrow from) the place above: only one ten is crossed.
        long tens;
        do
        {
            tens = dice.Between(lowest, highest);
        }
        while (highest >= 10 && (Adding ? tens % 10 == 9 : tens % 10 == 0));
        return tens;
    }

    private string Show(long count) => Amounts.Show(count, places);

    /// <summary>
    /// One calculation on the fact <paramref name="part"/> + <paramref name="amount"/>: as an
    /// addition (part + amount) or a subtraction (whole − amount), with the answer or the rest of the split missing.
    /// </summary>
    private QuestionDraft Calculate(long part, long amount, char sign, bool split, string dimension, Picture picture, int stem)
    {
        var whole = part + amount;
        var from = sign == '+' ? part : whole;
        var result = sign == '+' ? whole : part;
        var boundary = sign == '+' ? (from / Ten + 1) * Ten : from / Ten * Ten;
        var first = System.Math.Abs(boundary - from);
        var rest = amount - first;
        var signText = Amounts.Sign(sign);
        var features = Adding
            ? Features.Of((FirstPart, part), (SecondPart, amount), (Operation, sign), (Unknown, split ? "rest" : "result"))
            : Features.Of((WholeFeature, whole), (PartFeature, amount), (Operation, sign), (Unknown, split ? "rest" : "result"));
        var worked = sign == '+'
            ? $"{Show(from)} needs {Show(first)} to make {Show(boundary)}. {Show(amount)} is {Show(first)} and {Show(rest)}, so {Show(boundary)} + {Show(rest)} = {Show(result)}."
            : $"{Show(from)} {Minus} {Show(first)} = {Show(boundary)}. {Show(amount)} is {Show(first)} and {Show(rest)}, so {Show(boundary)} {Minus} {Show(rest)} = {Show(result)}.";
        return new QuestionDraft
        {
            Format = QuestionFormat.MissingNumber,
            Prompt = split
                ? $"{Show(from)} {signText} {Show(amount)} = {Show(from)} {signText} {Show(first)} {signText} {Box}"
                : $"{Show(from)} {signText} {Show(amount)} = {Box}",
            Picture = picture,
            Answer = Amounts.Answer(split ? rest : result, places),
            Wrong = split
                ?
                [
                    new(Show(amount), "Does not split the number: adds or subtracts all of it again after the ten."),
                    new(Show(first), "Gives the part that reaches the ten instead of what is left."),
                    new(Show(result), "Gives the final answer instead of the part still to go."),
                ]
                : sign == '+'
                    ?
                    [
                        from < Ten
                            ? new(Show(result - unit), $"Counts on in ones and loses count when crossing {Show(boundary)}.")
                            : new(Show(result - Ten), $"Forgets to make the {NextName} digit one more after crossing {Show(boundary)}."),
                        new(WrittenInFull(from, amount), $"Writes the {PlaceName} total in full instead of exchanging ten {PlaceName} for one {NextOne}."),
                        new(Show(boundary), $"Stops at {Show(boundary)} and forgets to add what is left."),
                    ]
                    :
                    [
                        new(Show(SmallerFromLarger(from, amount)), $"Takes the smaller {PlaceName} digit from the larger, whichever number it belongs to."),
                        new(Show(result + Ten), $"Forgets to make the {NextName} digit one less after going back past {Show(boundary)}."),
                        new(Show(boundary), "Takes away the first part and forgets the second."),
                    ],
            Worked = worked,
            StemSentence = stem,
            Dimension = dimension,
            Features = features,
        };
    }

    private QuestionDraft Mistake(Dice dice, long from, long amount)
    {
        var who = Pupils.Name(dice);
        var result = Adding ? from + amount : from - amount;
        var boundary = Adding ? (from / Ten + 1) * Ten : from / Ten * Ten;
        var (written, writtenWhy) = !Adding
            ? (Show(SmallerFromLarger(from, amount)), $"Takes the smaller {PlaceName} digit from the larger, whichever number it belongs to.")
            : from < Ten
                ? (Show(boundary), $"Forgets to add the part left over after reaching {Show(boundary)}.")
                : (WrittenInFull(from, amount), $"Writes the {PlaceName} total in full instead of exchanging ten {PlaceName} for one {NextOne}.");
        var (forgot, forgotWhy) = !Adding
            ? (Show(result + Ten), $"Leaves the {NextName} digit unchanged after going back past {Show(boundary)}.")
            : from < Ten
                ? (Show(result - unit), $"Counts on in ones and loses count when crossing {Show(boundary)}.")
                : (Show(result - Ten), $"Forgets to change the {NextName} digit after crossing {Show(boundary)}.");
        var showFirstSlip = dice.Chance(50);
        var mistaken = showFirstSlip ? written : forgot;
        return Judgements.SpotTheMistake(
            who,
            $"{Show(from)} {Amounts.Sign(op)} {Show(amount)}",
            mistaken,
            Amounts.Answer(result, places),
            [new(written, writtenWhy), new(forgot, forgotWhy)],
            Adding
                ? $"{Show(from)} + {Show(amount)} crosses {Show((from / Ten + 1) * Ten)}, so the next digit goes up by one: {Show(result)}."
                : $"{Show(from)} {Minus} {Show(amount)} goes back past {Show(from / Ten * Ten)}, so the next digit goes down by one: {Show(result)}.",
            Features.Of(("mistake", showFirstSlip ? "written" : "forgot")),
            1);
    }

    /// <summary>38 + 5 written as 313: the ones (or working-place) total put down in full.</summary>
    private string WrittenInFull(long from, long amount)
    {
        var high = from / Ten;
        var low = from % Ten / unit + amount / unit;
        var counts = (high * 100 + low) * unit;
        return places == 0 ? Show(counts) : Amounts.Show(counts, places + 1);
    }

    /// <summary>43 − 5 worked as 5 − 3 in the ones: the answer 42.</summary>
    private long SmallerFromLarger(long from, long amount)
    {
        var digit = from % Ten / unit;
        return from / Ten * Ten + (System.Math.Abs(amount / unit - digit) * unit);
    }

    private NumberLinePicture Line(long from, long amount, char sign)
    {
        var boundary = sign == '+' ? (from / Ten + 1) * Ten : from / Ten * Ten;
        var to = sign == '+' ? from + amount : from - amount;
        var signText = Amounts.Sign(sign);
        return Models.Hops(
            Amounts.Value(unit, places),
            Amounts.Value(from, places),
            [
                (Amounts.Value(boundary, places), signText + Show(System.Math.Abs(boundary - from))),
                (Amounts.Value(to, places), signText + Show(System.Math.Abs(to - boundary))),
            ]);
    }

    private Picture Representation(long part, long amount)
    {
        var start = Adding ? part : part + amount;
        if (places == 0 && unit == 1 && part + amount <= 20)
        {
            return Models.Frame((int)part, (int)amount);
        }

        if (places == 0 && part + amount < 10_000)
        {
            if (!Adding)
            {
                return Models.Blocks(start);
            }

            var extra = (int)(amount / unit);
            return new BaseTenBlocksPicture(
                (int)(start / 1000),
                PlaceValue.DigitIn(start, 100),
                PlaceValue.DigitIn(start, 10) + (unit == 10 ? extra : 0),
                PlaceValue.DigitIn(start, 1) + (unit == 1 ? extra : 0));
        }

        var columns = new List<int>(Models.Columns(start));
        if (Adding)
        {
            columns[0] += (int)(amount / unit);
        }

        return Models.Chart(columns, places);
    }
}
