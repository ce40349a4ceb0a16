namespace KeepUp.Domain.Fluency;

/// <summary>What a number fact asks the pupil to do.</summary>
public enum FactOperation
{
    /// <summary>Add two numbers: 3 + 4.</summary>
    Add,

    /// <summary>Take one number from another: 13 − 5.</summary>
    Subtract,

    /// <summary>Find the missing part of a number bond: 3 + □ = 10.</summary>
    Bond,

    /// <summary>Double a number: double 7.</summary>
    Double,

    /// <summary>Halve an even number: half of 14.</summary>
    Halve,

    /// <summary>Multiply two numbers: 7 × 8, read as the 7 times table.</summary>
    Multiply,

    /// <summary>Divide a multiple by one of its factors: 56 ÷ 8.</summary>
    Divide,
}
