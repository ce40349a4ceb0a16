using System;

namespace KeepUp.Domain.Practice.Answers;

/// <summary>
/// A numeric answer: a whole number, a decimal, a fraction or a mixed number. The shape says how
/// the question wants it written; any fair way of writing that shape is accepted.
/// </summary>
/// <param name="Value">The right value.</param>
/// <param name="Shape">The form the question asks for.</param>
/// <param name="SimplestForm">True when the question asks for a fraction in its simplest form.</param>
/// <param name="MixedAccepted">For a fraction answer above one, true when 1 3/4 is as good as 7/4.</param>
public sealed record NumberAnswer(Fraction Value, NumberShape Shape = NumberShape.Whole, bool SimplestForm = false, bool MixedAccepted = true)
    : ExpectedAnswer
{
    /// <summary>A whole-number answer.</summary>
    public static NumberAnswer Whole(long value) => new(Fraction.Whole(value));

    /// <summary>A decimal answer.</summary>
    public static NumberAnswer Decimal(Fraction value) => new(value, NumberShape.Decimal);

    /// <inheritdoc />
    public override string Canonical => Shape switch
    {
        NumberShape.Whole => PupilNumber.Whole(Value.Numerator / Value.Denominator),
        NumberShape.Decimal => PupilNumber.Decimal(Value),
        NumberShape.Fraction => PupilNumber.FractionText(Value),
        NumberShape.MixedNumber => PupilNumber.Mixed(Value),
    };

    /// <inheritdoc />
    protected override AnswerVerdict CheckTidy(string text)
    {
        var written = AnswerText.ReadNumber(text);
        if (written is null)
        {
            return AnswerVerdict.Unreadable(AnswerText.NotANumberHint(text));
        }

        if (written.Value != Value)
        {
            return AnswerVerdict.Wrong();
        }

        return Shape switch
        {
            NumberShape.Whole or NumberShape.Decimal => written.Shape is NumberShape.Whole or NumberShape.Decimal
                ? AnswerVerdict.Right()
                : AnswerVerdict.RightValueWrongForm(Shape == NumberShape.Whole ? "as a whole number" : "as a decimal"),
            NumberShape.Fraction => CheckFraction(written),
            NumberShape.MixedNumber => CheckMixed(written),
        };
    }

    /// <inheritdoc />
    protected override bool Matches(string choiceText, string written) =>
        AnswerText.ReadNumber(AnswerText.Tidy(choiceText)) is { } choice
        && AnswerText.ReadNumber(written) is { } pupil
        && choice.Value == pupil.Value;

    private AnswerVerdict CheckFraction(WrittenNumber written) => written.Shape switch
    {
        NumberShape.Decimal => AnswerVerdict.RightValueWrongForm("as a fraction"),
        NumberShape.Whole => Value.IsWhole ? AnswerVerdict.Right() : AnswerVerdict.RightValueWrongForm("as a fraction"),
        NumberShape.MixedNumber when !MixedAccepted => AnswerVerdict.RightValueWrongForm("as a fraction, not a mixed number"),
        _ when SimplestForm && !written.IsInSimplestForm => AnswerVerdict.RightValueWrongForm("in its simplest form"),
        _ => AnswerVerdict.Right(),
    };

    private AnswerVerdict CheckMixed(WrittenNumber written) => written.Shape switch
    {
        NumberShape.Decimal => AnswerVerdict.RightValueWrongForm("as a mixed number"),
        NumberShape.Whole => Value.IsWhole ? AnswerVerdict.Right() : AnswerVerdict.RightValueWrongForm("as a mixed number"),
        NumberShape.Fraction when Math.Abs(Value.Numerator) >= Value.Denominator => AnswerVerdict.RightValueWrongForm("as a mixed number"),
        _ when SimplestForm && !written.IsInSimplestForm => AnswerVerdict.RightValueWrongForm("in its simplest form"),
        _ => AnswerVerdict.Right(),
    };
}
