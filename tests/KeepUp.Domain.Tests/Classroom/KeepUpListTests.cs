using KeepUp.Domain.Classroom;

namespace KeepUp.Domain.Tests.Classroom;

public sealed class KeepUpListTests
{
    private const string Place = "reads the digits, not their place";
    private const string Count = "counts on from the wrong number";

    [Fact]
    public void From_PupilsWithMisconceptions_GroupsThemLargestFirst()
    {
        var list = KeepUpList.From(
        [
            Pupil("Zara", true, Wrong(Count), Right()),
            Pupil("Amir", true, Wrong(Place), Wrong(Place), Wrong(Count)),
            Pupil("Ben", true, Wrong(Place)),
            Pupil("Cleo", false, Right(), Right()),
            Pupil("Dev", true, Wrong(null)),
        ]);

        Assert.Collection(
            list.Groups,
            g => { Assert.Equal(Place, g.Misconception); Assert.Equal(["Amir", "Ben"], g.Pupils.Select(p => p.Name)); },
            g => { Assert.Equal(Count, g.Misconception); Assert.Equal(["Zara"], g.Pupils.Select(p => p.Name)); },
            g => { Assert.Null(g.Misconception); Assert.Equal(["Dev"], g.Pupils.Select(p => p.Name)); });
        Assert.DoesNotContain(list.PupilsNeedingHelp, p => p.Name == "Cleo");
    }

    [Fact]
    public void From_TieBetweenMisconceptions_TakesTheFirstShown()
    {
        var list = KeepUpList.From([Pupil("Amir", true, Wrong(Count), Wrong(Place))]);

        Assert.Equal(Count, Assert.Single(list.Groups).Misconception);
    }

    [Fact]
    public void From_PupilWithoutAnswers_IsListedAsNotChecked()
    {
        var list = KeepUpList.From([Pupil("Eve", true), Pupil("Fin", false, Right())]);

        Assert.Empty(list.Groups);
        Assert.Equal("Eve", Assert.Single(list.NotChecked).Name);
    }

    private static PupilCheck Pupil(string name, bool notYetSecure, params CheckAnswer[] answers) =>
        new(Guid.NewGuid(), name, answers, notYetSecure);

    private static CheckAnswer Wrong(string? misconception) => new(false, misconception);

    private static CheckAnswer Right() => new(true, null);
}
