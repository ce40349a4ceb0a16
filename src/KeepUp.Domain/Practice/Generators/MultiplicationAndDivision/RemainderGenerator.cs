using System.Collections.Generic;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Generators.NumberFacts;
using static KeepUp.Domain.Practice.PupilNumber;

namespace KeepUp.Domain.Practice.Generators.MultiplicationAndDivision;

/// <summary>What a remainders set practises.</summary>
public enum Remainders
{
    /// <summary>Find the quotient and the remainder as two separate answers.</summary>
    Divide,

    /// <summary>Decide what the remainder means in a story: round up, round down or the remainder itself.</summary>
    Interpret,
}

/// <summary>
/// Division with remainders. The quotient and the remainder are asked as separate whole-number
/// answers (38 ÷ 5 = □ r 3, then the remainder), so no new answer type is needed; in stories the
/// answer is one whole number, found by rounding up, rounding down or giving what is left.
/// </summary>
/// <param name="kind">What the step teaches.</param>
/// <param name="largest">The largest number divided.</param>
public sealed class RemainderGenerator(Remainders kind, int largest) : QuestionGenerator
{
    private const string Dividend = "number divided";
    private const string Divisor = "divisor";
    private const string Asked = "asked for";

    private static readonly (string People, string Vehicle, string Vehicles)[] Trips =
    [
        ("children", "minibus", "minibuses"), ("people", "car", "cars"), ("players", "taxi", "taxis"), ("pupils", "table", "tables"),
    ];

    private static readonly (string Items, string Box, string Boxes)[] Packs =
    [
        ("eggs", "box", "boxes"), ("cakes", "tray", "trays"), ("pencils", "pack", "packs"), ("cards", "envelope", "envelopes"),
    ];

