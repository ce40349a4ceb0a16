using System.Collections.Generic;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using static KeepUp.Domain.Practice.PupilNumber;

namespace KeepUp.Domain.Practice.Generators.AdditionAndSubtraction;

/// <summary>
/// A fact within 10 used inside a bigger number, where only one digit changes (3 + 4 = 7, so
/// 13 + 4 = 17; 3 tenths + 4 tenths = 7 tenths, so 2.35 + 0.4 = 2.75). The set gives the known
/// fact, changes one number at a time, takes the fact away, shows the hop on a number line, turns
/// the calculation round and ends by spotting the digit put in the wrong place.
/// </summary>
/// <param name="op">The operation the step starts from: '+' or '−'.</param>
/// <param name="unit">The working place as a count of the smallest place (1 for ones; 10 for tenths when there are 2 decimal places).</param>
/// <param name="places">Decimal places of the numbers.</param>
/// <param name="lowest">The fewest tens of the working place in the starting number.</param>
/// <param name="highest">The most tens of the working place in the starting number.</param>
internal sealed class ShiftFactGenerator(char op, long unit, int places, int lowest, int highest) : QuestionGenerator
{
    private const string Clue = "known fact";
    private const string Operation = "operation";

    /// <inheritdoc />
    public override string Family => "use a fact within 10 in a bigger number";

    private bool Adding => op == '+';

    private string FirstKey => Adding ? "first part" : "whole";

    private string SecondKey => Adding ? "second part" : "part";

    private string Place => Amounts.PlaceName(unit, places);

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        var digit = Adding ? dice.Between(1, 5) : dice.Between(3, 8);
        var amount = (Adding ? dice.Between(1, 7 - digit) : dice.Between(1, digit - 2)) * unit;
        var lower = unit > 1 ? dice.Between(1, (int)unit - 1) : 0;
        var start = (dice.Between(lowest, highest) * 10 * unit) + (digit * unit) + lower;

