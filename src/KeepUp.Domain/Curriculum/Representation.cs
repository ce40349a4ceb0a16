using System.Collections.Generic;
using System.Collections.Frozen;

namespace KeepUp.Domain.Curriculum;

/// <summary>
/// A concrete or pictorial representation a step uses to expose the structure of the maths
/// (a ten frame, a bar model, place-value counters…). The vocabulary is fixed so that pictures,
/// searches and plans can rely on it.
/// </summary>
/// <param name="Id">The kebab-case name used in the curriculum files.</param>
/// <param name="Name">The name a teacher reads.</param>
public sealed record Representation(string Id, string Name)
{
    /// <summary>Every representation KeepUp knows, in the order teachers usually meet them.</summary>
    public static IReadOnlyList<Representation> All { get; } =
    [
        new("ten-frame", "Ten frame"),
        new("double-ten-frame", "Double ten frame"),
        new("part-whole-model", "Part–whole model"),
        new("bar-model", "Bar model"),
        new("number-line", "Number line"),
        new("number-track", "Number track"),
        new("hundred-square", "Hundred square"),
        new("place-value-chart", "Place-value chart"),
        new("place-value-counters", "Place-value counters"),
        new("base-ten-blocks", "Base-ten blocks"),
        new("gattegno-chart", "Gattegno chart"),
        new("array", "Array"),
        new("counters", "Counters"),
        new("cubes", "Cubes"),
        new("cuisenaire-rods", "Cuisenaire rods"),
        new("bead-string", "Bead string"),
        new("rekenrek", "Rekenrek"),
        new("fraction-bar", "Fraction bar"),
        new("fraction-wall", "Fraction wall"),
        new("fraction-number-line", "Fraction number line"),
        new("clock", "Clock"),
        new("coins", "Coins"),
        new("notes", "Notes"),
        new("ruler", "Ruler"),
        new("scales", "Weighing scales"),
        new("measuring-jug", "Measuring jug"),
        new("thermometer", "Thermometer"),
        new("2d-shapes", "2D shapes"),
        new("3d-shapes", "3D shapes"),
        new("geoboard", "Geoboard"),
        new("squared-paper", "Squared paper"),
        new("coordinate-grid", "Coordinate grid"),
        new("protractor", "Protractor"),
        new("mirror", "Mirror"),
        new("pictogram", "Pictogram"),
        new("tally-chart", "Tally chart"),
        new("block-diagram", "Block diagram"),
        new("bar-chart", "Bar chart"),
        new("table", "Table"),
        new("line-graph", "Line graph"),
        new("pie-chart", "Pie chart"),
        new("calendar", "Calendar"),
        new("function-machine", "Function machine"),
        new("hundredths-grid", "Hundredths grid"),
        new("column-method", "Column method"),
        new("ratio-table", "Ratio table"),
    ];

    private static readonly FrozenDictionary<string, Representation> ById =
        All.ToFrozenDictionary(r => r.Id, System.StringComparer.Ordinal);

    /// <summary>Finds a representation by its file name, or returns null when it is not in the vocabulary.</summary>
    public static Representation? Find(string id) => ById.GetValueOrDefault(id);
}
