using System.Xml.Linq;
using KeepUp.Domain.Pictures.Representations;
using KeepUp.Domain.Practice;

namespace KeepUp.Domain.Tests.Pictures.Representations;

public sealed class PictureRendererTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Theory]
    [MemberData(nameof(PictureExamples.Names), MemberType = typeof(PictureExamples))]
    public void Render_Example_MatchesApprovedFile(string name) =>
        ApprovedFile.Verify(PictureRenderer.Render(PictureExamples.All[name], "pic"), $"Pictures/Representations/PictureRendererTests.{name}.approved.svg");

    [Theory]
    [MemberData(nameof(PictureExamples.Names), MemberType = typeof(PictureExamples))]
    public void Render_Example_IsAccessibleScalableAndFreeOfInlineStyles(string name)
    {
        var root = XDocument.Parse(PictureRenderer.Render(PictureExamples.All[name], "q7")).Root!;

        Assert.Equal(Svg + "svg", root.Name);
        Assert.Equal("img", (string?)root.Attribute("role"));
        Assert.Matches(@"^0 0 \d+(\.\d+)? \d+(\.\d+)?$", (string?)root.Attribute("viewBox"));
        Assert.Null(root.Attribute("width"));
        Assert.Null(root.Attribute("height"));
        Assert.False(string.IsNullOrWhiteSpace(root.Element(Svg + "title")?.Value));
        Assert.EndsWith(".", root.Element(Svg + "desc")?.Value, StringComparison.Ordinal);
        Assert.Equal("q7-title", (string?)root.Element(Svg + "title")!.Attribute("id"));
        Assert.DoesNotContain(root.Descendants(), e => e.Attribute("style") is not null);
        Assert.Empty(root.Descendants(Svg + "style"));
        Assert.All(root.Descendants().Attributes("id"), id => Assert.StartsWith("q7-", id.Value, StringComparison.Ordinal));
    }

    [Fact]
    public void Render_TenFrame_DescribesRows()
    {
        var desc = Description(new TenFramePicture(7));

        Assert.Equal("A ten frame with 7 counters: the top row is full and the bottom row has 2.", desc);
    }

    [Fact]
    public void Render_Clock_DescribesHandsNotTheTime()
    {
        var desc = Description(new ClockPicture(15, 45));

        Assert.Equal("An analogue clock face with the numbers 1 to 12 and a mark for every minute. The long minute hand points to 9. The short hour hand is between 3 and 4, nearly at 4.", desc);
        Assert.DoesNotContain("3:45", desc, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_Coins_ListsThemWithoutATotal()
    {
        var desc = Description(new MoneyPicture([100, 20, 5, 20]));

        Assert.Equal("Coins: one £1 coin, two 20p coins and one 5p coin.", desc);
    }

    [Fact]
    public void Render_NumberLineMarkOnALabelledTick_HidesThatTicksNumber()
    {
        var svg = PictureRenderer.Render(new NumberLinePicture(0, 100, 10, NumberLineLabels.All, [], [new NumberLineMark(70, "?")]), "n");

        Assert.DoesNotContain(">70<", svg, StringComparison.Ordinal);
        Assert.Contains(">80<", svg, StringComparison.Ordinal);
        Assert.Contains("An arrow labelled a question mark points at the 7th tick after 0.", Description(svg), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_PlaceValueChart_WritesEachCountersValue()
    {
        var svg = PictureRenderer.Render(new PlaceValueChartPicture([new("Th", 1), new("H", 0), new("T", 0), new("O", 1), new("Tth", 1), new("Hth", 1)]), "v");

        Assert.Contains(">1,000<", svg, StringComparison.Ordinal);
        Assert.Contains(">0.1<", svg, StringComparison.Ordinal);
        Assert.Contains(">0.01<", svg, StringComparison.Ordinal);
    }

    public static TheoryData<Picture> InvalidPictures => new(
        new TenFramePicture(11),
        new TenFramePicture(-1),
        new TenFramePicture(21, Frames: 2),
        new TenFramePicture(5, Frames: 3),
        new TenFramePicture(5, SecondColourFrom: 6),
        new PartWholePicture("10", ["10"]),
        new PartWholePicture("10", ["1", "2", "3", "4", "0"]),
        new BarModelPicture([]),
        new BarModelPicture([new Bar("A", [])]),
        new BarModelPicture([new Bar("A", [new BarSection("1", Fraction.Zero)])]),
        new BarModelPicture([new Bar("A", [new BarSection("1", 1)])], Difference: "?"),
        new BarModelPicture([new Bar("A", [new BarSection("1", 1)]), new Bar("B", [new BarSection("1", 1)])], Difference: "?"),
        new NumberLinePicture(10, 0, 1, NumberLineLabels.All, [], []),
        new NumberLinePicture(0, 10, 0, NumberLineLabels.All, [], []),
        new NumberLinePicture(0, 10, 3, NumberLineLabels.All, [], []),
        new NumberLinePicture(0, 1000, 1, NumberLineLabels.Ends, [], []),
        new NumberLinePicture(0, 10, 1, NumberLineLabels.All, [new NumberLineJump(5, 12, "+7")], []),
        new NumberLinePicture(0, 10, 1, NumberLineLabels.All, [new NumberLineJump(5, 5, "+0")], []),
        new NumberLinePicture(0, 10, 1, NumberLineLabels.All, [], [new NumberLineMark(-1, "?")]),
        new PlaceValueChartPicture([]),
        new PlaceValueChartPicture([new("Tens", 21)]),
        new PlaceValueChartPicture([new("Tens", 1), new("Hundreds", 1)]),
        new PlaceValueChartPicture([new("Dozens", 1)]),
        new BaseTenBlocksPicture(10, 0, 0, 0),
        new BaseTenBlocksPicture(0, 20, 0, 0),
        new BaseTenBlocksPicture(0, 0, -1, 0),
        new BaseTenBlocksPicture(0, 0, 0, 20),
        new ArrayPicture(0, 3),
        new ArrayPicture(3, 21),
        new FractionBarPicture(0, 0),
        new FractionBarPicture(4, 5),
        new FractionBarPicture(4, 1, Wholes: 0),
        new FractionNumberLinePicture(0, 1, null, "?", true),
        new FractionNumberLinePicture(4, 0, null, "?", true),
        new FractionNumberLinePicture(4, 1, Fraction.Of(5, 4), "?", true),
        new RekenrekPicture(11, 0),
        new RekenrekPicture(0, -1),
        new ClockPicture(25, 0),
        new ClockPicture(-1, 0),
        new ClockPicture(3, 60),
        new MoneyPicture([]),
        new MoneyPicture([3]),
        new MoneyPicture([25]));

    [Theory]
    [MemberData(nameof(InvalidPictures))]
    public void Render_InvalidModel_Throws(Picture picture)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => PictureRenderer.Render(picture, "x"));

        Assert.False(string.IsNullOrWhiteSpace(error.Message));
    }

    [Fact]
    public void Render_UnknownKind_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PictureRenderer.Render(new UnknownPicture(), "x"));

    private static string Description(Picture picture) => Description(PictureRenderer.Render(picture, "d"));

    private static string Description(string svg) => XDocument.Parse(svg).Root!.Element(Svg + "desc")!.Value;

    private sealed record UnknownPicture : Picture;
}