        // Keys describe the fact as the step first writes it, so the inverse changes only the operation.
        var part = Adding ? start : start - amount;
        var drafts = new List<QuestionDraft>
        {
            Calculate(part, amount, op, true, Variation.Start, Blocks(part, amount)),
            Calculate(Adding ? part : part - unit, amount + unit, op, true, SecondKey, Blocks(Adding ? part : part - unit, amount + unit)),
        };
        var (p, a) = (Adding ? part + unit : part, amount + unit);
        drafts.Add(Calculate(p, a, op, true, FirstKey, Blocks(p, a)));
        drafts.Add(Calculate(p, a, op, false, Clue, Blocks(p, a)));
        drafts.Add(Calculate(p, a, op, false, RepresentationFeature, Line(p, a, op)));
        var turned = Adding ? '−' : '+';
        drafts.Add(Calculate(p, a, turned, false, Operation, Line(p, a, turned)));
        drafts.Add(Mistake(dice, p, a));
        return drafts;
    }

    private string Show(long count) => Amounts.Show(count, places);

    private QuestionDraft Calculate(long part, long amount, char sign, bool clue, string dimension, Picture picture)
    {
        var whole = part + amount;
        var from = sign == '+' ? part : whole;
        var result = sign == '+' ? whole : part;
        var digitFrom = PlaceValue.DigitIn(from, unit);
        var digitAmount = amount / unit;
        var digitResult = PlaceValue.DigitIn(result, unit);
        var signText = Amounts.Sign(sign);
        var fact = places > 0 || unit > 1
            ? $"{digitFrom} {Place} {signText} {digitAmount} {Place} = {digitResult} {Place}"
            : $"{digitFrom} {signText} {digitAmount} = {digitResult}";
        var sentence = $"{Show(from)} {signText} {Show(amount)} = {Box}";
        var wrong = new List<WrongAnswer>();
        void Add(long value, string why)
        {
            if (value >= 0)
            {
                wrong.Add(new(Show(value), why));
            }
        }

        if (places > 0)
        {
            Add(sign == '+' ? from + (amount / 10) : from - (amount / 10), $"Adds or subtracts the {Place} in the place to the right.");
        }

        Add(sign == '+' ? from + (amount * 10) : from - (amount * 10), $"Adds or subtracts in the place to the left of the {Place}.");
        Add(sign == '+' ? whole + (10 * unit) : result - (10 * unit), "Changes the next digit as well as the one that should change.");
        Add(digitResult * unit, $"Works out {digitFrom} {signText} {digitAmount} and forgets the rest of the number.");
        Add(sign == '+' ? from - amount : from + amount, sign == '+' ? "Subtracts when the sign says add." : "Adds when the sign says subtract.");
        Add(sign == '+' ? result + unit : result - unit, sign == '+' ? "Counts on and is one out." : "Counts back and is one out.");
        return new QuestionDraft
        {
            Format = QuestionFormat.MissingNumber,
            Prompt = clue ? $"{fact}, so {sentence}" : sentence,
            Picture = picture,
            Answer = Amounts.Answer(result, places),
            Wrong = wrong,
            Worked = $"{fact}. Only the {Place} digit changes, so {Show(from)} {signText} {Show(amount)} = {Show(result)}.",
            Dimension = dimension,
            Features = Features.Of((FirstKey, Adding ? part : whole), (SecondKey, amount), (Operation, sign), (Clue, clue ? "given" : "none")),
        };
    }

    private QuestionDraft Mistake(Dice dice, long part, long amount)
    {
        var who = Pupils.Name(dice);
        var from = Adding ? part : part + amount;
        var result = Adding ? part + amount : part;
        var wrongPlace = places > 0 ? from + (amount / 10) : from + (amount * 10);
        var forgotten = result % (10 * unit);
        var mistaken = Adding ? wrongPlace : forgotten;
        var other = Adding ? result + (10 * unit) : result - (10 * unit);
        var why = Adding
            ? $"Adds the {Place} to the digit in the wrong place."
            : $"Works in the {Place} and forgets the rest of the number.";
        return Judgements.SpotTheMistake(
            who,
            $"{Show(from)} {Amounts.Sign(op)} {Show(amount)}",
            Show(mistaken),
            Amounts.Answer(result, places),
            [new(Show(mistaken), why), new(Show(other), "Changes the next digit as well as the one the amount belongs to.")],
            $"{Show(amount)} is {amount / unit} {Place}, so only the {Place} digit changes: {Show(from)} {Amounts.Sign(op)} {Show(amount)} = {Show(result)}.",
            Features.Of(("mistake", Adding ? "wrong place" : "forgotten")));
    }

    private Picture Blocks(long part, long amount)
    {
        var from = Adding ? part : part + amount;
        if (places == 0 && from < 10_000)
        {
            if (!Adding)
            {
                return Models.Blocks(from);
            }

            var extra = (int)(amount / unit);
            return new BaseTenBlocksPicture(
                (int)(from / 1000),
                PlaceValue.DigitIn(from, 100) + (unit == 100 ? extra : 0),
                PlaceValue.DigitIn(from, 10) + (unit == 10 ? extra : 0),
                PlaceValue.DigitIn(from, 1) + (unit == 1 ? extra : 0));
        }

        var columns = new List<int>(Models.Columns(from));
        if (Adding)
        {
            var index = Amounts.Digits(unit) - 1;
            columns[index] += (int)(amount / unit);
        }

        return Models.Chart(columns, places);
    }

    private NumberLinePicture Line(long part, long amount, char sign)
    {
        var from = sign == '+' ? part : part + amount;
        var to = sign == '+' ? part + amount : part;
        return Models.Hops(Amounts.Value(unit, places), Amounts.Value(from, places), [(Amounts.Value(to, places), Amounts.Sign(sign) + Show(amount))]);
    }
}
