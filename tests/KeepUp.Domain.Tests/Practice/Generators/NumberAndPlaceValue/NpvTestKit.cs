using System.Globalization;
using System.Text.RegularExpressions;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice;
using KeepUp.Domain.Practice.Answers;

namespace KeepUp.Domain.Tests.Practice.Generators.NumberAndPlaceValue;

/// <summary>
/// What the number and place value family tests share: the shipped steps a family serves with
/// enough seeds between them, and readers that work out values from prompts and pictures without
/// the generators' own code.
/// </summary>
internal static partial class NpvTestKit
{
    /// <summary>Every set the family writes for its shipped steps, at least <paramref name="total"/> of them.</summary>
    public static IEnumerable<(SmallStep Step, VariationSet Set)> Sets<TGenerator>(int total = 1000)
    {
        var ids = ShippedSteps.Catalogue.StepIds
            .Where(id => ShippedSteps.Catalogue.For(StepId.Parse(id)) is TGenerator)
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(ids);
        var perStep = (total + ids.Count - 1) / ids.Count;
        foreach (var id in ids)
        {
            var step = ShippedSteps.Step(id);
            var generator = ShippedSteps.Catalogue.For(step.Id)!;
            for (var i = 0; i < perStep; i++)
            {
                var seed = (int)((long)i * 2_147_483_647 / perStep);
                yield return (step, generator.Generate(step, seed));
            }
        }
    }

    /// <summary>Every question of every set, with its step.</summary>
    public static IEnumerable<(SmallStep Step, Question Question)> Questions<TGenerator>(int total = 1000) =>
        Sets<TGenerator>(total).SelectMany(s => s.Set.Questions.Select(q => (s.Step, q)));

    /// <summary>A number as pupils see it: 1,250, −4, 0.35.</summary>
    public static decimal Num(string text) =>
        decimal.Parse(text.Replace(",", string.Empty, StringComparison.Ordinal).Replace('\u2212', '-').Trim(), NumberStyles.Number, CultureInfo.InvariantCulture);

    /// <summary>Every number in a piece of text, in order.</summary>
    public static List<decimal> Numbers(string text) => [.. NumberPattern().Matches(text).Select(m => Num(m.Value))];

    /// <summary>The value of a numeric answer, or of the right option of a choice.</summary>
    public static decimal Value(ExpectedAnswer answer) => answer switch
    {
        NumberAnswer n => n.Value.ToDecimal(),
        ChoiceAnswer c => Num(c.Right),
        _ => throw new InvalidOperationException($"Not a number: {answer}"),
    };

    /// <summary>The number a counting picture shows, worked out from what is drawn.</summary>
    public static decimal? PictureValue(Picture? picture) => picture switch
    {
        TenFramePicture t => t.Counters,
        RekenrekPicture r => r.TopRow + r.BottomRow,
        BaseTenBlocksPicture b => (b.Thousands * 1000) + (b.Hundreds * 100) + (b.Tens * 10) + b.Ones,
        PlaceValueChartPicture c => c.Columns.Sum(col => col.Counters * ColumnValue(col.Heading)),
        _ => null,
    };

    /// <summary>The arrow ("?") on a number line.</summary>
    public static decimal? Arrow(Picture? picture) =>
        picture is NumberLinePicture line && line.Marks.FirstOrDefault(m => m.Label == "?") is { } mark ? mark.Value.ToDecimal() : null;

    private static decimal ColumnValue(string heading) => heading switch
    {
        "Ten millions" => 10_000_000m,
        "Millions" => 1_000_000m,
        "Hundred thousands" => 100_000m,
        "Ten thousands" => 10_000m,
        "Thousands" => 1000m,
        "Hundreds" => 100m,
        "Tens" => 10m,
        "Ones" => 1m,
        "Tenths" => 0.1m,
        "Hundredths" => 0.01m,
        "Thousandths" => 0.001m,
        _ => throw new InvalidOperationException($"Unknown column {heading}"),
    };

    [GeneratedRegex(@"\u2212?\d{1,3}(,\d{3})+(\.\d+)?|\u2212?\d+(\.\d+)?")]
    private static partial Regex NumberPattern();
}
