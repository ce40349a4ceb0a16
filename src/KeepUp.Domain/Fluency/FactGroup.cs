namespace KeepUp.Domain.Fluency;

/// <summary>The sets of facts the curriculum expects pupils to recall, as teachers name them.</summary>
public enum FactGroup
{
    /// <summary>Addition facts with totals up to 10, including adding 0.</summary>
    AdditionWithin10,

    /// <summary>Subtraction facts from numbers up to 10.</summary>
    SubtractionWithin10,

    /// <summary>Addition facts with totals from 11 to 20.</summary>
    AdditionWithin20,

    /// <summary>Subtraction facts from numbers 11 to 20.</summary>
    SubtractionWithin20,

    /// <summary>The pairs that make 10: 3 + □ = 10.</summary>
    BondsTo10,

    /// <summary>The pairs that make 20: 13 + □ = 20.</summary>
    BondsTo20,

    /// <summary>Pairs of tens that make 100: 30 + □ = 100.</summary>
    BondsTo100,

    /// <summary>Doubles of 1 to 10 and of the tens to 50.</summary>
    Doubles,

    /// <summary>Halves of the even numbers to 20 and of the even tens to 100.</summary>
    Halves,

    /// <summary>The multiplication tables from 0 × 0 to 12 × 12.</summary>
    Multiplication,

    /// <summary>The division facts that go with the multiplication tables: 56 ÷ 8.</summary>
    Division,
}
