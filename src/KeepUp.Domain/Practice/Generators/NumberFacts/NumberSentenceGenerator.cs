using System;
using System.Collections.Generic;
using System.Linq;
using KeepUp.Domain.Pictures.Representations;

namespace KeepUp.Domain.Practice.Generators.NumberFacts;

/// <summary>
/// The shared shape of the fact families: a variation set walks through the sentences of one fact
/// family (7 + 6 = □, 6 + 7 = □, 13 − 6 = □, 13 − □ = 7 …), changing one thing at a time — a
/// number, the picture, the operation, the order, where the box is or the question type — and ends
/// with a question that looks deeper. Each family says how its numbers are chosen, how they are
/// pictured and which misconceptions its wrong answers reveal.
/// </summary>
public abstract class NumberSentenceGenerator : QuestionGenerator
{
    /// <summary>The feature that says whether the sentence is the forward or the inverse one.</summary>
    public const string OperationFeature = "operation";

    /// <summary>The feature that says which of the two parts (or factors) is written first.</summary>
    public const string OrderFeature = "order";

    /// <summary>The feature that says where the box is.</summary>
    public const string UnknownFeature = "unknown";

    /// <summary>True for × and ÷ families, false for + and −.</summary>
    protected abstract bool Multiplicative { get; }

    /// <summary>The features naming the numbers of a question (for example "number of groups" → 4).</summary>
    protected abstract IEnumerable<(string Name, object Value)> NumberFeatures(FactState state);

    /// <summary>The picture shown with a question, chosen by the state's picture index; null for none.</summary>
    protected abstract Picture? Draw(FactState state, NumberSentence sentence);

    /// <summary>The worked line of a question's explanation.</summary>
    protected abstract string Worked(FactState state, NumberSentence sentence);

    /// <summary>Wrong answers that belong to this step's own misconceptions; they come before the common ones.</summary>
    protected virtual IEnumerable<WrongAnswer> SpecificWrong(FactState state, NumberSentence sentence) => [];

    /// <summary>The wrong answers any sentence of this shape invites; a family whose prompts are not plain sentences may drop them.</summary>
    protected virtual IEnumerable<WrongAnswer> CommonWrong(NumberSentence sentence)
    {
        ArgumentNullException.ThrowIfNull(sentence);
        return sentence.CommonWrong();
    }

    /// <summary>Which stem sentence explains a question.</summary>
    protected virtual int Stem(FactState state, NumberSentence sentence) => 0;

    /// <summary>What the pupil reads; a word question for <see cref="QuestionFormat.NumberEntry"/>.</summary>
    protected virtual string Prompt(FactState state, NumberSentence sentence) => state.Format switch
    {
        QuestionFormat.MultipleChoice => $"Choose the missing number. {sentence.Text}",
        QuestionFormat.NumberEntry => $"What number goes in the box? {sentence.Text}",
        _ => sentence.Text,
    };

    /// <summary>The sentence a state stands for.</summary>
    protected virtual NumberSentence SentenceOf(FactState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return new NumberSentence(state.X, state.Y, Multiplicative, state.Form);
    }

    /// <summary>
    /// Writes a variation set: the start, then each move in turn (each changes the one feature it
    /// names), then the closing question made from the last state.
    /// </summary>
    protected IReadOnlyList<QuestionDraft> Sequence(FactState start, IEnumerable<Move> moves, Func<FactState, QuestionDraft> closing)
    {
        ArgumentNullException.ThrowIfNull(moves);
        ArgumentNullException.ThrowIfNull(closing);
        var drafts = new List<QuestionDraft> { Ask(start, Variation.Start) };
        var state = start;
        foreach (var move in moves)
        {
            state = move.Change(state);
            drafts.Add(Ask(state, move.Dimension));
        }

        drafts.Add(closing(state));
        return drafts;
    }

