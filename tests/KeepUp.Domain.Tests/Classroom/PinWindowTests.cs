using KeepUp.Domain.Classroom;

namespace KeepUp.Domain.Tests.Classroom;

public sealed class PinWindowTests
{
    private static readonly DateOnly Monday = new(2026, 11, 23);

    [Fact]
    public void SchoolDay_RunsFromEightToFour()
    {
        var window = PinWindow.SchoolDay(Monday);

        Assert.Equal((Monday, new TimeOnly(8, 0), new TimeOnly(16, 0)), (window.Date, window.From, window.Until));
    }

    [Theory]
    [InlineData(7, 59, false)]
    [InlineData(8, 0, true)]
    [InlineData(12, 30, true)]
    [InlineData(15, 59, true)]
    [InlineData(16, 0, false)]
    public void Contains_LocalTime_IsTrueFromTheStartUpToTheEnd(int hour, int minute, bool inside) =>
        Assert.Equal(inside, PinWindow.SchoolDay(Monday).Contains(new DateTime(2026, 11, 23, hour, minute, 0, DateTimeKind.Unspecified)));

    [Fact]
    public void Contains_AnotherDay_IsFalse() =>
        Assert.False(PinWindow.SchoolDay(Monday).Contains(new DateTime(2026, 11, 24, 10, 0, 0, DateTimeKind.Unspecified)));

    [Fact]
    public void Contains_InstantInSummerTime_IsReadInTheSchoolsZone()
    {
        var zone = TimeZoneInfo.CreateCustomTimeZone("Test BST", TimeSpan.FromHours(1), "Test BST", "Test BST");
        var june = PinWindow.SchoolDay(new DateOnly(2026, 6, 15));

        // 07:30 UTC is 08:30 at the school: inside; 15:30 UTC is 16:30: outside.
        Assert.True(june.Contains(new DateTimeOffset(2026, 6, 15, 7, 30, 0, TimeSpan.Zero), zone));
        Assert.False(june.Contains(new DateTimeOffset(2026, 6, 15, 15, 30, 0, TimeSpan.Zero), zone));
    }

    [Fact]
    public void TryCreate_EndAfterStart_MakesTheWindow()
    {
        Assert.True(PinWindow.TryCreate(Monday, new TimeOnly(9, 0), new TimeOnly(9, 45), out var window, out _));
        Assert.True(window.Contains(new DateTime(2026, 11, 23, 9, 30, 0, DateTimeKind.Unspecified)));
    }

    [Theory]
    [InlineData(10, 9)]
    [InlineData(10, 10)]
    public void TryCreate_EndNotAfterStart_IsRefused(int from, int until)
    {
        Assert.False(PinWindow.TryCreate(Monday, new TimeOnly(from, 0), new TimeOnly(until, 0), out var window, out var problem));
        Assert.Null(window);
        Assert.Contains("must end after it starts", problem, StringComparison.Ordinal);
    }
}
