using System;
using System.Globalization;
using System.Linq;
using KeepUp.Domain.Calendar;

namespace KeepUp.Domain.Classroom;

/// <summary>
/// Reads one cell of a pupil export in the forms school information systems write. Each reader
/// returns false with a problem phrased for the person fixing the file.
/// </summary>
internal static class PupilValues
{
    /// <summary>The longest forename or surname KeepUp keeps.</summary>
    public const int MaxNameLength = 100;

    // UK exports write day first; ISO dates come from newer systems and hand-made files. Month-first
    // (US) dates are not accepted: 05/03/2017 always means 5 March.
    private static readonly string[] DateFormats = ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd", "dd-MM-yyyy", "dd.MM.yyyy"];

    // DfE language codes and words that mean English, or that the school does not know: neither is EAL.
    private static readonly string[] NotAdditionalLanguage =
        ["ENG", "ENB", "ENGLISH", "BELIEVED TO BE ENGLISH", "NOT", "REF", "NOT OBTAINED", "INFORMATION NOT OBTAINED", "REFUSED", "UNKNOWN"];

    public static bool TryReadName(string text, out string name, out string problem)
    {
        name = text.Trim();
        problem = name.Length switch
        {
            0 => "the name is missing.",
            > MaxNameLength => string.Create(CultureInfo.InvariantCulture, $"the name has {name.Length} characters; KeepUp keeps names of up to {MaxNameLength}."),
            // A line break inside a quoted cell is usually two cells run together by a bad export.
            _ when name.Any(char.IsControl) => "the name has a line break or other control character in it.",
            _ => string.Empty,
        };
        return problem.Length == 0;
    }

    public static bool TryReadDateOfBirth(string text, DateOnly today, out DateOnly date, out string problem)
    {
        var trimmed = StripMidnight(text.Trim());
        if (trimmed.Length == 0)
        {
            date = default;
            problem = "the date of birth is missing.";
            return false;
        }

        if (!DateOnly.TryParseExact(trimmed, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            problem = LooksLikeADate(trimmed)
                ? $"{trimmed} is not a real date — check the day and the month."
                : $"'{trimmed}' is not a date; write it as day/month/year with a four-digit year (03/05/2017) or year-month-day (2017-05-03).";
            return false;
        }

        problem = date > today ? $"{Words(date)} is in the future." : string.Empty;
        return problem.Length == 0;
    }

    /// <summary>"3", "03", "Y3", "Yr 3", "Year 3" → 3. Reception, nursery and secondary years are refused.</summary>
    public static bool TryReadYearGroup(string text, out int yearGroup, out string problem)
    {
        yearGroup = 0;
        var upper = text.Trim().ToUpperInvariant().Replace(" ", string.Empty, StringComparison.Ordinal);
        if (upper.Length == 0)
        {
            problem = "the year group is missing.";
            return false;
        }

        if (upper is "R" or "YR" or "REC" or "RECEPTION" or "0" or "N" or "N1" or "N2" or "NURSERY" or "E1" or "E2")
        {
            problem = $"'{text.Trim()}' is Reception or nursery; KeepUp covers Years 1–6, so leave these pupils out of the file.";
            return false;
        }

        var digits = upper.StartsWith("YEAR", StringComparison.Ordinal) ? upper[4..]
            : upper.StartsWith("YR", StringComparison.Ordinal) ? upper[2..]
            : upper.StartsWith('Y') ? upper[1..]
            : upper;
        if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out yearGroup))
        {
            problem = $"'{text.Trim()}' is not a year group; write 1 to 6, Y3 or Year 3.";
            return false;
        }

