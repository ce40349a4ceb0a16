using System.Globalization;
using System.Text;
using KeepUp.Domain.Imports;
using KeepUp.Domain.Programme;

namespace KeepUp.Application.Programme;

/// <summary>One year of reach as JSON: <c>{"academicYear": "2015/16", "specialists": N, "schools": N}</c>.</summary>
public sealed record ReachYearDocument(string AcademicYear, int Specialists, int Schools)
{
    public static ReachYearDocument From(ReachYear year)
    {
        ArgumentNullException.ThrowIfNull(year);
        return new(year.Year.ToString(), year.Specialists, year.Schools);
    }

    public static IReadOnlyList<ReachYearDocument> From(IEnumerable<ReachYear> years) => [.. years.Select(From)];
}

/// <summary>Reach as CSV (UTF-8, header row), the same figures as the page and the JSON.</summary>
public static class ReachExport
{
    public static string Csv(IEnumerable<ReachYear> years)
    {
        var csv = new StringBuilder().AppendLine("AcademicYear,Specialists,Schools");
        foreach (var year in years)
        {
            csv.AppendLine(CsvCell.Line([year.Year.ToString(), year.Specialists.ToString(CultureInfo.InvariantCulture), year.Schools.ToString(CultureInfo.InvariantCulture)]));
        }

        return csv.ToString();
    }

    /// <summary>One row per hub (or region) and year.</summary>
    public static string Csv(IEnumerable<ReachSeries> series, string kind)
    {
        var csv = new StringBuilder().AppendLine(CsvCell.Line([kind + "Id", kind, "AcademicYear", "Specialists", "Schools"]));
        foreach (var one in series)
        {
            foreach (var year in one.Years)
            {
                csv.AppendLine(CsvCell.Line([one.Id, one.Name, year.Year.ToString(), year.Specialists.ToString(CultureInfo.InvariantCulture), year.Schools.ToString(CultureInfo.InvariantCulture)]));
            }
        }

        return csv.ToString();
    }
}
