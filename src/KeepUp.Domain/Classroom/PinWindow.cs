using System;
using System.Diagnostics.CodeAnalysis;

namespace KeepUp.Domain.Classroom;

/// <summary>
/// When pupils may sign in with their PINs: one day, from a start time to an end time in the
/// school's local time. Outside the window a PIN opens nothing, so a PIN seen over a shoulder is
/// no use at home in the evening. The usual window is the school day, 08:00 to 16:00.
/// </summary>
public sealed record PinWindow
{
    /// <summary>When the usual window opens: 08:00, before the school day starts.</summary>
    public static readonly TimeOnly SchoolDayStart = new(8, 0);

    /// <summary>When the usual window closes: 16:00, after the school day ends.</summary>
    public static readonly TimeOnly SchoolDayEnd = new(16, 0);

    private PinWindow(DateOnly date, TimeOnly from, TimeOnly until)
    {
        Date = date;
        From = from;
        Until = until;
    }

    /// <summary>The day of the window.</summary>
    public DateOnly Date { get; }

    /// <summary>The first moment pupils may sign in (school's local time).</summary>
    public TimeOnly From { get; }

    /// <summary>The moment sign-in closes (school's local time); not itself inside the window.</summary>
    public TimeOnly Until { get; }

    /// <summary>The usual window on <paramref name="date"/>: 08:00 to 16:00.</summary>
    public static PinWindow SchoolDay(DateOnly date) => new(date, SchoolDayStart, SchoolDayEnd);

    /// <summary>A window the teacher chose; refused when it closes before (or as) it opens.</summary>
    public static bool TryCreate(DateOnly date, TimeOnly from, TimeOnly until, [NotNullWhen(true)] out PinWindow? window, out string problem)
    {
        if (until <= from)
        {
            window = null;
            problem = $"the sign-in window must end after it starts, but it runs from {from:HH\\:mm} to {until:HH\\:mm}.";
            return false;
        }

        window = new PinWindow(date, from, until);
        problem = string.Empty;
        return true;
    }

    /// <summary>True when a moment in the school's local time falls within the window.</summary>
    public bool Contains(DateTime localTime)
    {
        var time = TimeOnly.FromDateTime(localTime);
        return DateOnly.FromDateTime(localTime) == Date && time >= From && time < Until;
    }

    /// <summary>True when an instant falls within the window, reading the window in the school's time zone.</summary>
    public bool Contains(DateTimeOffset at, TimeZoneInfo schoolZone)
    {
        ArgumentNullException.ThrowIfNull(schoolZone);
        return Contains(TimeZoneInfo.ConvertTime(at, schoolZone).DateTime);
    }
}