    /// <inheritdoc />
    public override string Family => "division with remainders";

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        var d = dice.Between(3, 9);
        var r = dice.Between(1, d - 2);
        var q = dice.Between(largest / (3 * d) + 1, (largest - d) / d);
        var n = q * d + r;
        return kind == Remainders.Divide ? QuotientAndRemainder(step, dice, n, d) : InContext(step, dice, n, d);
    }

    private static IReadOnlyDictionary<string, string> F(int n, int d, string asked) => Features.Of((Dividend, n), (Divisor, d), (Asked, asked));

    private static PartWholePicture Split(int n, int d) => new PartWholePicture(Whole(n), [Whole(n / d * d), Whole(n % d)]);

    private static IReadOnlyList<QuestionDraft> QuotientAndRemainder(SmallStep step, Dice dice, int n, int d)
    {
        var name = PupilNames.Pick(dice);
        QuestionDraft Remainder(int x, string dim, Picture picture) => Drafts.Number(
            QuestionFormat.MissingNumber,
            $"{Whole(x)} {Divide} {d} = {x / d} r {Box}",
            x % d,
            $"The nearest multiple of {d} below {Whole(x)} is {Whole(x / d * d)}, and {Whole(x)} {Minus} {Whole(x / d * d)} = {x % d}, so the remainder is {x % d}.",
            dim,
            F(x, d, "remainder"),
            picture,
            0,
            [(d - x % d, "Gives how many more would make another group, not what is left."), (x / d, "Gives the quotient instead of the remainder."), (x % d + d, step.Misconceptions[0])]);
        var m = n + 1;
        var (q, r) = (m / d, m % d);
        return
        [
            Remainder(n, Variation.Start, Drafts.Chart(n, Drafts.TopPlace(n), 1)),
            Remainder(m, Dividend, Drafts.Chart(m, Drafts.TopPlace(m), 1)),
            Remainder(m, RepresentationFeature, Split(m, d)),
            Drafts.Number(QuestionFormat.MissingNumber, $"{Whole(m)} {Divide} {d} = {Box} r {r}", q, $"{q} × {d} = {Whole(q * d)} and {Whole(q * d)} + {r} = {Whole(m)}, so {Whole(m)} {Divide} {d} = {q} r {r}.", Asked, F(m, d, "quotient"), Split(m, d), 1,
                [(q + 1, "Rounds the quotient up although there is not enough for another group."), (q - 1, "Takes one group too few."), (r, "Gives the remainder instead of the quotient.")]),
            Drafts.Number(QuestionFormat.MissingNumber, $"{Box} {Divide} {d} = {q} r {r}", m, $"{q} groups of {d} is {Whole(q * d)}, and {r} more makes {Whole(m)}.", Asked, F(m, d, "number divided"), Split(m, d), 1,
                [(q * d, "Forgets to add the remainder."), (q * d - r, "Subtracts the remainder instead of adding it."), (q + d + r, "Adds all the numbers it can see.")]),
            Closing.SpotTheMistake(
                $"{name} wrote {Whole(n)} {Divide} {d} = {n / d - 1} r {n % d + d}. What should the remainder be?",
                n % d,
                n % d + d,
                step.Misconceptions[0],
                $"A remainder of {n % d + d} holds another group of {d}: {Whole(n)} {Divide} {d} = {n / d} r {n % d}. The remainder is always less than the divisor."),
        ];
    }

    private static IReadOnlyList<QuestionDraft> InContext(SmallStep step, Dice dice, int n, int d)
    {
        var name = PupilNames.Pick(dice);
        var trip = dice.Pick(Trips);
        var pack = dice.Pick(Packs);
        var m = n + 1;
        var (q, r) = (m / d, m % d);
        QuestionDraft Up(int x, string dim) => Drafts.Number(
            QuestionFormat.NumberEntry,
            $"{Whole(x)} {trip.People} are going on a trip. Each {trip.Vehicle} holds {d}. How many {trip.Vehicles} are needed?",
            x / d + 1,
            $"{Whole(x)} {Divide} {d} = {x / d} r {x % d}. The {x % d} left over still need a {trip.Vehicle}, so {x / d + 1} {trip.Vehicles} are needed.",
            dim,
            F(x, d, "round up"),
            null,
            1,
            [(x / d, step.Misconceptions[1]), (x % d, "Gives the remainder as the answer.")]);
        QuestionDraft Down(string dim, QuestionFormat format, Picture? picture) => Drafts.Number(
            format,
            $"{(format == QuestionFormat.MultipleChoice ? "Choose the answer. " : string.Empty)}{Whole(m)} {pack.Items} are packed into {pack.Boxes} of {d}. How many full {pack.Boxes} are there?",
            q,
            $"{Whole(m)} {Divide} {d} = {q} r {r}. The {r} left over do not fill a {pack.Box}, so there are {q} full {pack.Boxes}.",
            dim,
            F(m, d, "round down"),
            picture,
            0,
            [(q + 1, "Always rounds up, even when only full groups count."), (r, "Gives the remainder as the answer.")]);
        return
        [
            Up(n, Variation.Start),
            Up(m, Dividend),
            Down(Asked, QuestionFormat.NumberEntry, null),
            Down(QuestionTypeFeature, QuestionFormat.MultipleChoice, null),
            Drafts.Number(QuestionFormat.MultipleChoice, $"{Whole(m)} {pack.Items} are packed into {pack.Boxes} of {d}. How many {pack.Items} are left over?", r,
                $"{q} full {pack.Boxes} hold {Whole(q * d)} {pack.Items}, so {Whole(m)} {Minus} {Whole(q * d)} = {r} are left over.", Asked, F(m, d, "left over"), null, 0,
                [(q, "Gives the number of full groups instead of what is left."), (d - r, "Gives how many more would fill another group."), (r + d, "Counts the last full group as left over too.")]),
            Closing.TrueOrFalse(
                $"{name} says the answer to “{Whole(n)} {trip.People}, {d} in each {trip.Vehicle}: how many {trip.Vehicles}?” is {n / d} r {n % d} {trip.Vehicles}.",
                false,
                step.Misconceptions[0],
                $"You cannot have part of a {trip.Vehicle}: the {n % d} left over need one more, so the answer is {n / d + 1} {trip.Vehicles}."),
        ];
    }
}
