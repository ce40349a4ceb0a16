using System;
using System.Collections.Generic;
using System.Linq;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Practice.Answers;

namespace KeepUp.Domain.Practice.Generators;

/// <summary>
/// A family of question generators (for example "add or subtract within a place"), set up for
/// one small step. From the step and a seed it writes a variation set; this base class numbers
/// the questions, builds the choices, adds the stem sentence to each explanation and refuses to
/// let a bad question through.
/// </summary>
public abstract class QuestionGenerator
{
    /// <summary>The feature every question carries for its format; changing it is a variation too.</summary>
    public const string QuestionTypeFeature = "question type";

    /// <summary>The feature every question carries for its picture; changing it is conceptual variation.</summary>
    public const string RepresentationFeature = "representation";

    /// <summary>The family's name, for teachers and for tests ("add or subtract within a place").</summary>
    public abstract string Family { get; }

    /// <summary>The generator's version: bump it whenever a change would alter a seed's questions.</summary>
    public virtual int Version => 1;

    /// <summary>True when the step teaches negative numbers, so a negative answer is expected.</summary>
    protected virtual bool AllowsNegativeAnswers => false;

    /// <summary>Writes the variation set for a step and seed; the same inputs always give the same set.</summary>
    /// <exception cref="GeneratorConstraintException">The generator broke one of the rules for a good question.</exception>
    public VariationSet Generate(SmallStep step, int seed)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentOutOfRangeException.ThrowIfNegative(seed);
        var dice = new Dice(seed, step.Id.Value);
        var drafts = Draft(step, dice);
        var fail = (string why) => new GeneratorConstraintException($"{Family} v{Version}, step {step.Id}, seed {seed}: {why}");
        if (drafts.Count is < VariationSet.MinimumQuestions or > VariationSet.MaximumQuestions)
        {
            throw fail($"a variation set needs {VariationSet.MinimumQuestions}–{VariationSet.MaximumQuestions} questions, not {drafts.Count}.");
        }

        var questions = new List<Question>(drafts.Count);
        for (var i = 0; i < drafts.Count; i++)
        {
            var question = Finish(step, seed, i, drafts, dice, why => fail($"question {i + 1}: {why}"));
            questions.Add(question);
        }

        CheckSet(questions, fail);
        return new VariationSet(step.Id, Version, seed, questions);
    }

    /// <summary>Writes the drafts of one variation set, in teaching order.</summary>
    protected abstract IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice);

    private Question Finish(SmallStep step, int seed, int index, IReadOnlyList<QuestionDraft> drafts, Dice dice, Func<string, Exception> fail)
    {
        var draft = drafts[index];
        var features = new Dictionary<string, string>(draft.Features, StringComparer.Ordinal)
        {
            [QuestionTypeFeature] = draft.Format.ToString(),
            [RepresentationFeature] = draft.Picture?.GetType().Name ?? "none",
        };
        var expectedDimension = index == 0 ? Variation.Start : index == drafts.Count - 1 ? Variation.Deepening : null;
        if (expectedDimension is not null && draft.Dimension != expectedDimension)
        {
            throw fail($"the dimension must be '{expectedDimension}', not '{draft.Dimension}'.");
        }

        CheckAnswer(draft.Answer, fail);
        return new Question
        {
            StepId = step.Id,
            GeneratorVersion = Version,
            Seed = seed,
            Index = index + 1,
            Format = draft.Format,
            Prompt = draft.Prompt,
            Picture = draft.Picture,
            Answer = draft.Answer,
            Choices = Choices(draft, dice, fail),
            Explanation = Explain(step, draft),
            Variation = new Variation(draft.Dimension, index + 1),
            Features = features,
        };
    }

    private void CheckAnswer(ExpectedAnswer answer, Func<string, Exception> fail)
    {
        if (!answer.Check(answer.Canonical).Correct)
        {
            throw fail($"the checker does not accept the canonical answer '{answer.Canonical}'.");
        }

        if (answer is NumberAnswer number)
        {
            if (number.Shape == NumberShape.Whole && !number.Value.IsWhole)
            {
                throw fail($"a whole-number answer of {number.Value}.");
            }

            if (number.Value.IsNegative && !AllowsNegativeAnswers)
            {
                throw fail($"a negative answer ({number.Value}) on a step that does not teach negative numbers.");
            }
        }
    }

    private static IReadOnlyList<Choice> Choices(QuestionDraft draft, Dice dice, Func<string, Exception> fail)
    {
        if (draft.Answer is ChoiceAnswer options)
        {
            // Fixed options (true/false, always/sometimes/never, pick one): every wrong option
            // must say which misconception choosing it reveals.
            return [.. options.Options.Select(o => o == options.Right
                ? new Choice(o, true, null)
                : new Choice(o, false, draft.Wrong.FirstOrDefault(w => w.Text == o)?.Misconception
                    ?? throw fail($"the wrong option '{o}' has no misconception.")))];
        }

        var wrong = new List<Choice>(3);
        foreach (var candidate in draft.Wrong)
        {
            var verdict = draft.Answer.Check(candidate.Text);
            if (verdict.Correct || !verdict.WellFormed || wrong.Any(w => SameAnswer(draft.Answer, w.Text, candidate.Text)))
            {
                continue;
            }

            wrong.Add(new Choice(candidate.Text, false, candidate.Misconception));
            if (wrong.Count == 3)
            {
                break;
            }
        }

        var needsChoices = draft.Format is QuestionFormat.MultipleChoice or QuestionFormat.MatchPicture;
        if (needsChoices && wrong.Count == 0)
        {
            throw fail("a multiple-choice question with no wrong choices left.");
        }

        var right = new Choice(draft.Answer.Canonical, true, null);
        return dice.Shuffle(wrong.Append(right));
    }

    private static bool SameAnswer(ExpectedAnswer answer, string first, string second)
    {
        var asIfRight = answer.Check(second, [new Choice(first, false, "same")]);
        return string.Equals(first, second, StringComparison.OrdinalIgnoreCase) || asIfRight.Misconception == "same";
    }

    private static string Explain(SmallStep step, QuestionDraft draft)
    {
        if (step.StemSentences.Count == 0)
        {
            return draft.Worked;
        }

        var stem = step.StemSentences[Math.Clamp(draft.StemSentence, 0, step.StemSentences.Count - 1)];
        return $"{draft.Worked} Say it: “{stem}”";
    }

    private static void CheckSet(List<Question> questions, Func<string, Exception> fail)
    {
        for (var i = 0; i < questions.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (questions[i].Prompt == questions[j].Prompt && Equals(questions[i].Picture, questions[j].Picture))
                {
                    throw fail($"questions {j + 1} and {i + 1} are the same question: '{questions[i].Prompt}'.");
                }
            }
        }

        for (var i = 1; i < questions.Count - 1; i++)
        {
            var before = questions[i - 1].Features;
            var now = questions[i].Features;
            var changed = now.Keys.Union(before.Keys)
                .Where(k => !before.TryGetValue(k, out var b) || !now.TryGetValue(k, out var n) || b != n)
                .ToList();
            var declared = questions[i].Variation.Dimension;
            if (changed.Count != 1 || changed[0] != declared)
            {
                throw fail($"question {i + 1} declares that '{declared}' changed, but these changed: {string.Join(", ", changed.Select(c => $"'{c}'"))}.");
            }
        }
    }
}
