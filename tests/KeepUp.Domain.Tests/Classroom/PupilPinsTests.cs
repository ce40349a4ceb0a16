using KeepUp.Domain.Classroom;

namespace KeepUp.Domain.Tests.Classroom;

public sealed class PupilPinsTests
{
    private static readonly IReadOnlySet<string> NoneTaken = new HashSet<string>();

    private static IReadOnlyList<string> Keys(int count) => [.. Enumerable.Range(1, count).Select(i => "pupil-" + i)];

    [Fact]
    public void Capacity_IsEightToTheFourthLessTheEasilyGuessed() =>
        Assert.Equal((8 * 8 * 8 * 8) - 8 - 5 - 5, PupilPins.Capacity);

    [Theory]
    [InlineData(1UL)]
    [InlineData(42UL)]
    [InlineData(ulong.MaxValue)]
    public void Issue_AClass_GivesEachPupilADistinctWellFormedPin(ulong seed)
    {
        var issue = PupilPins.Issue(Keys(30), NoneTaken, seed);

        Assert.True(issue.IsIssued);
        Assert.Null(issue.Problem);
        Assert.Equal(30, issue.Pins.Count);
        Assert.Equal(30, issue.Pins.Values.Distinct().Count());
        Assert.All(issue.Pins.Values, pin =>
        {
            Assert.True(PupilPins.IsWellFormed(pin), pin);
            Assert.DoesNotContain('0', pin);
            Assert.DoesNotContain('1', pin);
            Assert.False(PupilPins.IsEasilyGuessed(pin), pin);
        });
    }

    [Fact]
    public void Issue_SameSeed_GivesTheSamePins() =>
        Assert.Equal(PupilPins.Issue(Keys(30), NoneTaken, 7).Pins, PupilPins.Issue(Keys(30), NoneTaken, 7).Pins);

    [Fact]
    public void Issue_DifferentSeeds_GiveDifferentPins()
    {
        var distinctSets = Enumerable.Range(0, 20)
            .Select(seed => string.Join(',', PupilPins.Issue(Keys(5), NoneTaken, (ulong)seed).Pins.Values))
            .Distinct()
            .Count();

        Assert.Equal(20, distinctSets);
    }

    [Fact]
    public void Issue_OverManySeeds_UsesEveryDigitFromTwoToNine()
    {
        var digits = Enumerable.Range(0, 50)
            .SelectMany(seed => PupilPins.Issue(Keys(30), NoneTaken, (ulong)seed).Pins.Values)
            .SelectMany(pin => pin)
            .Distinct()
            .Order();

        Assert.Equal("23456789", string.Concat(digits));
    }

    [Fact]
    public void Issue_PinsTakenElsewhere_AreNeverReused()
    {
        var otherClass = PupilPins.Issue(Keys(200), NoneTaken, 1).Pins.Values.ToHashSet();

        var issue = PupilPins.Issue(Keys(200), otherClass, 1);

        Assert.True(issue.IsIssued);
        Assert.Empty(issue.Pins.Values.Intersect(otherClass));
    }

    [Fact]
    public void Issue_EveryUsablePin_CanBeIssuedOnce()
    {
        var issue = PupilPins.Issue(Keys(PupilPins.Capacity), NoneTaken, 3);

        Assert.True(issue.IsIssued);
        Assert.Equal(PupilPins.Capacity, issue.Pins.Values.Distinct().Count());
    }

    [Fact]
    public void Issue_MorePupilsThanFreePins_IsRefusedWithTheReason()
    {
        var taken = PupilPins.Issue(Keys(4000), NoneTaken, 3).Pins.Values.ToHashSet();

        var issue = PupilPins.Issue(Keys(79), taken, 4);

        Assert.False(issue.IsIssued);
        Assert.Empty(issue.Pins);
        Assert.Contains("79 pupils need a PIN but only 78 PINs are free", issue.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Issue_MoreThanEightToTheFourth_IsRefused() =>
        Assert.False(PupilPins.Issue(Keys(4097), NoneTaken, 1).IsIssued);

    [Fact]
    public void Issue_RepeatedPupil_IsAProgrammerError() =>
        Assert.Throws<ArgumentException>(() => PupilPins.Issue(["a", "b", "a"], NoneTaken, 1));

    [Fact]
    public void Issue_NoPupils_IssuesNothing() => Assert.Empty(PupilPins.Issue([], NoneTaken, 1).Pins);

    [Theory]
    [InlineData("2222", true)]
    [InlineData("9999", true)]
    [InlineData("2345", true)]
    [InlineData("6789", true)]
    [InlineData("5432", true)]
    [InlineData("9876", true)]
    [InlineData("2468", false)]
    [InlineData("2223", false)]
    [InlineData("3456", true)]
    [InlineData("3457", false)]
    public void IsEasilyGuessed_SameDigitOrStraightRun_IsTrue(string pin, bool guessable) =>
        Assert.Equal(guessable, PupilPins.IsEasilyGuessed(pin));

    [Theory]
    [InlineData("2468", true)]
    [InlineData(" 2468 ", true)]
    [InlineData("2408", false)]
    [InlineData("2418", false)]
    [InlineData("246", false)]
    [InlineData("24689", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsWellFormed_FourDigitsTwoToNine_IsTrue(string? text, bool wellFormed) =>
        Assert.Equal(wellFormed, PupilPins.IsWellFormed(text));
}
