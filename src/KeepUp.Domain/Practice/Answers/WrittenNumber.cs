namespace KeepUp.Domain.Practice.Answers;

/// <summary>How a pupil wrote a number, which matters when a question asks for one form.</summary>
public enum NumberShape
{
    /// <summary>Digits only: 42, 1,000.</summary>
    Whole,

    /// <summary>With a decimal point: 0.5, .5, 2.75.</summary>
    Decimal,

    /// <summary>A fraction: 3/4, 7/4.</summary>
    Fraction,

    /// <summary>A mixed number: 1 3/4.</summary>
    MixedNumber,
}

/// <summary>A number as a pupil wrote it: its value and its shape.</summary>
/// <param name="Value">The exact value.</param>
/// <param name="Shape">How it was written.</param>
/// <param name="Numerator">For fractions and mixed numbers, the numerator as written (before simplifying).</param>
/// <param name="Denominator">For fractions and mixed numbers, the denominator as written.</param>
public sealed record WrittenNumber(Fraction Value, NumberShape Shape, long Numerator = 0, long Denominator = 1)
{
    /// <summary>True when a written fraction part is already in its simplest form.</summary>
    public bool IsInSimplestForm => Shape is not (NumberShape.Fraction or NumberShape.MixedNumber)
        || Fraction.Of(Numerator, Denominator).Denominator == Denominator;

    /// <summary>True when a written fraction has a numerator smaller than its denominator.</summary>
    public bool IsProper => Numerator < Denominator;
}
