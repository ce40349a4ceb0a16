using System.Collections.Generic;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Answers;

namespace KeepUp.Domain.Practice.Generators.AdditionAndSubtraction;

/// <summary>
/// The closing questions of a set, where pupils judge rather than calculate: true or false,
/// always / sometimes / never, and spotting the mistake in someone's working.
/// </summary>
internal static class Judgements
{
    /// <summary>A true-or-false statement; choosing the wrong option reveals the misconception given.</summary>
    public static QuestionDraft TrueOrFalse(
        string statement,
        bool truth,
        string misconception,
        string worked,
        IReadOnlyDictionary<string, string> features,
        int stemSentence = 0,
        Picture? picture = null,
        string dimension = Variation.Deepening) => new()
        {
            Format = QuestionFormat.TrueOrFalse,
            Prompt = $"True or false? {statement}",
            Picture = picture,
            Answer = new ChoiceAnswer(truth ? "True" : "False", ChoiceAnswer.TrueOrFalse),
            Wrong = [new(truth ? "False" : "True", misconception)],
            Worked = worked,
            StemSentence = stemSentence,
            Dimension = dimension,
            Features = features,
        };

    /// <summary>An always / sometimes / never statement; the reason goes in the worked explanation.</summary>
    public static QuestionDraft AlwaysSometimesNever(
        string statement,
        string right,
        IReadOnlyDictionary<string, string> misconceptions,
        string worked,
        IReadOnlyDictionary<string, string> features,
        int stemSentence = 0,
        string dimension = Variation.Deepening)
    {
        var wrong = new List<WrongAnswer>();
        foreach (var option in ChoiceAnswer.AlwaysSometimesNever)
        {
            if (option != right)
            {
                wrong.Add(new(option, misconceptions[option]));
            }
        }

        return new QuestionDraft
        {
            Format = QuestionFormat.AlwaysSometimesNever,
            Prompt = $"Always, sometimes or never true? {statement}",
            Answer = new ChoiceAnswer(right, ChoiceAnswer.AlwaysSometimesNever),
            Wrong = wrong,
            Worked = worked,
            StemSentence = stemSentence,
            Dimension = dimension,
            Features = features,
        };
    }

    /// <summary>
    /// Someone's worked answer with a mistake in it: the pupil writes the right answer, and the
    /// mistaken answer is a wrong choice tagged with the misconception behind it.
    /// </summary>
    public static QuestionDraft SpotTheMistake(
        string who,
        string calculation,
        string mistaken,
        ExpectedAnswer answer,
        IReadOnlyList<WrongAnswer> wrong,
        string worked,
        IReadOnlyDictionary<string, string> features,
        int stemSentence = 0,
        Picture? picture = null,
        string dimension = Variation.Deepening) => new()
        {
            Format = QuestionFormat.SpotTheMistake,
            Prompt = $"{who} worked out {calculation} and got {mistaken}. What is the correct answer?",
            Picture = picture,
            Answer = answer,
            Wrong = wrong,
            Worked = worked,
            StemSentence = stemSentence,
            Dimension = dimension,
            Features = features,
        };
}
