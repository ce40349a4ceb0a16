using System.Collections.Generic;
using KeepUp.Domain.Calendar;

namespace KeepUp.Domain.Classroom;

/// <summary>
/// Every pupil in one school information system export, all checked: what a school has on roll
/// (or, for a one-class file, in those classes) in the academic year it was read for.
/// </summary>
/// <param name="Pupils">The pupils in file order; each UPN appears once.</param>
/// <param name="ClassNames">The classes named in the file, in order of first appearance.</param>
/// <param name="Year">The academic year whose year groups the file was checked against.</param>
public sealed record PupilRoster(IReadOnlyList<PupilRow> Pupils, IReadOnlyList<string> ClassNames, AcademicYear Year);
