using System.Globalization;
using KeepUp.Domain.Classroom;
using KeepUp.Storage.Classroom;

namespace KeepUp.Web.Pages.Class;

/// <summary>The fields of the add and edit pupil pages, bound from the form as the teacher typed them.</summary>
public sealed class PupilFormFields
{
    public string? Upn { get; set; }

    public string? Forename { get; set; }

    public string? Surname { get; set; }

    /// <summary>As a date field sends it: year-month-day.</summary>
    public string? DateOfBirth { get; set; }

    public string? YearGroup { get; set; }

    public int ClassId { get; set; }

    public bool PupilPremium { get; set; }

    /// <summary>N, K or E, as the census writes it.</summary>
    public string? SenStatus { get; set; } = "N";

    public bool Eal { get; set; }

    public bool LowerPriorAttainer { get; set; }

    public PupilForm ToForm() => new(Upn, Forename, Surname, DateOfBirth, YearGroup, ClassId, PupilPremium, SenStatus, Eal, LowerPriorAttainer);

    public static PupilFormFields From(Pupil pupil)
    {
        ArgumentNullException.ThrowIfNull(pupil);
        return new PupilFormFields
        {
            Upn = pupil.Upn,
            Forename = pupil.Forename,
            Surname = pupil.Surname,
            DateOfBirth = pupil.DateOfBirth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            YearGroup = pupil.YearGroup.ToString(CultureInfo.InvariantCulture),
            ClassId = pupil.ClassId ?? 0,
            PupilPremium = pupil.PupilPremium,
            SenStatus = Enum.Parse<SenStatus>(pupil.SenStatus) switch
            {
                KeepUp.Domain.Classroom.SenStatus.SenSupport => "K",
                KeepUp.Domain.Classroom.SenStatus.EhcPlan => "E",
                _ => "N",
            },
            Eal = pupil.Eal,
            LowerPriorAttainer = pupil.LowerPriorAttainer,
        };
    }
}

/// <summary>What the shared form partial shows: the fields, the classes to choose from, and any problems by field.</summary>
public sealed record PupilFormView(PupilFormFields Fields, IReadOnlyList<SchoolClass> Classes, IReadOnlyList<PupilEntryProblem> Problems)
{
    public string? ProblemWith(PupilField field) =>
        Problems.FirstOrDefault(p => p.Field == field)?.Message is { } message ? char.ToUpperInvariant(message[0]) + message[1..] : null;
}
