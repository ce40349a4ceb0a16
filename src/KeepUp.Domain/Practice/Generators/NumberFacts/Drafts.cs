using System.Collections.Generic;
using System.Linq;
using KeepUp.Domain.Pictures.Representations;

namespace KeepUp.Domain.Practice.Generators.NumberFacts;

/// <summary>Short ways to write the drafts of families that do not walk through a fact family.</summary>
internal static class Drafts
{
    /// <summary>A question whose answer is a number.</summary>
    public static QuestionDraft Number(
        QuestionFormat format,
        string prompt,
        Fraction answer,
        string worked,
        string dimension,
        IReadOnlyDictionary<string, string> features,
        Picture? picture = null,
        int stem = 0,
        IEnumerable<(Fraction Value, string Why)>? wrong = null) => new()
    {
        Format = format,
        Prompt = prompt,
        Picture = picture,
        Answer = Closing.Number(answer),
        Wrong = [.. Wrongs.Of(wrong ?? [])],
        Worked = worked,
        StemSentence = stem,
        Dimension = dimension,
        Features = features,
    };

    /// <summary>A statement to judge true or false in the middle of a set.</summary>
    public static QuestionDraft Judge(string statement, bool isTrue, string misconception, string worked, string dimension, IReadOnlyDictionary<string, string> features, Picture? picture = null, int stem = 0) =>
        Closing.TrueOrFalse(statement, isTrue, misconception, worked, stem, picture) with { Dimension = dimension, Features = features };

    /// <summary>A choice between written options in the middle of a set, shuffled by the dice.</summary>
    public static QuestionDraft Pick(Dice dice, string prompt, string right, IEnumerable<WrongAnswer> wrong, string worked, string dimension, IReadOnlyDictionary<string, string> features, Picture? picture = null, int stem = 0) =>
        Closing.Choose(dice, prompt, right, wrong, worked, stem, picture) with { Dimension = dimension, Features = features };

    /// <summary>A place-value chart of a number, with columns from <paramref name="highest"/> down to <paramref name="lowest"/>.</summary>
    public static PlaceValueChartPicture Chart(Fraction value, Fraction highest, Fraction lowest)
    {
        var columns = new List<PlaceValueColumn>();
        for (var place = highest; place >= lowest; place /= Fraction.Whole(10))
        {
            var digit = (int)((value / place).Numerator / (value / place).Denominator % 10);
            columns.Add(new PlaceValueColumn(PlaceName(place), digit));
        }

        return new PlaceValueChartPicture(columns);
    }

    /// <summary>The highest place of a positive number: 345 → 100, 0.07 → 1/100.</summary>
    public static Fraction TopPlace(Fraction value)
    {
        var place = Fraction.Whole(1);
        while (place * Fraction.Whole(10) <= value)
        {
            place *= Fraction.Whole(10);
        }

        while (place > value && place > Fraction.Of(1, 1000))
        {
            place /= Fraction.Whole(10);
        }

        return place;
    }

    /// <summary>The lowest non-zero place of a number (its last digit's place), at most ones.</summary>
    public static Fraction LowPlace(Fraction value)
    {
        var place = Fraction.Whole(1);
        while (!(value / place).IsWhole)
        {
            place /= Fraction.Whole(10);
        }

        return place;
    }

    /// <summary>A column heading: Thousands, Ones, Tenths.</summary>
    public static string PlaceName(Fraction place)
    {
        var name = place >= Fraction.Whole(1) ? PlaceValue.NameOf(place.Numerator)
            : place == Fraction.Of(1, 10) ? "tenths" : place == Fraction.Of(1, 100) ? "hundredths" : "thousandths";
        return char.ToUpperInvariant(name[0]) + name[1..];
    }

    /// <summary>The digits of a whole number, ones first.</summary>
    public static IReadOnlyList<int> Digits(long value) =>
        [.. value.ToString(System.Globalization.CultureInfo.InvariantCulture).Reverse().Select(c => c - '0')];
}
