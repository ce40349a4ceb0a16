using System.Collections.Generic;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.Generators.Measurement.Measures;
using static KeepUp.Domain.Practice.PupilNumber;

namespace KeepUp.Domain.Practice.Generators.Measurement;

/// <summary>What a step measures lengths with.</summary>
public enum LengthTool
{
    /// <summary>Cubes laid end to end (Year 1).</summary>
    Cubes,

    /// <summary>A centimetre ruler up to 20 cm (Year 1).</summary>
    ShortRuler,

    /// <summary>A centimetre ruler up to 30 cm (Year 2).</summary>
    Ruler,

    /// <summary>A metre stick or tape measure (Year 2).</summary>
    MetreStick,

    /// <summary>A ruler with millimetres (Year 3).</summary>
    Millimetres,
}

/// <summary>
/// Measuring length: count equal units end to end, or line the object up with 0 on a ruler (drawn
/// as a number line with the object above it) and read the other end, counting spaces rather than
/// marks. The set changes the length, then moves the object off 0, checks someone's reading, and
/// ends on a question about units: why two people get different numbers, or which unit suits.
/// </summary>
/// <param name="tool">What the step measures with.</param>
public sealed class MeasureLengthGenerator(LengthTool tool) : QuestionGenerator
{
    private const string LengthFeature = "length";
    private const string StartFeature = "starts at";
    private const string Unit = "unit";
    private const string Millimetres = "extra millimetres";
    private const string View = "view";

    private static readonly string[] Things = ["pencil", "crayon", "ribbon", "straw", "worm", "leaf", "spoon", "key", "paintbrush", "feather"];
    private static readonly string[] LongThings = ["rope", "bench", "table", "skipping rope", "carpet", "washing line"];

    private static readonly (string Thing, string Unit)[] UnitChoices =
    [
        ("the length of the playground", "metres"), ("the length of an ant", "millimetres"), ("the length of a book", "centimetres"),
        ("the height of a door", "metres"), ("the thickness of a coin", "millimetres"), ("the length of a spoon", "centimetres"),
    ];

    /// <inheritdoc />
    public override string Family => "measure length";

