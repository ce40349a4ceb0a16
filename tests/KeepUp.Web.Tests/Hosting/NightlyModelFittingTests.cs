using KeepUp.Web.Hosting;

namespace KeepUp.Web.Tests.Hosting;

public sealed class NightlyModelFittingTests
{
    [Theory]
    [InlineData("2026-11-20T15:30:00", 10.5)]
    [InlineData("2026-11-21T01:59:00", 1.0 / 60)]
    [InlineData("2026-11-21T02:00:00", 24)]
    [InlineData("2026-11-21T23:00:00", 3)]
    public void UntilNext_AnyTimeOfDay_WaitsUntilTwoInTheMorning(string schoolNow, double hours)
    {
        var now = DateTimeOffset.Parse(schoolNow + "+00:00", System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(TimeSpan.FromHours(hours).TotalMinutes, NightlyModelFitting.UntilNext(now).TotalMinutes, precision: 6);
    }
}
