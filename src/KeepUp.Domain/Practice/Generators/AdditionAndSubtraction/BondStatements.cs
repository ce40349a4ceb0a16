using System;
using System.Collections.Generic;

namespace KeepUp.Domain.Practice.Generators.AdditionAndSubtraction;

/// <summary>
/// The closing true-or-false statements of a bonds set, each built on the step's own
/// misconception: a part bigger than the whole, 5 as every number's partner, bonds to 11,
/// 36 + 74 = 100, both parts one more. Some seeds give a true statement, so "false" is never a safe guess.
/// </summary>
/// <param name="kind">The bonds practised.</param>
/// <param name="show">Writes a count the way the step shows numbers.</param>
/// <param name="choose">Picks a bond of the step's kind: its whole and first part.</param>
internal sealed class BondStatements(BondKind kind, Func<long, string> show, Func<Dice, (long Whole, long First, long Move)> choose)
{
    private static readonly long[] NotFive = [1, 2, 3, 4, 6, 7, 8, 9];

    public QuestionDraft Judge(Dice dice, long whole)
    {
        var truth = dice.Chance(50);
        var features = Features.Of(("parts", "statement"), ("unknown", "none"), ("operation", "judge"));
        switch (kind)
        {
            case BondKind.PartsAndWholes:
            {
                var big = whole + dice.Between(1, 3);
                return Judgements.TrueOrFalse(
                    $"The whole is {show(whole)}. One of its parts is {show(big)}.",
                    false,
                    "Thinks a part can be bigger than the whole.",
                    $"The parts together make the whole, so no part can be more than {show(whole)}.",
                    features);
            }

            case BondKind.UpToFive:
            {
                var a = dice.Between(1, (int)whole - 1);
                if (a * 2 == whole)
                {
                    a--;
                }

                return truth
                    ? Judgements.TrueOrFalse(
                        $"{show(a)} and {show(whole - a)} make {show(whole)}, so {show(whole - a)} and {show(a)} make {show(whole)} too.",
                        true,
                        "Thinks swapping the parts makes a different, unrelated fact.",
                        "The parts have swapped places but they are the same parts, so the whole is the same.",
                        features)
                    : Judgements.TrueOrFalse(
                        $"{show(whole)} and 0 make {show(whole)}.",
                        true,
                        "Misses the ways that use zero.",
                        $"A part can be zero: {show(whole)} and 0 make {show(whole)}.",
                        features);
            }

            case BondKind.SixToTen:
            {
                var a = dice.Between(2, (int)whole - 3);
                var b = whole - a;
                return truth
                    ? Judgements.TrueOrFalse(
                        $"{show(a)} and {show(b)} make {show(whole)}, so {show(a + 1)} and {show(b - 1)} make {show(whole)}.",
                        true,
                        "Does not see that one part one more and the other one less keeps the whole.",
                        "One part is one more and the other is one less, so the whole stays the same.",
                        features,
                        1)
                    : Judgements.TrueOrFalse(
                        $"{show(a)} and {show(b)} make {show(whole)}, so {show(a + 1)} and {show(b + 1)} make {show(whole)}.",
                        false,
                        "Changes both parts by one in the same direction and keeps the same whole.",
                        $"Both parts are one more, so the whole is two more: {show(a + 1)} and {show(b + 1)} make {show(whole + 2)}.",
                        features,
                        1);
            }

            case BondKind.BondsToTen:
            {
                var a = dice.Pick(NotFive);
                return truth
                    ? Judgements.TrueOrFalse("10 and 0 make 10.", true, "Misses out the pair 10 and 0.", "10 and 0 is a bond to 10: a full ten frame and an empty one.", features)
                    : Judgements.TrueOrFalse(
                        $"{show(a)} and 5 make 10.",
                        false,
                        "Gives 5 as the partner of every number because 5 and 5 make 10.",
                        $"{show(a)} and {show(10 - a)} make 10, so {show(a)} and 5 make {show(a + 5)}.",
                        features);
            }

            default:
                return Statement(dice, truth, features);
        }
    }

    private QuestionDraft Statement(Dice dice, bool truth, IReadOnlyDictionary<string, string> features)
    {
        var (whole, a, _) = choose(dice);
        var right = whole - a;
        var (wrong, why) = kind switch
        {
            BondKind.BondsToTwenty => (right + 10, "Adds 10 to both parts of the bond to 10."),
            BondKind.NextTen => (a % 10, "Adds the ones digit rather than its bond to 10."),
            BondKind.TensToHundred => (110 - a, "Uses bonds to 11 instead of bonds to 10."),
            _ => ((10 - a / 10) * 10 + (10 - a % 10), "Makes both the tens and the ones add to 10."),
        };
        truth |= wrong == right;
        var shown = truth ? right : wrong;
        var reason = kind switch
        {
            BondKind.BondsToTwenty => $"{show(a - 10)} + {show(right)} = 10, so {show(a)} + {show(right)} = 20.",
            BondKind.NextTen => $"{show(a)} needs {show(right)} more to make {show(whole)}.",
            BondKind.TensToHundred => $"{show(a / 10)} + {show(right / 10)} = 10, so {show(a)} + {show(right)} = 100.",
            _ => $"The ones make 10 and the tens make 90, so {show(a)} + {show(right)} = {show(whole)}.",
        };
        return Judgements.TrueOrFalse(
            $"{show(a)} + {show(shown)} = {show(whole)}",
            truth,
            truth ? "Does not trust a bond that is made from a known bond to 10." : why,
            reason,
            features);
    }
}
