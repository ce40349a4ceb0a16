namespace KeepUp.Domain.Curriculum;

/// <summary>
/// A strand of primary maths. The first five are the number strands of the DfE's
/// ready-to-progress guidance, where KeepUp breaks learning into the finest small steps.
/// </summary>
public enum Strand
{
    /// <summary>Number and place value.</summary>
    NPV,
    /// <summary>Number facts: bonds, doubles, tables.</summary>
    NF,
    /// <summary>Addition and subtraction.</summary>
    AS,
    /// <summary>Multiplication and division.</summary>
    MD,
    /// <summary>Year 6's combined addition, subtraction, multiplication and division.</summary>
    ASMD,
    /// <summary>Fractions, including decimals and percentages.</summary>
    F,
    /// <summary>Measurement: length, mass, capacity, money, time, area, volume.</summary>
    M,
    /// <summary>Geometry: properties of shapes, position and direction.</summary>
    G,
    /// <summary>Statistics.</summary>
    S,
    /// <summary>Ratio and proportion (Year 6).</summary>
    RP,
    /// <summary>Algebra (Year 6).</summary>
    ALG,
}

/// <summary>What teachers call each strand, and how strands line up across year groups.</summary>
public static class StrandNames
{
    /// <summary>The strand's name as a teacher says it.</summary>
    public static string Name(this Strand strand) => strand switch
    {
        Strand.NPV => "Number and place value",
        Strand.NF => "Number facts",
        Strand.AS => "Addition and subtraction",
        Strand.MD => "Multiplication and division",
        Strand.ASMD => "Addition, subtraction, multiplication and division",
        Strand.F => "Fractions, decimals and percentages",
        Strand.M => "Measurement",
        Strand.G => "Geometry",
        Strand.S => "Statistics",
        Strand.RP => "Ratio and proportion",
        Strand.ALG => "Algebra",
    };

    /// <summary>True for the number strands, which are broken into the finest small steps.</summary>
    public static bool IsNumber(this Strand strand) =>
        strand is Strand.NPV or Strand.NF or Strand.AS or Strand.MD or Strand.ASMD or Strand.F;

    /// <summary>
    /// The row a strand sits on when two year groups are planned side by side. Year 6 merges the
    /// four operations into one domain, so addition/subtraction and multiplication/division of a
    /// younger year share its row.
    /// </summary>
    public static Strand AlignmentRow(this Strand strand) => strand switch
    {
        Strand.AS or Strand.MD or Strand.ASMD => Strand.ASMD,
        _ => strand,
    };
}
