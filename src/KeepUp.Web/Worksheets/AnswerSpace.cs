using KeepUp.Domain.Practice;

namespace KeepUp.Web.Worksheets;

/// <summary>The room a question needs on paper.</summary>
public enum AnswerSpace
{
    /// <summary>A box for a number, a time or an amount.</summary>
    Box,

    /// <summary>The choices with a box to tick: listing them is the question.</summary>
    PickOne,

    /// <summary>The choices, then lines to say why (always, sometimes or never).</summary>
    PickOneAndExplain,

    /// <summary>Lines to write an order or a correction.</summary>
    Lines,
}

public static class AnswerSpaces
{
    /// <summary>
    /// Choices are printed only where choosing is the task; for a number to work out they would
    /// give the answer away (and their wrong answers are there for the teacher, not the pupil).
    /// </summary>
    public static AnswerSpace For(QuestionFormat format) => format switch
    {
        QuestionFormat.NumberEntry or QuestionFormat.MissingNumber or QuestionFormat.MatchPicture => AnswerSpace.Box,
        QuestionFormat.MultipleChoice or QuestionFormat.Compare or QuestionFormat.TrueOrFalse => AnswerSpace.PickOne,
        QuestionFormat.AlwaysSometimesNever => AnswerSpace.PickOneAndExplain,
        QuestionFormat.Order or QuestionFormat.SpotTheMistake => AnswerSpace.Lines,
    };

    /// <summary>True when the choices are shown to pupils, on paper and on the whiteboard alike.</summary>
    public static bool ListsChoices(QuestionFormat format) => For(format) is AnswerSpace.PickOne or AnswerSpace.PickOneAndExplain;
}