    private (string Short, int Max) Scale => tool switch
    {
        LengthTool.Cubes => ("cubes", 12),
        LengthTool.ShortRuler => ("cm", 20),
        LengthTool.Ruler => ("cm", 30),
        LengthTool.MetreStick => ("m", 10),
        LengthTool.Millimetres => ("cm", 15),
    };

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        var thing = dice.Pick(tool == LengthTool.MetreStick ? LongThings : Things);
        var name = dice.Pick(Names);
        var (first, second, third, offset) = tool switch
        {
            LengthTool.Cubes => Lengths(dice, 3, 6, 2, 4, 0, 0, 12),
            LengthTool.ShortRuler => Lengths(dice, 3, 8, 2, 4, 1, 3, 20),
            LengthTool.Ruler => Lengths(dice, 5, 12, 2, 5, 2, 6, 30),
            LengthTool.MetreStick => Lengths(dice, 2, 5, 1, 3, 0, 0, 10),
            LengthTool.Millimetres => Lengths(dice, 3, 7, 2, 6, 0, 0, 15),
        };
        return tool switch
        {
            LengthTool.Cubes =>
            [
                Read(thing, first, 0, Variation.Start, true),
                Read(thing, second, 0, LengthFeature, true),
                Read(thing, second, 0, RepresentationFeature, false),
                Read(thing, second, offset, StartFeature, false),
                NoUnit(name, thing, second, offset),
                HandSpans(dice),
            ],
            LengthTool.MetreStick =>
            [
                Read(thing, first, 0, Variation.Start, false),
                Read(thing, second, 0, LengthFeature, false),
                InCentimetres(thing, second, QuestionTypeFeature),
                InCentimetres(thing, second + 1, LengthFeature),
                Claim(dice, name, thing, second + 1, 0, QuestionTypeFeature),
                AMetre(dice),
            ],
            LengthTool.Millimetres =>
            [
                Read(thing, first, 0, Variation.Start, false),
                Read(thing, third, 0, LengthFeature, false),
                InMillimetres(thing, third, 0, Unit, false),
                InMillimetres(thing, third, 0, View, true),
                InMillimetres(thing, third, dice.Between(1, 9), Millimetres, true),
                ChooseUnit(dice),
            ],
            _ =>
            [
                Read(thing, first, 0, Variation.Start, false),
                Read(thing, second, 0, LengthFeature, false),
                Read(thing, third, 0, LengthFeature, false),
                Read(thing, third, offset, StartFeature, false),
                Claim(dice, name, thing, third, offset, QuestionTypeFeature),
                NotLinedUp(dice, third),
            ],
        };
    }

    // Three lengths, each a little longer, and a start off 0 that still keeps the object on the ruler.
    private static (int, int, int, int) Lengths(Dice dice, int low, int high, int more, int most, int third, int thirdMost, int max)
    {
        var first = dice.Between(low, high);
        var second = first + dice.Between(more, most);
        var longest = second + (thirdMost == 0 ? 0 : dice.Between(third, thirdMost));
        return (first, second, longest, dice.Between(1, max - longest));
    }

    private NumberLinePicture Ruler(string thing, int from, int to) =>
        new(0, Scale.Max, 1, NumberLineLabels.All, [new NumberLineJump(from, to, thing)], []);

    private static IReadOnlyDictionary<string, string> Of(int length, int start, string unit, int millimetres = 0, bool closeUp = false) =>
        Features.Of((LengthFeature, length), (StartFeature, start), (Unit, unit), (Millimetres, millimetres), (View, closeUp ? "close up" : "whole ruler"));

    private QuestionDraft Read(string thing, int length, int start, string dimension, bool cubes)
    {
        var unit = Scale.Short;
        var wrong = new List<WrongAnswer>();
        if (start > 0)
        {
            wrong.Add(new(Whole(start + length), "Reads the number at the end without lining the object up with 0."));
        }

        wrong.Add(new(Whole(length + 1), tool == LengthTool.Cubes ? "Leaves gaps or overlaps between the units." : "Counts the marks rather than the spaces between them."));
        wrong.Add(new(Whole(length - 1), tool == LengthTool.Cubes ? "Leaves gaps or overlaps between the units." : "Starts measuring from 1 instead of 0."));
        var worked = cubes
            ? $"Count the cubes end to end, with no gaps or overlaps: {length} cubes."
            : start == 0
                ? $"The {thing} is lined up with 0 and ends at {length}, so it is {length} {unit} long."
                : $"The {thing} starts at {start}, not 0. Count the spaces from {start} to {start + length}: it is {length} {unit} long.";
        var prompt = cubes
            ? $"The {thing} is as long as this row of cubes. How long is the {thing}? {Box} cubes"
            : tool == LengthTool.Cubes ? $"Each space on the line is one cube long. How long is the {thing}? {Box} cubes" : $"How long is the {thing}? {Box} {unit}";
        Picture picture = cubes ? new BaseTenBlocksPicture(0, 0, 0, length) : Ruler(thing, start, start + length);
        return Ask(QuestionFormat.MatchPicture, prompt, NumberAnswer.Whole(length), worked, dimension, Of(length, start, unit), picture, wrong);
    }

    private QuestionDraft NoUnit(string name, string thing, int length, int start)
    {
        var (answer, wrong) = TrueOrFalse(false, "Thinks the number alone gives the length, without saying the unit.");
        return Ask(QuestionFormat.TrueOrFalse, $"{name} says the {thing} is {length} long. True or false: that tells us how long it is.", answer,
            $"{length} what? A length needs its unit: the {thing} is {length} cubes long.", QuestionTypeFeature,
            Of(length, start, "cubes"), Ruler(thing, start, start + length), wrong);
    }

    private static QuestionDraft HandSpans(Dice dice)
    {
        var (a, b) = TwoNames(dice);
        var many = dice.Between(7, 10);
        var few = many - dice.Between(2, 3);
        WrongAnswer[] wrong =
        [
            new($"{b}'s hand spans are smaller", "Thinks a bigger unit gives a bigger number."),
            new("The table changed length", "Thinks the length depends on who measures it."),
        ];
        return Ask(QuestionFormat.MultipleChoice,
            $"{a} measures a table and gets {many} hand spans. {b} measures the same table and gets {few} hand spans. Why are the numbers different?",
            Choose(dice, $"{b}'s hand spans are bigger", wrong),
            $"The table is the same length, but the units are not the same size: bigger hand spans fit fewer times, so {b} counted fewer.",
            Variation.Deepening, Of(0, 0, "hand spans"), null, wrong);
    }

    private QuestionDraft Claim(Dice dice, string name, string thing, int length, int start, string dimension)
    {
        var unit = Scale.Short;
        var options = tool == LengthTool.MetreStick
            ? new[] { ($"{length} m", (string?)null), ($"{length} cm", "Records the length with cm instead of m.") }
            : [($"{length} {unit}", null), ($"{start + length} {unit}", "Reads the number at the end without lining the object up with 0.")];
        var (claim, misconception) = dice.Pick(options);
        var truth = misconception is null;
        var (answer, wrong) = TrueOrFalse(truth, misconception ?? "Thinks you always read the number at the end of the object.");
        return Ask(QuestionFormat.TrueOrFalse, $"{name} says the {thing} is {claim} long. True or false?", answer,
            start == 0 ? $"The {thing} ends at {length} on a {(unit == "m" ? "metre" : "centimetre")} scale, so it is {length} {unit} long."
                : $"The {thing} starts at {start}, so count the spaces from {start} to {start + length}: it is {length} {unit} long.",
            dimension, Of(length, start, unit), Ruler(thing, start, start + length), wrong, 0);
    }

    private static QuestionDraft NotLinedUp(Dice dice, int length)
    {
        var things = dice.Shuffle(Things);
        var (lined, moved) = (things[0], things[1]);
        var movedStart = dice.Between(2, 4);
        var movedLength = length - dice.Between(1, 2);
        WrongAnswer[] wrong =
        [
            new($"The {moved}", "Compares only where the ends are, without lining up the starts."),
            new("They are the same length", "Compares only where the ends are, without lining up the starts."),
        ];
        return Ask(QuestionFormat.MultipleChoice,
            $"The {lined} goes from 0 to {length} cm on a ruler. The {moved} goes from {movedStart} cm to {movedStart + movedLength} cm. Which is longer?",
            Choose(dice, $"The {lined}", wrong),
            $"The {lined} is {length} cm long. The {moved} starts at {movedStart}, so it is {movedLength} cm long, even though its end is further along.",
            Variation.Deepening, Of(length, movedStart, "cm"), null, wrong);
    }

    private QuestionDraft InCentimetres(string thing, int metres, string dimension) => Ask(
        QuestionFormat.MissingNumber,
        $"The {thing} is {metres} m long. {metres} m = {Box} cm",
        NumberAnswer.Whole(100 * metres),
        $"1 m is 100 cm, so {metres} m is {metres} {Times} 100 = {100 * metres} cm.",
        dimension,
        Of(metres, 0, "m"),
        Ruler(thing, 0, metres),
        [new(Whole(10 * metres), "Thinks there are 10 cm in a metre."), new(Whole(metres), "Records the number without changing the unit.")]);

    private static QuestionDraft AMetre(Dice dice)
    {
        WrongAnswer[] wrong =
        [
            new("About as long as a 30 cm ruler", "Thinks a metre is about the length of a ruler."),
            new("About as long as a finger is wide", "Mixes up centimetres and metres."),
            new("About as long as a football pitch", "Makes estimates far off because there is no known length to compare with."),
        ];
        return Ask(QuestionFormat.MultipleChoice, "Which is about 1 metre long?", Choose(dice, "About as long as a big stride", wrong),
            "A big stride is about 1 m. A ruler is only 30 cm, about a third of a metre.",
            Variation.Deepening, Of(1, 0, "m"), null, wrong);
    }

    // Year 3: the same ruler read in millimetres, then zoomed in between two centimetre marks.
    private QuestionDraft InMillimetres(string thing, int centimetres, int millimetres, string dimension, bool zoomed)
    {
        var total = 10 * centimetres + millimetres;
        Picture picture = zoomed
            ? new NumberLinePicture(centimetres, centimetres + 1, Fraction.Of(1, 10), NumberLineLabels.Ends, [],
                [new NumberLineMark(Fraction.Whole(centimetres) + Fraction.Of(millimetres, 10), $"end of the {thing}")])
            : Ruler(thing, 0, centimetres);
        var prompt = zoomed
            ? $"The {thing} starts at 0. The picture shows its end, close up, between two centimetre marks; each small mark is 1 mm. How long is the {thing}? {Box} mm"
            : $"How long is the {thing} in millimetres? {Box} mm";
        var wrong = new List<WrongAnswer>
        {
            new(Whole(centimetres + millimetres), "Adds the centimetres and millimetres without changing the unit."),
            new(Whole(100 * centimetres + millimetres), "Thinks there are 100 mm in a centimetre."),
        };
        if (millimetres > 0)
        {
            wrong.Insert(0, new(Whole(10 * (centimetres + millimetres)), "Reads the small marks as centimetres when they are millimetres."));
        }

        return Ask(QuestionFormat.MatchPicture, prompt, NumberAnswer.Whole(total),
            $"1 cm is 10 mm, so {centimetres} cm is {10 * centimetres} mm{(millimetres > 0 ? $", and {millimetres} small marks more make {total} mm" : string.Empty)}.",
            dimension, Of(centimetres, 0, "mm", millimetres, zoomed), picture, wrong);
    }

    private static QuestionDraft ChooseUnit(Dice dice)
    {
        var (thing, unit) = dice.Pick(UnitChoices);
        WrongAnswer[] wrong =
        [
            new("millimetres", "Chooses a unit that is far too small, so the number would be huge."),
            new("centimetres", unit == "metres" ? "Chooses a unit that is too small for a long length." : "Chooses a unit that is too large for a tiny length."),
            new("metres", "Chooses a unit that is far too large, so the number would be tiny."),
        ];
        return Ask(QuestionFormat.MultipleChoice, $"Which unit would you choose to measure {thing}?", Choose(dice, unit, wrong),
            $"Choose the unit that suits the size: millimetres for tiny lengths, centimetres for things we hold, metres for long lengths. {Capital(thing)} suits {unit}.",
            Variation.Deepening, Of(0, 0, unit), null, wrong, 1);
    }
}
