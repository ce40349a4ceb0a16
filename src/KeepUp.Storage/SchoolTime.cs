namespace KeepUp.Storage;

/// <summary>
/// One answer to "what day is it?" for every school: England's clock, not the server's. A server in
/// UTC would otherwise put a 00:30 BST answer on yesterday's date, and pages that asked the local
/// clock while others asked UTC could disagree about which lesson is today's.
/// </summary>
public static class SchoolTime
{
    /// <summary>Europe/London, or UTC on a machine with no time-zone data.</summary>
    public static TimeZoneInfo Zone { get; } = FindLondon();

    /// <summary>The date in England at this instant.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    /// <summary>Today's date in England.</summary>
    public static DateOnly SchoolToday(this TimeProvider clock) => DateOf(clock.GetUtcNow());

    /// <summary>The time of day in England now, for windows such as 08:00–16:00.</summary>
    public static DateTimeOffset SchoolNow(this TimeProvider clock) => TimeZoneInfo.ConvertTime(clock.GetUtcNow(), Zone);

    private static TimeZoneInfo FindLondon()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