    /// <summary>A question for one state of the set.</summary>
    protected QuestionDraft Ask(FactState state, string dimension)
    {
        var sentence = SentenceOf(state);
        return new QuestionDraft
        {
            Format = state.Format,
            Prompt = Prompt(state, sentence),
            Picture = Draw(state, sentence),
            Answer = sentence.Expected,
            Wrong = [.. SpecificWrong(state, sentence), .. CommonWrong(sentence)],
            Worked = Worked(state, sentence),
            StemSentence = Stem(state, sentence),
            Dimension = dimension,
            Features = FeaturesOf(state),
        };
    }

    /// <summary>All the features of a state: its numbers and its sentence form.</summary>
    protected IReadOnlyDictionary<string, string> FeaturesOf(FactState state) =>
        Features.Of([.. NumberFeatures(state), .. state.Form.Features]);

    /// <summary>Shows the next kind of picture.</summary>
    protected static Move NextPicture => new(RepresentationFeature, s => s with { Picture = s.Picture + 1 });

    /// <summary>Turns the sentence into its inverse (addition to subtraction, × to ÷ and back).</summary>
    protected static Move Inverse => new(OperationFeature, s => s with { Form = s.Form with { Inverse = !s.Form.Inverse } });

    /// <summary>Writes the two parts the other way round.</summary>
    protected static Move Swap => new(OrderFeature, s => s with { Form = s.Form with { Swapped = !s.Form.Swapped } });

    /// <summary>Moves the box.</summary>
    protected static Move BoxAt(Slot slot) => new(UnknownFeature, s => s with { Form = s.Form with { Box = slot } });

    /// <summary>Asks the same sentence in another format.</summary>
    protected static Move AskAs(QuestionFormat format) => new(QuestionTypeFeature, s => s with { Format = format });

    /// <summary>A change from one question to the next, named by the one feature it changes.</summary>
    /// <param name="Dimension">The feature that changes.</param>
    /// <param name="Change">The change.</param>
    protected sealed record Move(string Dimension, Func<FactState, FactState> Change);

    /// <summary>
    /// Everything that defines one question of the set: the two numbers of the fact, which
    /// sentence of the family is written, which picture kind and which question format.
    /// </summary>
    /// <param name="X">The first part or number of groups.</param>
    /// <param name="Y">The second part or group size.</param>
    /// <param name="Form">The sentence and its box.</param>
    /// <param name="Picture">Which of the family's pictures (0 for the first kind).</param>
    /// <param name="Format">The question format.</param>
    /// <param name="Unit">For scaled facts, the unit the fact is counted in (10 for tens, 1/10 for tenths); null for ones.</param>
    protected sealed record FactState(Fraction X, Fraction Y, FactForm Form, int Picture = 0, QuestionFormat Format = QuestionFormat.MissingNumber, Fraction? Unit = null)
    {
        /// <summary>The first number as a whole number, for picture sizes.</summary>
        public int WholeX => (int)(X.Numerator / X.Denominator);

        /// <summary>The second number as a whole number, for picture sizes.</summary>
        public int WholeY => (int)(Y.Numerator / Y.Denominator);
    }
}

/// <summary>Helpers for pictures every fact family draws.</summary>
internal static class FactPictures
{
    /// <summary>A bar of <paramref name="count"/> equal parts labelled <paramref name="label"/>, with a total.</summary>
    public static BarModelPicture EqualParts(int count, string? label, string? total) =>
        new([new Bar(string.Empty, [.. Enumerable.Range(0, count).Select(_ => new BarSection(label, Fraction.Whole(1)))])], total);

    /// <summary>Jumps of equal size from zero along a number line.</summary>
    public static NumberLinePicture Jumps(int count, Fraction size, bool markEnd)
    {
        var end = size * Fraction.Whole(count);
        var jumps = Enumerable.Range(0, count)
            .Select(i => new NumberLineJump(size * Fraction.Whole(i), size * Fraction.Whole(i + 1), "+" + NumberSentence.Write(size)))
            .ToList();
        return new NumberLinePicture(Fraction.Zero, end, size, NumberLineLabels.All, jumps, markEnd ? [new NumberLineMark(end, "?")] : []);
    }

    /// <summary>The label of a number, or null when it is the one in the box.</summary>
    public static string? Label(Fraction value, Fraction answer, bool isAnswer) => isAnswer && value == answer ? null : NumberSentence.Write(value);
}
