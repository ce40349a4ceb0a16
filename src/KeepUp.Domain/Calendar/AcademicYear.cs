using System;
using System.Globalization;

namespace KeepUp.Domain.Calendar;

/// <summary>
/// A school year in England: 1 September to 31 August, written "2025/26". Year groups, half-terms,
/// Work Group years and reach figures are all counted in academic years.
/// </summary>
public readonly record struct AcademicYear : IComparable<AcademicYear>
{
    private AcademicYear(int startYear) => StartYear = startYear;

    /// <summary>The calendar year in which the academic year begins (2025 for 2025/26).</summary>
    public int StartYear { get; }

    /// <summary>1 September of the start year.</summary>
    public DateOnly FirstDay => new(StartYear, 9, 1);

    /// <summary>31 August of the following year.</summary>
    public DateOnly LastDay => new(StartYear + 1, 8, 31);

    /// <summary>The academic year that begins in the given calendar year.</summary>
    public static AcademicYear StartingIn(int startYear) =>
        startYear is < 1900 or > 2200 ? throw new ArgumentOutOfRangeException(nameof(startYear), startYear, "An academic year starts between 1900 and 2200.") : new(startYear);

    /// <summary>The academic year a date falls in.</summary>
    public static AcademicYear Containing(DateOnly date) => new(date.Month >= 9 ? date.Year : date.Year - 1);

    /// <summary>
    /// Reads "2015/16" (also "2015-16" and "2015/2016"). The second year must follow the first, so a
    /// typing slip such as "2015/17" is refused rather than guessed.
    /// </summary>
    public static bool TryParse(string? text, out AcademicYear year)
    {
        year = default;
        var parts = (text ?? string.Empty).Trim().Split('/', '-');
        if (parts.Length != 2 || parts[0].Length != 4 ||
            !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var start) ||
            !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var end) ||
            start is < 1900 or > 2200)
        {
            return false;
        }

        var expected = start + 1;
        var matches = parts[1].Length switch
        {
            2 => end == expected % 100,
            4 => end == expected,
            _ => false,
        };
        if (matches)
        {
            year = new AcademicYear(start);
        }

        return matches;
    }

    /// <summary>The next academic year.</summary>
    public AcademicYear Next() => new(StartYear + 1);

    /// <summary>
    /// The National Curriculum year group (1 = Year 1) of a child born on <paramref name="dateOfBirth"/>
    /// during this academic year: children start Reception in the September after they turn four, so
    /// a child born between 1 September and 31 August is in one cohort. 0 is Reception; negative is
    /// below school age.
    /// </summary>
    public int YearGroupOf(DateOnly dateOfBirth)
    {
        var birthCohort = dateOfBirth.Month >= 9 ? dateOfBirth.Year : dateOfBirth.Year - 1;
        return StartYear - birthCohort - 5;
    }

    /// <summary>
    /// The half-term a date falls in, by the usual English pattern (autumn 1 to the end of October,
    /// autumn 2 to Christmas, spring 1 to mid-February, spring 2 to Easter, approximated as the end of
    /// March, summer 1 to the end of May, summer 2 to August). Schools' own dates vary by a week or
    /// so; "three times this half-term" does not need more precision than that.
    /// </summary>
    public static HalfTerm HalfTermOf(DateOnly date) => date.Month switch
    {
        9 or 10 => HalfTerm.Autumn1,
        11 or 12 => HalfTerm.Autumn2,
        1 => HalfTerm.Spring1,
        2 => date.Day <= 14 ? HalfTerm.Spring1 : HalfTerm.Spring2,
        3 => HalfTerm.Spring2,
        4 or 5 => HalfTerm.Summer1,
        _ => HalfTerm.Summer2,
    };

    /// <summary>The first day of the half-term containing <paramref name="date"/>.</summary>
    public static DateOnly HalfTermStart(DateOnly date)
    {
        var year = Containing(date);
        return HalfTermOf(date) switch
        {
            HalfTerm.Autumn1 => new DateOnly(year.StartYear, 9, 1),
            HalfTerm.Autumn2 => new DateOnly(year.StartYear, 11, 1),
            HalfTerm.Spring1 => new DateOnly(year.StartYear + 1, 1, 1),
            HalfTerm.Spring2 => new DateOnly(year.StartYear + 1, 2, 15),
            HalfTerm.Summer1 => new DateOnly(year.StartYear + 1, 4, 1),
            HalfTerm.Summer2 => new DateOnly(year.StartYear + 1, 6, 1),
        };
    }

    /// <inheritdoc/>
    public int CompareTo(AcademicYear other) => StartYear.CompareTo(other.StartYear);

    /// <summary>True when <paramref name="left"/> comes before <paramref name="right"/>.</summary>
    public static bool operator <(AcademicYear left, AcademicYear right) => left.StartYear < right.StartYear;

    /// <summary>True when <paramref name="left"/> comes after <paramref name="right"/>.</summary>
    public static bool operator >(AcademicYear left, AcademicYear right) => left.StartYear > right.StartYear;

    /// <summary>True when <paramref name="left"/> is not after <paramref name="right"/>.</summary>
    public static bool operator <=(AcademicYear left, AcademicYear right) => left.StartYear <= right.StartYear;

    /// <summary>True when <paramref name="left"/> is not before <paramref name="right"/>.</summary>
    public static bool operator >=(AcademicYear left, AcademicYear right) => left.StartYear >= right.StartYear;

    /// <summary>"2025/26".</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{StartYear}/{(StartYear + 1) % 100:00}");
}

/// <summary>The six half-terms of an English school year.</summary>
public enum HalfTerm
{
    /// <summary>September to the October half-term holiday.</summary>
    Autumn1,

    /// <summary>November to Christmas.</summary>
    Autumn2,

    /// <summary>January to the February half-term holiday.</summary>
    Spring1,

    /// <summary>Late February to Easter.</summary>
    Spring2,

    /// <summary>Easter to the May half-term holiday.</summary>
    Summer1,

    /// <summary>June to the end of the school year.</summary>
    Summer2,
}
