using System.Collections.Generic;
using System.Globalization;

namespace KeepUp.Domain.Fluency;

/// <summary>
/// One number fact a pupil should recall quickly, such as 7 × 8 = 56 or 13 − 5 = 8, with the
/// strategy that helps work it out and the related facts that come free with it.
/// </summary>
public sealed record Fact
{
    /// <summary>
    /// A stable text id that never changes once pupils' answers refer to it: "3+4", "13-5",
    /// "3+_=10", "double-7", "half-of-14", "7x8", "56/8". Hosts should URL-encode it.
    /// </summary>
    public required string Id { get; init; }

    /// <summary>What the fact asks the pupil to do.</summary>
    public required FactOperation Operation { get; init; }

    /// <summary>The set of facts it belongs to, e.g. bonds to 10 or the division facts.</summary>
    public required FactGroup Group { get; init; }

    /// <summary>
    /// The numbers as written: [13, 5] for 13 − 5, [3, 10] for 3 + □ = 10 (the part, then the
    /// whole), [7] for double 7, [14] for half of 14, [7, 8] for 7 × 8, [56, 8] for 56 ÷ 8.
    /// </summary>
    public required IReadOnlyList<int> Operands { get; init; }

    /// <summary>The right answer.</summary>
    public required int Answer { get; init; }

    /// <summary>The strategy family it is practised with.</summary>
    public required StrategyFamily Family { get; init; }

    /// <summary>The year group (1–4) by the end of which the National Curriculum expects it recalled.</summary>
    public required int Year { get; init; }

    /// <summary>The same fact with the numbers swapped (3 + 4 for 4 + 3, 8 × 7 for 7 × 8), if there is one.</summary>
    public string? CommutativePartnerId { get; init; }

    /// <summary>The facts that undo it: 56 ÷ 8 and 56 ÷ 7 for 7 × 8; 7 + 8, 8 + 7 for 15 − 7; 10 − 3 for 3 + □ = 10 (and back); half of 14 for double 7.</summary>
    public required IReadOnlyList<string> InversePartnerIds { get; init; }

    /// <summary>Its place in the teaching sequence: year, strategy family, then related facts side by side.</summary>
    public required int Order { get; init; }

    /// <summary>The table it belongs to for a multiplication or division fact (the first factor, or the divisor), else null.</summary>
    public int? Table => Operation switch
    {
        FactOperation.Multiply or FactOperation.Divide => Operands[Operation == FactOperation.Multiply ? 0 : 1],
        _ => null,
    };

    /// <summary>What the pupil reads, e.g. "7 × 8", "13 − 5", "3 + □ = 10", "double 7", "half of 14".</summary>
    public string Prompt => Operation switch
    {
        FactOperation.Add => string.Create(CultureInfo.InvariantCulture, $"{Operands[0]} + {Operands[1]}"),
        FactOperation.Subtract => string.Create(CultureInfo.InvariantCulture, $"{Operands[0]} − {Operands[1]}"),
        FactOperation.Bond => string.Create(CultureInfo.InvariantCulture, $"{Operands[0]} + □ = {Operands[1]}"),
        FactOperation.Double => string.Create(CultureInfo.InvariantCulture, $"double {Operands[0]}"),
        FactOperation.Halve => string.Create(CultureInfo.InvariantCulture, $"half of {Operands[0]}"),
        FactOperation.Multiply => string.Create(CultureInfo.InvariantCulture, $"{Operands[0]} × {Operands[1]}"),
        FactOperation.Divide => string.Create(CultureInfo.InvariantCulture, $"{Operands[0]} ÷ {Operands[1]}"),
    };
}
