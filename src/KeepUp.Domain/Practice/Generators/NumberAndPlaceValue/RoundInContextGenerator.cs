using System.Collections.Generic;
using System.Linq;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.PupilNumber;

namespace KeepUp.Domain.Practice.Generators.NumberAndPlaceValue;

/// <summary>
/// Choosing how to round in context: the same division (people into coaches, pounds into
/// tickets) is rounded up when everyone needs a seat and down when the money must cover the cost.
/// The total changes, then the group size, then the context flips with the same numbers, a bar
/// model shows the groups, and the set ends on whether "round to the nearest" always fits.
/// </summary>
public sealed class RoundInContextGenerator : QuestionGenerator
{
    private const string Context = "context";
    private const string Total = "total";
    private const string Size = "group size";

    private static readonly int[] Sizes = [20, 30, 40, 50, 60];

    /// <inheritdoc />
    public override string Family => "round in context";

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        var size1 = dice.Pick(Sizes);
        var size2 = dice.Pick(Sizes.Where(s => s != size1).ToList());
        // Remainders below half a group, so rounding to the nearest gives the wrong number of coaches.
        var total1 = PickTotal(dice, [size1], -1);
        var total2 = PickTotal(dice, [size1, size2], total1);
        var total3 = PickTotal(dice, [size2], total2);
        var name = PupilNames.Pick(dice);
        return
        [
            Coaches(total1, size1, bar: false, Variation.Start),
            Coaches(total2, size1, bar: false, Total),
            Coaches(total2, size2, bar: false, Size),
            Coaches(total2, size2, bar: true, RepresentationFeature),
            Tickets(name, total2, size2, bar: true, Context),
            Tickets(name, total3, size2, bar: true, Total),
            Nearest(),
        ];
    }

    // A total from 60 to 599 that leaves a remainder below half a group for every size given.
    private static int PickTotal(Dice dice, int[] sizes, int not)
    {
        while (true)
        {
            var total = dice.Between(60, 599);
            if (total != not && sizes.All(size => total % size is var rest && rest >= 1 && rest < size / 2))
            {
                return total;
            }
        }
    }

    private static BarModelPicture Groups(int total, int size)
    {
        var sections = new List<BarSection>();
        for (var i = 0; i < total / size; i++)
        {
            sections.Add(new BarSection(Whole(size), Fraction.Whole(size)));
        }

        sections.Add(new BarSection(Whole(total % size), Fraction.Whole(total % size)));
        return new BarModelPicture([new Bar(string.Empty, sections)], Whole(total));
    }

    private static QuestionDraft Coaches(int total, int size, bool bar, string dimension)
    {
        var full = total / size;
        return new QuestionDraft
        {
            Format = QuestionFormat.NumberEntry,
            Prompt = $"{Whole(total)} people are going on a trip. Each coach holds {size} people. How many coaches are needed?",
            Picture = bar ? Groups(total, size) : null,
            Answer = NumberAnswer.Whole(full + 1),
            Wrong =
            [
                new(Whole(full), "Rounds down the number of coaches needed, leaving some people without a seat."),
                new(Whole(total % size), "Gives the people left over instead of the number of coaches."),
                new(Whole(full + 2), "Adds an extra coach for the people left over twice."),
            ],
            Worked = $"{full} coaches hold {Whole(full * size)} people, leaving {total % size} without a seat, so we round up: {full + 1} coaches.",
            StemSentence = 0,
            Dimension = dimension,
            Features = Features.Of((Context, "coaches"), (Total, total), (Size, size)),
        };
    }

    private static QuestionDraft Tickets(string name, int total, int size, bool bar, string dimension)
    {
        var full = total / size;
        return new QuestionDraft
        {
            Format = QuestionFormat.NumberEntry,
            Prompt = $"{name} has £{Whole(total)}. Tickets cost £{size} each. How many tickets can {name} buy?",
            Picture = bar ? Groups(total, size) : null,
            Answer = NumberAnswer.Whole(full),
            Wrong =
            [
                new(Whole(full + 1), "Rounds up, but there is not enough money for another ticket."),
                new(Whole(total % size), "Gives the money left over instead of the number of tickets."),
            ],
            Worked = $"{full} tickets cost £{Whole(full * size)}, leaving £{total % size}, which is not enough for another, so we round down: {full} tickets.",
            StemSentence = 0,
            Dimension = dimension,
            Features = Features.Of((Context, "tickets"), (Total, total), (Size, size)),
        };
    }

    private static QuestionDraft Nearest() => new()
    {
        Format = QuestionFormat.AlwaysSometimesNever,
        Prompt = "Always, sometimes or never true? To find how many coaches are needed, round the division to the nearest whole number.",
        Answer = new ChoiceAnswer("Sometimes", ChoiceAnswer.AlwaysSometimesNever),
        Wrong =
        [
            new("Always", "Always rounds to the nearest whatever the situation."),
            new("Never", "Thinks rounding to the nearest can never give the right number of coaches."),
        ],
        Worked = "Everyone needs a seat, so we always round up. Rounding to the nearest only gives the same answer when the people left over are at least half a coach.",
        StemSentence = 0,
        Dimension = Variation.Deepening,
        Features = Features.Of((Context, "any"), (Total, "any"), (Size, "any")),
    };
}
