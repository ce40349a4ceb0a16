using KeepUp.Application.Common;
using KeepUp.Application.Curriculum;
using KeepUp.Application.Practice;
using KeepUp.Domain.Practice;
using KeepUp.Domain.Practice.Catalogue;
using KeepUp.Storage.Curriculum;

namespace KeepUp.Application.Tests.Practice;

public sealed class WorksheetQueriesTests
{
    private const string Tens = "y3-as-add-subtract-tens";

    private static readonly WorksheetQueries Worksheets = new(new PracticeQueries(
        new CurriculumQueries(new CurriculumCatalogue(CurriculumFolder.Load(CurriculumFolder.Default).Curriculum!)),
        PracticeCatalogue.Standard));

    [Fact]
    public void Build_ClassSet_OneSheetPerPupilWithConsecutiveSeeds()
    {
        var worksheet = Worksheets.Build(Tens, seed: 40, pupils: 5).Value!;

        Assert.Equal([1, 2, 3, 4, 5], worksheet.Sheets.Select(s => s.Number));
        Assert.Equal([40, 41, 42, 43, 44], worksheet.Sheets.Select(s => s.Set.Seed));
        Assert.Equal(40, worksheet.FirstSeed);
    }

    [Fact]
    public void Build_ClassSet_SameStructureDifferentNumbers()
    {
        var sheets = Worksheets.Build(Tens, seed: 1, pupils: 3).Value!.Sheets;

        static string Structure(WorksheetSheet sheet) =>
            string.Join(",", sheet.Set.Questions.Select(q => $"{q.Format}/{q.Variation.Dimension}/{q.Picture?.GetType().Name}"));
        Assert.Single(sheets.Select(Structure).Distinct());
        Assert.Equal(sheets.Count, sheets.Select(s => s.Set.Questions[0].Prompt).Distinct().Count());
    }

    [Fact]
    public void Build_Sheet_SplitsPracticeFromDeepening()
    {
        var sheet = Worksheets.Build(Tens, seed: 1, pupils: 1).Value!.Sheets[0];

        Assert.All(sheet.Practice, q => Assert.NotEqual(Variation.Deepening, q.Variation.Dimension));
        Assert.All(sheet.Deepening, q => Assert.Equal(Variation.Deepening, q.Variation.Dimension));
        Assert.Equal(sheet.Set.Questions.Count, sheet.Practice.Count() + sheet.Deepening.Count());
    }

    [Theory]
    [InlineData(0, "too-few-pupils")]
    [InlineData(-2, "too-few-pupils")]
    [InlineData(WorksheetLimits.MaximumPupils + 1, "too-many-pupils")]
    public void Build_PupilsOutOfRange_IsAnInvalidRequestSayingTheRange(int pupils, string code)
    {
        var error = Assert.IsType<InvalidRequestError>(Worksheets.Build(Tens, seed: 1, pupils).Error);

        Assert.Equal(code, error.Code);
        Assert.Contains("choose 1 to 400", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_MaximumPupils_IsAllowed() =>
        Assert.Equal(WorksheetLimits.MaximumPupils, Worksheets.Build(Tens, seed: 1, WorksheetLimits.MaximumPupils).Value!.Sheets.Count);

    [Fact]
    public void Build_SeedsWouldPassTheLargest_IsAnInvalidRequest() =>
        Assert.Equal("seeds-run-out", Worksheets.Build(Tens, seed: VariationSet.MaximumSeed, pupils: 2).Error?.Code);

    [Theory]
    [InlineData("y3-no-such-step", "step-not-found")]
    [InlineData("y3-g-turns-and-angles", "no-generator-yet")]
    public void Build_StepWithoutQuestions_IsNotFound(string step, string code) =>
        Assert.Equal(code, Assert.IsType<NotFoundError>(Worksheets.Build(step, seed: 1, pupils: 3).Error).Code);
}