        problem = yearGroup switch
        {
            0 => $"'{text.Trim()}' is Reception; KeepUp covers Years 1–6, so leave these pupils out of the file.",
            >= 7 and <= 14 => string.Create(CultureInfo.InvariantCulture, $"Year {yearGroup} is secondary school; KeepUp covers Years 1–6."),
            < 1 or > 6 => $"'{text.Trim()}' is not a year group; write 1 to 6, Y3 or Year 3.",
            _ => string.Empty,
        };
        return problem.Length == 0;
    }

    /// <summary>
    /// True when a child born on <paramref name="dateOfBirth"/> belongs in <paramref name="yearGroup"/> in
    /// <paramref name="year"/>; otherwise the problem names the year group their birthday puts them in.
    /// </summary>
    public static bool YearGroupFits(AcademicYear year, DateOnly dateOfBirth, int yearGroup, out string problem)
    {
        var expected = year.YearGroupOf(dateOfBirth);
        problem = expected == yearGroup
            ? string.Empty
            : $"born {Words(dateOfBirth)}, so expected in {YearName(expected)} in {year}, not Year {yearGroup.ToString(CultureInfo.InvariantCulture)}.";
        return problem.Length == 0;
    }

    private static string YearName(int yearGroup) => yearGroup switch
    {
        0 => "Reception",
        < 0 => "nursery or not yet at school",
        _ => "Year " + yearGroup.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>Y/N, Yes/No, True/False, 1/0; blank means no.</summary>
    public static bool TryReadYesNo(string text, out bool value, out string problem)
    {
        problem = string.Empty;
        switch (text.Trim().ToUpperInvariant())
        {
            case "" or "N" or "NO" or "FALSE" or "0":
                value = false;
                return true;
            case "Y" or "YES" or "TRUE" or "1":
                value = true;
                return true;
            default:
                value = false;
                problem = $"'{text.Trim()}' is not yes or no; write Y or N (a blank cell means no).";
                return false;
        }
    }

    /// <summary>N/blank, K, E (and S, an old statement, as an EHC plan), or the words.</summary>
    public static bool TryReadSenStatus(string text, out SenStatus status, out string problem)
    {
        problem = string.Empty;
        switch (text.Trim().ToUpperInvariant())
        {
            case "" or "N" or "NO" or "NONE" or "NO SEN":
                status = SenStatus.None;
                return true;
            case "K" or "SEN SUPPORT" or "SUPPORT" or "SEN-SUPPORT":
                status = SenStatus.SenSupport;
                return true;
            case "E" or "EHCP" or "EHC PLAN" or "EHC" or "EDUCATION, HEALTH AND CARE PLAN" or "EDUCATION HEALTH AND CARE PLAN" or "S" or "STATEMENT":
                status = SenStatus.EhcPlan;
                return true;
            default:
                status = SenStatus.None;
                problem = $"'{text.Trim()}' is not a SEN status; write N (none), K (SEN support) or E (EHC plan).";
                return false;
        }
    }

    /// <summary>
    /// A first-language column: EAL when a language other than English is recorded. English (ENG),
    /// "believed to be English" (ENB), not obtained (NOT), refused (REF) and blank are not EAL,
    /// because the school has no evidence of another language. Never fails: any other entry names a language.
    /// </summary>
    public static bool ReadFirstLanguage(string text)
    {
        var upper = text.Trim().ToUpperInvariant();
        return upper.Length > 0 && Array.IndexOf(NotAdditionalLanguage, upper) < 0;
    }

    /// <summary>"3 May 2017", as a teacher would say it.</summary>
    public static string Words(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    // Some exports (and spreadsheets re-saving them) add a midnight time to dates.
    private static string StripMidnight(string text)
    {
        foreach (var suffix in (string[])[" 00:00:00", " 00:00"])
        {
            if (text.EndsWith(suffix, StringComparison.Ordinal))
            {
                return text[..^suffix.Length];
            }
        }

        return text;
    }

    // Three numbers with a four-digit year: the right shape, so the day or month must be wrong.
    private static bool LooksLikeADate(string text)
    {
        var parts = text.Split('/', '-', '.');
        return parts.Length == 3 &&
            Array.TrueForAll(parts, p => p.Length > 0 && p.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0) &&
            (parts[0].Length == 4 || parts[2].Length == 4);
    }
}
