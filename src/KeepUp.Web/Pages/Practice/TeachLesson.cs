using KeepUp.Application.Practice;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Practice;

namespace KeepUp.Web.Pages.Practice;

/// <summary>
/// The slides of a whole-class lesson on one step, in the order a mastery lesson runs: say the stem
/// sentence together, look at the representation, watch a worked example, then the variation set
/// one question at a time ("show me" on mini-whiteboards, then the answer), ending by looking deeper.
/// </summary>
public sealed record TeachLesson(SmallStep Step, VariationSet Set, long NextSeed)
{
    private const int LongPrompt = 28;

    /// <summary>The first question with a picture: its picture introduces the representation.</summary>
    public Question? Representation => Set.Questions.FirstOrDefault(q => q.Picture is not null);

    /// <summary>The first question, modelled by the teacher with its explanation.</summary>
    public Question WorkedExample => Set.Questions[0];

    /// <summary>The questions the class answers on whiteboards, one changed thing at a time.</summary>
    public IReadOnlyList<QuestionSlide> Practice => [.. Slides().Where(s => !s.Deepening)];

    /// <summary>The closing questions that ask pupils to reason about the whole set.</summary>
    public IReadOnlyList<QuestionSlide> Deepening => [.. Slides().Where(s => s.Deepening)];

    /// <summary>Title, representation (when there is a picture), worked example, then a slide per question.</summary>
    public int SlideCount => 2 + (Representation is null ? 0 : 1) + Set.Questions.Count - 1;

    /// <summary>
    /// A number sentence is shown huge; a question in words a size smaller, so that it still fits
    /// the board in a few lines.
    /// </summary>
    public static string PromptClass(Question question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return question.Prompt.Length > LongPrompt ? "slide-prompt slide-prompt-long" : "slide-prompt";
    }

    private IEnumerable<QuestionSlide> Slides()
    {
        var practiceCount = Set.Questions.Count(q => !WorksheetSheet.IsDeepening(q));
        for (var i = 1; i < Set.Questions.Count; i++)
        {
            var question = Set.Questions[i];
            var deepening = WorksheetSheet.IsDeepening(question);
            yield return new QuestionSlide(question, Set.Questions[i - 1], deepening, deepening
                ? "Look deeper"
                : FormattableString.Invariant($"Question {question.Index} of {practiceCount}"));
        }
    }
}

/// <summary>One question's slide: the question, the one before it (to compare), and its label.</summary>
public sealed record QuestionSlide(Question Question, Question Previous, bool Deepening, string Kicker)
{
    /// <summary>The wrong answers worth watching for on the whiteboards, with what each one reveals.</summary>
    public IEnumerable<Choice> WrongAnswers => Question.Choices.Where(c => !c.Correct && c.Misconception is not null);
}
