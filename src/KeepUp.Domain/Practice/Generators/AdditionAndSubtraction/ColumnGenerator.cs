using System;
using System.Collections.Generic;
using System.Linq;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using static KeepUp.Domain.Practice.PupilNumber;

namespace KeepUp.Domain.Practice.Generators.AdditionAndSubtraction;

/// <summary>
/// The column methods for addition and subtraction, with exactly the exchanges the step teaches
/// (none, one, several, through zeros, across the decimal point). The set shows the counters in
/// each column, changes one digit of one number while keeping the same exchanges, drops the
/// picture, checks with the inverse, moves the box, and ends by spotting the classic slip:
/// forgetting the exchanged one, taking the smaller digit from the larger, lining up from the left.
/// </summary>
/// <param name="op">'+' or '−'.</param>
/// <param name="firstDigits">Digits (columns) of the first number, decimal places included.</param>
/// <param name="secondDigits">Digits of the second number; fewer than the first to practise lining up.</param>
/// <param name="exchanges">The exchanges every calculation of the set needs.</param>
/// <param name="places">Decimal places the calculation is written to.</param>
/// <param name="firstPlaces">Decimal places the first number really has (fewer for "different numbers of places").</param>
internal sealed class ColumnGenerator(char op, int firstDigits, int secondDigits, Exchanges exchanges, int places = 0, int firstPlaces = -1)
    : QuestionGenerator
{
    private const string Operation = "operation";
    private const string Unknown = "unknown";
    private const string LinedUpFromTheLeft = "Lines up numbers of different lengths from the left.";
    private static readonly int[] Deltas = [1, -1];

    /// <inheritdoc />
    public override string Family => "column addition and subtraction";

    private bool Adding => op == '+';

    private string FirstKey => Adding ? "first number" : "whole";

    private string SecondKey => Adding ? "second number" : "number subtracted";

    private int EmptyColumns => firstPlaces < 0 ? 0 : places - firstPlaces;

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var (first, second) = Pair(dice, secondDigits);
            if (Vary(dice, first, second, false) is not { } second2 || Vary(dice, first, second2, true) is not { } first3)
            {
                continue;
            }

            return
            [
                Calculate(first, second, op, false, Variation.Start, Chart(first, second)),
                Calculate(first, second2, op, false, SecondKey, Chart(first, second2)),
                Calculate(first3, second2, op, false, FirstKey, Chart(first3, second2)),
                Calculate(first3, second2, op, false, RepresentationFeature, null),
                Calculate(first3, second2, Adding ? '−' : '+', false, Operation, null),
                Calculate(first3, second2, Adding ? '−' : '+', true, Unknown, null),
                Mistake(dice, first3, second2),
            ];
        }

        throw new GeneratorConstraintException($"No {exchanges} column calculation found for {firstDigits} and {secondDigits} digits.");
    }

    private string Show(long count) => Amounts.Show(count, places);

    private (long First, long Second) Pair(Dice dice, int digitsOfSecond)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            if (TryBuild(dice, digitsOfSecond) is { } pair)
            {
                return pair;
            }
        }

        throw new GeneratorConstraintException($"No {exchanges} pair for {firstDigits} and {digitsOfSecond} digits.");
    }

    private (long, long)? TryBuild(Dice dice, int m)
    {
        var n = firstDigits;
        var wanted = new bool[n];
        var zeros = new HashSet<int>();
        var candidates = Enumerable.Range(0, Math.Min(m, n - 1)).ToList();
        switch (exchanges)
        {
            case Exchanges.One:
                wanted[places > 0 ? places - 1 : dice.Pick(candidates)] = true;
                break;
            case Exchanges.Several:
                foreach (var column in dice.Shuffle(candidates).Take(dice.Between(2, Math.Max(2, candidates.Count))))
                {
                    wanted[column] = true;
                }

                break;
            case Exchanges.AcrossZeros:
                var end = dice.Between(1, n - 2);
                for (var i = dice.Chance(30) ? 0 : 1; i <= end; i++)
                {
                    zeros.Add(i);
                }

                for (var i = 0; i <= end; i++)
                {
                    wanted[i] = true;
                }

                break;
            default:
                break;
        }

        long first = 0, second = 0;
        var carry = 0;
        for (var i = 0; i < n; i++)
        {
            var options = new List<(int X, int Y)>();
            foreach (var x in FirstDigits(i, zeros))
            {
                foreach (var y in SecondDigits(i, m))
                {
                    var exchange = Adding ? x + y + carry >= 10 : x - carry - y < 0;
                    var ok = i == n - 1 ? !exchange : exchanges == Exchanges.Any || exchange == wanted[i];
                    if (ok)
                    {
                        options.Add((x, y));
                    }
                }
            }

            if (options.Count == 0)
            {
                return null;
            }

            var (dx, dy) = dice.Pick(options);
            carry = Adding ? (dx + dy + carry >= 10 ? 1 : 0) : (dx - carry - dy < 0 ? 1 : 0);
            first += dx * PlaceValue.Power(i);
            second += dy * PlaceValue.Power(i);
        }

        return first == second ? null : (first, second);
    }

    private IEnumerable<int> FirstDigits(int column, HashSet<int> zeros)
    {
        if (zeros.Contains(column) || column < EmptyColumns)
        {
            return [0];
        }

        var lowest = column == firstDigits - 1 || (places > 0 && column == 0) ? 1 : 0;
        return Enumerable.Range(lowest, 10 - lowest);
    }

    private IEnumerable<int> SecondDigits(int column, int digits)
    {
        if (column >= digits)
        {
            return [0];
        }

        var lowest = column == digits - 1 || (places > 0 && column == 0) ? 1 : 0;
        return Enumerable.Range(lowest, 10 - lowest);
    }

    private long? Vary(Dice dice, long first, long second, bool changeFirst)
    {
        var target = changeFirst ? first : second;
        var digits = Amounts.Digits(target);
        var signature = ColumnWorking.Signature(op, first, second);
        foreach (var column in dice.Shuffle(Enumerable.Range(0, digits)))
        {
            if (changeFirst && column < EmptyColumns)
            {
                continue;
            }

            foreach (var delta in dice.Shuffle(Deltas))
            {
                var digit = ColumnWorking.Digit(target, column) + delta;
                if (digit is < 0 or > 9 || (digit == 0 && (column == digits - 1 || (places > 0 && column == 0))))
                {
                    continue;
                }

                var candidate = ColumnWorking.WithDigit(target, column, digit);
                var (f, s) = changeFirst ? (candidate, second) : (first, candidate);
                if ((Adding || f > s) && ColumnWorking.Signature(op, f, s) == signature)
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private QuestionDraft Calculate(long first, long second, char sign, bool missingSecond, string dimension, Picture? picture)
    {
        var whole = Adding ? first + second : first;
        var part = whole - second;
        var signText = Amounts.Sign(sign);
        var (x, result) = sign == '+' ? (part, whole) : (whole, part);
        var prompt = missingSecond
            ? $"{Show(x)} {signText} {Box} = {Show(result)}"
            : $"{Show(x)} {signText} {Show(second)} = {Box}";
        var wrong = new List<WrongAnswer>();
        if (missingSecond)
        {
            wrong.Add(new(Show(x + result), "Adds the two numbers it can see instead of using the inverse."));
            wrong.Add(new(Show(sign == '+' ? result : x), "Gives a number from the sentence instead of the missing one."));
        }
        else
        {
            wrong.AddRange(Slips(x, second, sign));
        }

        return new QuestionDraft
        {
            Format = QuestionFormat.MissingNumber,
            Prompt = prompt,
            Picture = picture,
            Answer = Amounts.Answer(missingSecond ? second : result, places),
            Wrong = wrong,
            Worked = missingSecond
                ? $"{Show(x)} {signText} {Show(second)} = {Show(result)}, so the missing number is {Show(second)}."
                : $"Line up the columns and start with the smallest place{(ColumnWorking.Count(ColumnWorking.Signature(sign, x, second)) > 0 ? ", exchanging when a column needs it" : string.Empty)}: {Show(x)} {signText} {Show(second)} = {Show(result)}.",
            StemSentence = dimension == FirstKey ? 1 : 0,
            Dimension = dimension,
            Features = Features.Of((FirstKey, first), (SecondKey, second), (Operation, sign), (Unknown, missingSecond ? "second number" : "result")),
        };
    }

    private List<WrongAnswer> Slips(long x, long y, char sign)
    {
        var slips = new List<WrongAnswer>();
        var shift = PlaceValue.Power(Math.Max(0, Amounts.Digits(x) - Amounts.Digits(y)));
        if (sign == '+')
        {
            if (EmptyColumns > 0 && x % PlaceValue.Power(EmptyColumns) == 0)
            {
                slips.Add(new(Show((x / PlaceValue.Power(EmptyColumns)) + y), "Lines up the right-hand digits instead of the decimal points."));
            }

            slips.Add(new(Show(ColumnWorking.AddWithoutExchange(x, y)), "Forgets to add the exchanged one into the next column."));
            slips.Add(new(ColumnWorking.AddWrittenInFull(x, y, places), "Writes a two-digit column total in one column instead of exchanging."));
            if (shift > 1)
            {
                slips.Add(new(Show(x + (y * shift)), LinedUpFromTheLeft));
            }

            if (places == 0)
            {
                slips.Add(new(Show(DigitSum(x) + DigitSum(y)), "Adds all the digits together as single numbers."));
            }

            if (x > y)
            {
                slips.Add(new(Show(x - y), "Subtracts instead of adding."));
            }
        }
        else
        {
            if (EmptyColumns > 0 && x % PlaceValue.Power(EmptyColumns) == 0)
            {
                slips.Add(new(Show(ColumnWorking.BringDownEmptyColumns(x, y, EmptyColumns)), "Brings down the digits of the number subtracted where the first number has an empty column."));
            }

            slips.Add(new(Show(ColumnWorking.SmallerFromLarger(x, y)), "Takes the smaller digit from the larger in each column, whichever is on top."));
            slips.Add(new(Show(ColumnWorking.ExchangeWithoutReducing(x, y)), "Exchanges but forgets to reduce the column it exchanged from."));
            if (shift > 1 && x >= y * shift)
            {
                slips.Add(new(Show(x - (y * shift)), LinedUpFromTheLeft));
            }

            var (onesX, onesY) = (x % 10, y % 10);
            if (places == 0 && onesY > 0 && onesX >= onesY)
            {
                slips.Add(new(Show(x - y - (onesX - onesY) + ((onesX + onesY) % 10)), "Adds the ones column instead of subtracting."));
            }

            slips.Add(new(Show(x + y), "Adds instead of subtracting."));
        }

        return slips;
    }

    private static long DigitSum(long number)
    {
        var sum = 0L;
        for (; number > 0; number /= 10)
        {
            sum += number % 10;
        }

        return sum;
    }

    private QuestionDraft Mistake(Dice dice, long first, long second)
    {
        if (exchanges == Exchanges.None)
        {
            // With no exchanges the slip to catch is lining up a shorter number from the left.
            (first, second) = Misalignable(dice);
        }

        var whole = Adding ? first + second : first;
        var result = Adding ? whole : first - second;
        var slips = Slips(first, second, op).Where(w => w.Text != Show(result)).ToList();
        var mistake = EmptyColumns > 0 ? slips[0] : exchanges == Exchanges.None ? slips.First(w => w.Misconception == LinedUpFromTheLeft) : dice.Pick(slips.Take(2).ToList());
        return Judgements.SpotTheMistake(
            Pupils.Name(dice),
            $"{Show(first)} {Amounts.Sign(op)} {Show(second)} in columns",
            mistake.Text,
            Amounts.Answer(result, places),
            slips,
            $"Line up the digits by place value and work from the smallest place, exchanging where needed: {Show(first)} {Amounts.Sign(op)} {Show(second)} = {Show(result)}.",
            Features.Of(("mistake", mistake.Misconception)));
    }

    private (long First, long Second) Misalignable(Dice dice)
    {
        var shorter = Math.Min(secondDigits, firstDigits - 1);
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var (first, second) = Pair(dice, shorter);
            if (Adding || first >= second * PlaceValue.Power(firstDigits - shorter))
            {
                return (first, second);
            }
        }

        throw new GeneratorConstraintException("No pair to line up wrongly.");
    }

    private PlaceValueChartPicture Chart(long first, long second)
    {
        var counters = new List<int>();
        for (var i = 0; i < firstDigits; i++)
        {
            counters.Add(ColumnWorking.Digit(first, i) + (Adding ? ColumnWorking.Digit(second, i) : 0));
        }

        return Models.Chart(counters, places);
    }
}
