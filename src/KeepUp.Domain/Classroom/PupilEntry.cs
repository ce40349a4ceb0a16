using System;
using System.Collections.Generic;
using KeepUp.Domain.Calendar;

namespace KeepUp.Domain.Classroom;

/// <summary>
/// A pupil's details as a teacher typed them into KeepUp's form, for a pupil who joined after the
/// last export or whose record needs a correction. They get exactly the checks of the pupil import
/// (UPN check letter, names, a real date of birth, a year group that fits it), so a pupil added by
/// hand is as trustworthy as one imported.
/// </summary>
/// <param name="Upn">The Unique Pupil Number as typed.</param>
/// <param name="Forename">The forename as typed.</param>
/// <param name="Surname">The surname as typed.</param>
/// <param name="DateOfBirth">The date of birth as typed (a date field sends year-month-day).</param>
/// <param name="YearGroup">The year group as typed or chosen (1 to 6, Y3 or Year 3).</param>
/// <param name="SenStatus">The SEN status as the census writes it (N, K or E) or in words.</param>
public sealed record PupilEntry(string? Upn, string? Forename, string? Surname, string? DateOfBirth, string? YearGroup, string? SenStatus)
{
    /// <summary>
    /// Checks every field rather than stopping at the first problem, so the teacher fixes the form
    /// in one go. <paramref name="today"/> fixes the academic year the year group must fit.
    /// </summary>
    public PupilEntryOutcome Check(DateOnly today)
    {
        var problems = new List<PupilEntryProblem>();
        void Problem(PupilField field, string message) => problems.Add(new PupilEntryProblem(field, message));

        if (!Classroom.Upn.TryCreate(Upn, out var upn, out var problem))
        {
            Problem(PupilField.Upn, problem);
        }

        if (!PupilValues.TryReadName(Forename ?? string.Empty, out var forename, out problem))
        {
            Problem(PupilField.Forename, problem.Replace("the name", "the forename", StringComparison.Ordinal));
        }

        if (!PupilValues.TryReadName(Surname ?? string.Empty, out var surname, out problem))
        {
            Problem(PupilField.Surname, problem.Replace("the name", "the surname", StringComparison.Ordinal));
        }

        var dateRead = PupilValues.TryReadDateOfBirth(DateOfBirth ?? string.Empty, today, out var dateOfBirth, out problem);
        if (!dateRead)
        {
            Problem(PupilField.DateOfBirth, problem);
        }

        if (!PupilValues.TryReadYearGroup(YearGroup ?? string.Empty, out var yearGroup, out problem))
        {
            Problem(PupilField.YearGroup, problem);
        }
        else if (dateRead && !PupilValues.YearGroupFits(AcademicYear.Containing(today), dateOfBirth, yearGroup, out problem))
        {
            Problem(PupilField.YearGroup, problem);
        }

        if (!PupilValues.TryReadSenStatus(SenStatus ?? string.Empty, out var sen, out problem))
        {
            Problem(PupilField.SenStatus, problem);
        }

        return problems.Count > 0
            ? new PupilEntryOutcome(null, problems)
            : new PupilEntryOutcome(new PupilDetails(upn, forename, surname, dateOfBirth, yearGroup, sen), []);
    }
}

/// <summary>A pupil's checked details: a valid UPN, names, a date of birth and the year group it fits.</summary>
/// <param name="Upn">The Unique Pupil Number.</param>
/// <param name="Forename">The forename, trimmed.</param>
/// <param name="Surname">The surname, trimmed.</param>
/// <param name="DateOfBirth">The date of birth, not in the future.</param>
/// <param name="YearGroup">The year group, 1 to 6, fitting the date of birth.</param>
/// <param name="SenStatus">Special educational needs provision.</param>
public sealed record PupilDetails(Upn Upn, string Forename, string Surname, DateOnly DateOfBirth, int YearGroup, SenStatus SenStatus);

/// <summary>The checked details, or every problem with the form.</summary>
/// <param name="Details">The details; null when there are problems.</param>
/// <param name="Problems">Every problem found; empty when the details are good.</param>
public sealed record PupilEntryOutcome(PupilDetails? Details, IReadOnlyList<PupilEntryProblem> Problems);

/// <summary>One thing wrong with a field of the pupil form, said so the teacher can fix it.</summary>
/// <param name="Field">The field at fault.</param>
/// <param name="Message">What is wrong, e.g. "the check letter should be A, not B."</param>
public sealed record PupilEntryProblem(PupilField Field, string Message)
{
    /// <summary>E.g. "UPN: the check letter should be A, not B."</summary>
    public override string ToString() => $"{Field.Label()}: {Message}";
}

/// <summary>The fields of the pupil form that can have a problem.</summary>
public enum PupilField
{
    /// <summary>The Unique Pupil Number.</summary>
    Upn,

    /// <summary>The forename.</summary>
    Forename,

    /// <summary>The surname.</summary>
    Surname,

    /// <summary>The date of birth.</summary>
    DateOfBirth,

    /// <summary>The year group.</summary>
    YearGroup,

    /// <summary>The class the pupil is in.</summary>
    Class,

    /// <summary>The SEN status.</summary>
    SenStatus,
}

/// <summary>The label a teacher sees for each <see cref="PupilField"/>.</summary>
public static class PupilFieldText
{
    /// <summary>E.g. "Date of birth".</summary>
    public static string Label(this PupilField field) => field switch
    {
        PupilField.Upn => "UPN",
        PupilField.Forename => "Forename",
        PupilField.Surname => "Surname",
        PupilField.DateOfBirth => "Date of birth",
        PupilField.YearGroup => "Year group",
        PupilField.Class => "Class",
        PupilField.SenStatus => "SEN status",
    };
}
