using System;
using System.Collections.Generic;
using System.Linq;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice.Answers;
using KeepUp.Domain.Practice.Generators.NumberFacts;

namespace KeepUp.Domain.Practice.Generators.MultiplicationAndDivision;

/// <summary>
/// The shared shape of the number-property families (multiples, factors, primes, squares): the
/// same question is asked about one number, then another, then in another format, then a second
/// question about the same number, and the set closes on the step's classic misconception.
/// </summary>
public abstract class NumberPropertyGenerator : QuestionGenerator
{
    /// <summary>The feature naming the number asked about.</summary>
    protected const string Number = "number";

    /// <summary>The feature naming what is asked about it.</summary>
    protected const string Asked = "asked for";

    /// <summary>The formats of the first questions and of the later ones.</summary>
    protected abstract (QuestionFormat First, QuestionFormat Second) Formats { get; }

    /// <summary>True when the number can be shown as an array, so the third question changes the picture.</summary>
    protected virtual bool Pictured => false;

    /// <summary>Chooses three numbers to ask about (or codes for them) and a second number the family uses.</summary>
    protected abstract (int N1, int N2, int N3, int K) Choose(Dice dice);

    /// <summary>The family's main question about a number, in a format.</summary>
    protected abstract Ask Core(int n, int k, QuestionFormat format, Func<int, string> mis);

    /// <summary>A second question about the same number.</summary>
    protected abstract Ask Other(int n, int k, QuestionFormat format, Func<int, string> mis);

    /// <summary>The closing question, built on the step's misconceptions.</summary>
    protected abstract QuestionDraft Close(Func<int, string> mis, string name, Dice dice);

    /// <summary>The array that pictures a number.</summary>
    protected virtual ArrayPicture? Draw(int n, int k) => null;

    /// <inheritdoc />
    protected override IReadOnlyList<QuestionDraft> Draft(SmallStep step, Dice dice)
    {
        ArgumentNullException.ThrowIfNull(step);
        string Mis(int i) => step.Misconceptions[Math.Min(i, step.Misconceptions.Count - 1)];
        var name = PupilNames.Pick(dice);
        var (n1, n2, n3, k) = Choose(dice);
        var (first, second) = Formats;
        var pictured = Pictured;
        QuestionDraft Q(Ask ask, QuestionFormat format, string dimension, int n, string asked, Picture? picture) => new()
        {
            Format = format,
            Prompt = ask.Prompt,
            Picture = picture,
            Answer = ask.Answer,
            Wrong = ask.Wrong,
            Worked = ask.Worked,
            StemSentence = 0,
            Dimension = dimension,
            Features = Features.Of((Number, n), (Asked, asked)),
        };
        var last = pictured ? n2 : n3;
        return
        [
            Q(Core(n1, k, first, Mis), first, Variation.Start, n1, "core", null),
            Q(Core(n2, k, first, Mis), first, Number, n2, "core", null),
            pictured
                ? Q(Core(n2, k, first, Mis), first, RepresentationFeature, n2, "core", Draw(n2, k))
                : Q(Core(n3, k, first, Mis), first, Number, n3, "core", null),
            Q(Core(last, k, second, Mis), second, QuestionTypeFeature, last, "core", pictured ? Draw(n2, k) : null),
            Q(Other(last, k, second, Mis), second, Asked, last, "other", pictured ? Draw(n2, k) : null),
            Close(Mis, name, dice),
        ];
    }

    /// <summary>Fixed options, the right one among them.</summary>
    protected static ChoiceAnswer Options(string right, params string[] options) => new(right, options);

    /// <summary>Wrong whole numbers with their misconceptions; negative ones are left out.</summary>
    protected static IReadOnlyList<WrongAnswer> Numbers(params (long Value, string Why)[] wrong) =>
        [.. wrong.Where(w => w.Value >= 0).Select(w => new WrongAnswer(PupilNumber.Whole(w.Value), w.Why))];

    /// <summary>The factors of a number, smallest first.</summary>
    protected static List<int> Divisors(int n) => [.. Enumerable.Range(1, n).Where(d => n % d == 0)];

    /// <summary>The smallest factor above 1.</summary>
    protected static int SmallestFactor(int n) => Enumerable.Range(2, n).First(d => n % d == 0);

    /// <summary>A question as the family first writes it: prompt, answer, wrong answers and the worked line.</summary>
    /// <param name="Prompt">What the pupil reads.</param>
    /// <param name="Answer">The right answer.</param>
    /// <param name="Wrong">Wrong answers with their misconceptions.</param>
    /// <param name="Worked">The worked line of the explanation.</param>
    protected sealed record Ask(string Prompt, ExpectedAnswer Answer, IReadOnlyList<WrongAnswer> Wrong, string Worked);
}
