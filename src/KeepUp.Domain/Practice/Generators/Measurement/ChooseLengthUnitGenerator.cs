using System.Collections.Generic;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.Generators.Measurement.Measures;
using static KeepUp.Domain.Practice.PupilNumber;

namespace KeepUp.Domain.Practice.Generators.Measurement;

/// <summary>
/// Choosing centimetres or metres and estimating with known lengths: centimetres suit things we
/// hold, metres suit long things, and a larger number is not a longer length when the units
/// differ (50 cm is shorter than 2 m). The set chooses a unit, then estimates, for a short and a
/// long object, then compares lengths in different units.
/// </summary>
public sealed class ChooseLengthUnitGenerator : QuestionGenerator
{
    private const string Thing = "object";
    private const string Asked = "asked";

    private static readonly (string Name, int Centimetres)[] Short =
        [("pencil", 15), ("book", 25), ("shoe", 20), ("crayon", 8), ("spoon", 15), ("glue stick", 10), ("ruler", 30)];

    private static readonly (string Name, int Metres)[] Long =
        [("car", 4), ("bus", 10), ("classroom", 8), ("swimming pool", 25), ("bed", 2), ("football pitch", 100)];

    /// <inheritdoc />
    public override string Family => "choose units and estimate length";

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        var small = dice.Pick(Short);
        var big = dice.Pick(Long);
        var other = big;
        while (other == big)
        {
            other = dice.Pick(Long);
        }

        var metres = dice.Between(2, 5);
        var name = dice.Pick(Names);
        return
        [
            Unit(dice, small.Name, false, Variation.Start),
            Unit(dice, big.Name, true, Thing),
            Estimate(dice, big.Name, big.Metres, true, Asked),
            Estimate(dice, small.Name, small.Centimetres, false, Thing),
            Compare(small.Name, small.Centimetres, metres, QuestionTypeFeature),
            Compare(other.Name, 100 * other.Metres, metres, Thing),
            FarOff(name, big.Name, big.Metres),
        ];
    }

    private static QuestionDraft Unit(Dice dice, string thing, bool isLong, string dimension)
    {
        var right = isLong ? "metres" : "centimetres";
        WrongAnswer[] wrong = [isLong
            ? new("centimetres", "Chooses centimetres for a long length, so the number would be very big.")
            : new("metres", "Chooses metres for a short object, so the number would be tiny.")];
        return Ask(QuestionFormat.MultipleChoice, $"Would you measure the length of a {thing} in centimetres or metres?", Choose(dice, right, wrong),
            $"A {thing} is {(isLong ? "long, so metres suit it" : "short enough to hold, so centimetres suit it")}.",
            dimension, Features.Of((Thing, thing), (Asked, "unit")), null, wrong);
    }

    private static QuestionDraft Estimate(Dice dice, string thing, int size, bool isLong, string dimension)
    {
        var (unit, other) = isLong ? ("m", "cm") : ("cm", "m");
        var right = $"About {size} {unit}";
        WrongAnswer[] wrong =
        [
            new($"About {size} {other}", $"Records the estimate with {other} instead of {unit}."),
            new($"About {Whole(size * 10)} {unit}", "Makes an estimate far off because there is no known length to compare with."),
        ];
        return Ask(QuestionFormat.MultipleChoice, $"About how long is a {thing}?", Choose(dice, right, wrong),
            isLong
                ? $"A big stride is about 1 m, and a {thing} is about {size} big strides long: about {size} m."
                : $"A finger is about 1 cm wide, and a {thing} is about {size} fingers long: about {size} cm.",
            dimension, Features.Of((Thing, thing), (Asked, "estimate")), null, wrong, 1);
    }

    private static QuestionDraft Compare(string thing, int centimetres, int metres, string dimension)
    {
        var sign = ComparisonAnswer.Between(centimetres, 100 * metres);
        return Ask(QuestionFormat.Compare, $"A {thing} is about {Whole(centimetres)} cm long. Write <, > or =. {Whole(centimetres)} cm {Box} {metres} m", new ComparisonAnswer(sign),
            $"1 m is 100 cm, so {metres} m is {100 * metres} cm, and {Whole(centimetres)} cm {sign} {100 * metres} cm.",
            dimension, Features.Of((Thing, thing), (Asked, "estimate")), null,
            WrongSigns(sign, "Thinks a length in metres is always longer than one in centimetres.", $"Thinks a larger number always means a longer length, whatever the unit ({centimetres} cm longer than {metres} m).", "Compares the numbers without looking at the units."));
    }

    private static QuestionDraft FarOff(string name, string thing, int metres)
    {
        var (answer, wrong) = TrueOrFalse(false, "Makes estimates far off because there is no known length to compare with.");
        return Ask(QuestionFormat.TrueOrFalse, $"{name} estimates that a {thing} is about {metres} cm long. True or false: that is a good estimate.", answer,
            $"{metres} cm is only about {metres} fingers wide. A {thing} is about {metres} big strides long, so about {metres} m.",
            Variation.Deepening, Features.Of((Thing, thing), (Asked, "estimate")), null, wrong, 1);
    }
}
