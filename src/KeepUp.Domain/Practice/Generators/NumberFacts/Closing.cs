using System.Collections.Generic;
using System.Linq;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Answers;

namespace KeepUp.Domain.Practice.Generators.NumberFacts;

/// <summary>
/// The closing "look deeper" questions of a set: true or false, always / sometimes / never,
/// spot the mistake and pick the right one, each with the reason in its worked line.
/// </summary>
internal static class Closing
{
    private static readonly IReadOnlyDictionary<string, string> NoFeatures = Features.Of(("closing", "deepening"));

    /// <summary>A statement to judge true or false; choosing wrongly reveals the misconception.</summary>
    public static QuestionDraft TrueOrFalse(string statement, bool isTrue, string misconception, string worked, int stem = 0, Picture? picture = null) => new()
    {
        Format = QuestionFormat.TrueOrFalse,
        Prompt = $"True or false? {statement}",
        Picture = picture,
        Answer = new ChoiceAnswer(isTrue ? "True" : "False", ChoiceAnswer.TrueOrFalse),
        Wrong = [new(isTrue ? "False" : "True", misconception)],
        Worked = worked,
        StemSentence = stem,
        Dimension = Variation.Deepening,
        Features = NoFeatures,
    };

    /// <summary>A statement that is always, sometimes or never true; each wrong choice names its misconception.</summary>
    public static QuestionDraft AlwaysSometimesNever(string statement, string right, IReadOnlyDictionary<string, string> misconceptions, string worked, int stem = 0) => new()
    {
        Format = QuestionFormat.AlwaysSometimesNever,
        Prompt = $"Always, sometimes or never true? {statement}",
        Answer = new ChoiceAnswer(right, ChoiceAnswer.AlwaysSometimesNever),
        Wrong = [.. misconceptions.Select(m => new WrongAnswer(m.Key, m.Value))],
        Worked = worked,
        StemSentence = stem,
        Dimension = Variation.Deepening,
        Features = NoFeatures,
    };

    /// <summary>
    /// Someone's worked answer with a mistake: the pupil gives the right answer, and the
    /// mistaken one is a wrong choice that names the misconception behind it.
    /// </summary>
    public static QuestionDraft SpotTheMistake(string prompt, Fraction right, Fraction mistaken, string misconception, string worked, int stem = 0, Picture? picture = null, IEnumerable<WrongAnswer>? others = null) => new()
    {
        Format = QuestionFormat.SpotTheMistake,
        Prompt = prompt,
        Picture = picture,
        Answer = new NumberAnswer(right, right.IsWhole ? NumberShape.Whole : NumberShape.Decimal),
        Wrong = [.. Wrongs.Of(mistaken, misconception), .. others ?? []],
        Worked = worked,
        StemSentence = stem,
        Dimension = Variation.Deepening,
        Features = NoFeatures,
    };

    /// <summary>Pick the right option from several written ones, shuffled by the dice.</summary>
    public static QuestionDraft Choose(Dice dice, string prompt, string right, IEnumerable<WrongAnswer> wrong, string worked, int stem = 0, Picture? picture = null)
    {
        var wrongs = wrong.Where(w => w.Text != right).DistinctBy(w => w.Text).Take(3).ToList();
        return new QuestionDraft
        {
            Format = QuestionFormat.MultipleChoice,
            Prompt = prompt,
            Picture = picture,
            Answer = new ChoiceAnswer(right, dice.Shuffle(wrongs.Select(w => w.Text).Append(right))),
            Wrong = wrongs,
            Worked = worked,
            StemSentence = stem,
            Dimension = Variation.Deepening,
            Features = NoFeatures,
        };
    }

    /// <summary>A number answer with the right shape for its value.</summary>
    public static NumberAnswer Number(Fraction value) => new(value, value.IsWhole ? NumberShape.Whole : NumberShape.Decimal);
}

/// <summary>First names for word problems: short, varied and from many backgrounds.</summary>
internal static class PupilNames
{
    private static readonly string[] Names =
    [
        "Amir", "Bea", "Chen", "Darius", "Ella", "Femi", "Grace", "Hamza", "Isla", "Jamal", "Kai", "Leila",
        "Maya", "Noah", "Olu", "Priya", "Ravi", "Sofia", "Tomasz", "Yusuf", "Zara", "Aisha", "Ben", "Niamh",
    ];

    /// <summary>One name.</summary>
    public static string Pick(Dice dice) => dice.Pick(Names);

    /// <summary>Two different names.</summary>
    public static (string First, string Second) PickTwo(Dice dice)
    {
        var first = dice.Between(0, Names.Length - 1);
        var second = (first + dice.Between(1, Names.Length - 1)) % Names.Length;
        return (Names[first], Names[second]);
    }
}
