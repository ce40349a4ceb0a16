using System.Xml.Linq;
using KeepUp.Domain.Curriculum;
using KeepUp.Domain.Pictures;
using KeepUp.Domain.Tests.Curriculum;

namespace KeepUp.Domain.Tests.Pictures;

public sealed class PrerequisiteGraphPictureTests
{
    private static readonly CurriculumMap Map = CurriculumValidator.Validate(CurriculumBuilder.EveryYear()
        .WithBlock(3, 2).WithStep("y3-npv-bridge-ten", s => s with { Title = "Add by bridging through ten using number bonds to ten", Prerequisites = ["y2-npv-first", "y3-npv-first"] })
        .WithStep("y3-npv-bridge-hundred", "y3-npv-bridge-ten")
        .ServingEverything().Build()).Curriculum!;

    [Fact]
    public void Render_Step_MatchesApprovedFile()
    {
        var svg = PrerequisiteGraphPicture.Render(Map, Map.Find("y3-npv-bridge-ten")!, id => "/curriculum/steps/" + id);

        ApprovedFile.Verify(svg, "Pictures/PrerequisiteGraphPictureTests.Render_Step.approved.svg");
    }

    [Fact]
    public void Render_Step_IsWellFormedWithTitleDescriptionAndLinks()
    {
        var svg = XDocument.Parse(PrerequisiteGraphPicture.Render(Map, Map.Find("y3-npv-bridge-ten")!, id => "/s/" + id));
        XNamespace ns = "http://www.w3.org/2000/svg";

        Assert.Equal("Where “Add by bridging through ten using number bonds to ten” sits in the curriculum", svg.Root!.Element(ns + "title")!.Value);
        Assert.Contains("builds on Title of y2-npv-first (Year 2); Title of y3-npv-first (Year 3)", svg.Root.Element(ns + "desc")!.Value, StringComparison.Ordinal);
        Assert.Equal(["/s/y2-npv-first", "/s/y3-npv-first", "/s/y3-npv-bridge-hundred"], svg.Descendants(ns + "a").Select(a => (string)a.Attribute("href")!));
        Assert.NotNull(svg.Root.Attribute("viewBox"));
    }

    [Fact]
    public void Render_StartingPoint_SaysSo()
    {
        var svg = PrerequisiteGraphPicture.Render(Map, Map.Find("y1-npv-first")!, id => id.Value);

        Assert.Contains("A starting point", svg, StringComparison.Ordinal);
        Assert.Contains("Nothing yet builds on it", svg, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Short title", 34, 2, new[] { "Short title" })]
    [InlineData("Add and subtract across a hundred using number facts and place value to 1,000", 34, 2, new[] { "Add and subtract across a hundred", "using number facts and place…" })]
    public void Wrap_LongTitle_BreaksAtWordsAndMarksTheCut(string text, int width, int lines, string[] expected) =>
        Assert.Equal(expected, PrerequisiteGraphPicture.Wrap(text, width, lines));
}
