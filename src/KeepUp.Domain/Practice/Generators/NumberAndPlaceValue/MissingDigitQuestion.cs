using System;
using System.Collections.Generic;
using System.Linq;
using KeepUp.Domain.Practice.Answers;
using static KeepUp.Domain.Practice.PupilNumber;

namespace KeepUp.Domain.Practice.Generators.NumberAndPlaceValue;

/// <summary>
/// "Which digit could go in the box? 3□9 &gt; 358": the greater places match, so the digit in the
/// box decides, and only one of the offered digits makes the statement true. The digits after the
/// box are all 9s, to tempt pupils who compare from the wrong end.
/// </summary>
internal static class MissingDigitQuestion
{
    /// <summary>The question for whole numbers from <paramref name="low"/> to below <paramref name="high"/>.</summary>
    public static QuestionDraft Draft(Dice dice, long low, long high, IReadOnlyDictionary<string, string> features)
    {
        // b's digit in the working place is 2–8, so a bigger digit and two smaller ones exist;
        // the box number's smaller places are all 9s, to tempt pupils who look at them first.
        var digits = NpvPictures.DigitCount(high - 1);
        var place = PlaceValue.Power(digits - 2);
        var b = Numbers.Between(dice, Math.Max(low, place * 10), high - 1);
        b = b - PlaceValue.DigitIn(b, place) * place + dice.Between(2, 8) * place;
        var bDigit = PlaceValue.DigitIn(b, place);
        var right = dice.Between(bDigit + 1, 9);
        var wrongDigits = Enumerable.Range(0, bDigit).Reverse().Take(2).ToList();
        var a = b / (place * 10) * place * 10 + right * place + (place - 1);
        var text = Whole(a);
        var index = BoxIndex(text, digits - 2);
        var shown = text[..index] + Box + text[(index + 1)..];
        var options = dice.Shuffle(wrongDigits.Append(right).Select(x => x.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return new QuestionDraft
        {
            Format = QuestionFormat.MultipleChoice,
            Prompt = $"Which digit could go in the box? {shown} > {Whole(b)}",
            Answer = new ChoiceAnswer(right.ToString(System.Globalization.CultureInfo.InvariantCulture), options),
            Wrong = [.. wrongDigits.Select(w => new WrongAnswer(w.ToString(System.Globalization.CultureInfo.InvariantCulture), "Looks at the digits after the box instead of comparing the digit in the box's place."))],
            Worked = $"The greater places match, so the box decides: it must be greater than {bDigit}. Only {right} of the choices is.",
            StemSentence = 0,
            Dimension = Variation.Deepening,
            Features = features,
        };
    }

    // The index in the written number of the digit with the given exponent, skipping commas.
    private static int BoxIndex(string text, int exponent)
    {
        var seen = -1;
        for (var i = text.Length - 1; i >= 0; i--)
        {
            if (char.IsDigit(text[i]) && ++seen == exponent)
            {
                return i;
            }
        }

        throw new GeneratorConstraintException($"{text} has no digit {exponent}.");
    }
}
