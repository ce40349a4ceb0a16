using KeepUp.Domain.Classroom;
using static KeepUp.Domain.Tests.Classroom.KnownPupilBuilder;
using static KeepUp.Domain.Tests.Classroom.PupilCsv;

namespace KeepUp.Domain.Tests.Classroom;

public sealed class RosterChangesTests
{
    private static readonly PupilRoster ThreePupils = ReadValid(File(
        Row(1, "Amara", "Okafor"),
        Row(2, "Oliver", "Bennett", className: "Oak"),
        Row(3, "Zainab", "Hussain", pp: "Y", eal: "Y")));

    [Fact]
    public void Between_EmptySchool_EveryoneJoins()
    {
        var changes = RosterChanges.Between([], ThreePupils);

        Assert.Equal(3, changes.Joiners.Count);
        Assert.Empty(changes.Leavers);
        Assert.True(changes.HasChanges);
    }

    [Fact]
    public void Between_SameDetails_AreUnchanged()
    {
        var changes = RosterChanges.Between([.. ThreePupils.Pupils.Select(p => From(p))], ThreePupils);

        Assert.Equal(3, changes.Unchanged.Count);
        Assert.False(changes.HasChanges);
        Assert.Equal("0 joining, 0 leaving (archived, history kept), 0 returning, 0 updated (0 moved class), 3 unchanged.", changes.Summary());
    }

    [Fact]
    public void Between_PupilMovedClass_IsAMoverWithTheChangeListed()
    {
        var current = ThreePupils.Pupils.Select(p => From(p)).ToList();
        current[1] = current[1] with { ClassName = "Maple" };

        var changes = RosterChanges.Between(current, ThreePupils);

        var update = Assert.Single(changes.Updated);
        Assert.True(update.MovedClass);
        Assert.Equal(new PupilChange(PupilDetail.ClassName, "Maple", "Oak"), Assert.Single(update.Changes));
        Assert.Same(update, Assert.Single(changes.Movers));
        Assert.Equal(2, changes.Unchanged.Count);
    }

    [Fact]
    public void Between_DetailsCorrected_ListsEachChangeInTeachersWords()
    {
        var current = ThreePupils.Pupils.Select(p => From(p)).ToList();
        current[2] = current[2] with { Surname = "Husain", DateOfBirth = new DateOnly(2017, 9, 15), PupilPremium = false, SenStatus = SenStatus.SenSupport, Eal = false };

        var update = Assert.Single(RosterChanges.Between(current, ThreePupils).Updated);

        Assert.False(update.MovedClass);
        Assert.Equal(
        [
            new PupilChange(PupilDetail.Surname, "Husain", "Hussain"),
            new PupilChange(PupilDetail.DateOfBirth, "15 September 2017", "14 September 2017"),
            new PupilChange(PupilDetail.PupilPremium, "no", "yes"),
            new PupilChange(PupilDetail.SenStatus, "SEN support", "none"),
            new PupilChange(PupilDetail.Eal, "no", "yes"),
        ], update.Changes);
    }

    [Fact]
    public void Between_YearGroupChanged_IsListed()
    {
        var current = ThreePupils.Pupils.Select(p => From(p)).ToList();
        current[0] = current[0] with { YearGroup = 3 };

        var change = Assert.Single(Assert.Single(RosterChanges.Between(current, ThreePupils).Updated).Changes);

        Assert.Equal(new PupilChange(PupilDetail.YearGroup, "Year 3", "Year 4"), change);
    }

    [Fact]
    public void Between_ClassNameDifferingOnlyInCase_IsNotAMove()
    {
        var current = ThreePupils.Pupils.Select(p => From(p)).ToList();
        current[0] = current[0] with { ClassName = "MAPLE" };

        Assert.Empty(RosterChanges.Between(current, ThreePupils).Updated);
    }

    [Fact]
    public void Between_PupilNotInFile_LeavesToBeArchived()
    {
        var current = ThreePupils.Pupils.Select(p => From(p)).Append(Pupil(9)).ToList();

        var changes = RosterChanges.Between(current, ThreePupils);

        Assert.Equal(UpnFor(9), Assert.Single(changes.Leavers).Upn.Value);
    }

    [Fact]
    public void Between_ArchivedPupilNotInFile_StaysArchivedAndIsNotALeaverAgain()
    {
        var current = ThreePupils.Pupils.Select(p => From(p)).Append(Pupil(9, archived: true)).ToList();

        var changes = RosterChanges.Between(current, ThreePupils);

        Assert.Empty(changes.Leavers);
        Assert.False(changes.HasChanges);
    }

    [Fact]
    public void Between_ArchivedPupilBackInFile_Returns()
    {
        var current = ThreePupils.Pupils.Select(p => From(p)).ToList();
        current[0] = current[0] with { Archived = true, ClassName = "Oak" };

        var changes = RosterChanges.Between(current, ThreePupils);

        var returner = Assert.Single(changes.Returners);
        Assert.Equal(UpnFor(1), returner.Incoming.Upn.Value);
        Assert.True(returner.MovedClass);
        Assert.Empty(changes.Updated);
        Assert.Equal(2, changes.Unchanged.Count);
    }

    [Fact]
    public void Between_OneClassFileWithClassScope_OnlyPupilsOfThoseClassesCanLeave()
    {
        var oneClass = ReadValid(File(Row(1)));
        var current = new List<KnownPupil> { From(oneClass.Pupils[0]), Pupil(2, "Maple"), Pupil(3, "Oak") };

        var scoped = RosterChanges.Between(current, oneClass, RosterScope.ClassesInFile);
        var whole = RosterChanges.Between(current, oneClass);

        Assert.Equal(UpnFor(2), Assert.Single(scoped.Leavers).Upn.Value);
        Assert.Equal(2, whole.Leavers.Count);
    }

    [Fact]
    public void Between_SameUpnHeldTwice_IsAProgrammerError() =>
        Assert.Throws<ArgumentException>(() => RosterChanges.Between([Pupil(1), Pupil(1, "Oak")], ThreePupils));

    [Fact]
    public void Summary_MixedChanges_CountsEachKind()
    {
        var current = new List<KnownPupil> { From(ThreePupils.Pupils[0]) with { ClassName = "Oak" }, Pupil(7), Pupil(8) };

        var summary = RosterChanges.Between(current, ThreePupils).Summary();

        Assert.Equal("2 joining, 2 leaving (archived, history kept), 0 returning, 1 updated (1 moved class), 0 unchanged.", summary);
    }
}
