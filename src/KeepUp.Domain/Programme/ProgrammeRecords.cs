using System.Collections.Generic;
using KeepUp.Domain.Calendar;

namespace KeepUp.Domain.Programme;

/// <summary>A Maths Hub as the programme lists it: its own id (e.g. "jurassic"), name and region.</summary>
/// <param name="Id">The hub's id in the programme's files, stable across imports.</param>
/// <param name="Name">The hub's name, e.g. "Jurassic Maths Hub".</param>
/// <param name="Region">The region of England it serves, e.g. "South West".</param>
/// <param name="LeadOrganisation">The school or college that leads it, when known.</param>
public sealed record HubRecord(string Id, string Name, string Region, string? LeadOrganisation = null);

/// <summary>A school from a GIAS extract: the fields the programme needs, no people.</summary>
/// <param name="Urn">The DfE's unique reference number.</param>
/// <param name="Name">The establishment's name.</param>
/// <param name="LocalAuthority">Its local authority, e.g. "Devon".</param>
/// <param name="EstablishmentType">Its GIAS type, e.g. "Academy converter".</param>
/// <param name="Phase">Its phase of education, e.g. "Primary".</param>
/// <param name="Status">Open, closed, proposed to close…</param>
/// <param name="Postcode">Its postcode.</param>
public sealed record GiasSchool(Urn Urn, string Name, string? LocalAuthority, string? EstablishmentType, string? Phase, string? Status, string? Postcode)
{
    /// <summary>True when the school is state-funded, and so eligible for the programme.</summary>
    public bool IsStateFunded => EstablishmentTypes.IsStateFunded(EstablishmentType);
}

/// <summary>
/// A Mastery Specialist: a practising teacher trained by the programme in a yearly cohort, who then
/// develops teaching for mastery in their own school and leads Work Groups of other schools.
/// </summary>
/// <param name="Id">The specialist's id in the programme's files.</param>
/// <param name="Name">The teacher's name.</param>
/// <param name="School">The URN of the school they teach in.</param>
/// <param name="HubId">The hub they work with.</param>
/// <param name="Cohort">The academic year of their training.</param>
public sealed record SpecialistRecord(string Id, string Name, Urn School, string HubId, AcademicYear Cohort);

/// <summary>A Work Group: six or seven schools working with a lead specialist for one academic year.</summary>
/// <param name="Id">The Work Group's id in the programme's files.</param>
/// <param name="HubId">The hub that runs it.</param>
/// <param name="Year">The academic year it runs in.</param>
/// <param name="Type">Readiness, development, sustaining/embedding or a project.</param>
/// <param name="LeadSpecialistId">The specialist who leads it.</param>
public sealed record WorkGroupRecord(string Id, string HubId, AcademicYear Year, WorkGroupType Type, string LeadSpecialistId);

/// <summary>A school's place in a Work Group.</summary>
/// <param name="WorkGroupId">The Work Group.</param>
/// <param name="School">The member school's URN.</param>
public sealed record MembershipRecord(string WorkGroupId, Urn School);

/// <summary>Everything one programme import brings, already checked against itself and what is stored.</summary>
/// <param name="Hubs">Hubs to add or update.</param>
/// <param name="Schools">Schools to add or update.</param>
/// <param name="Specialists">Specialists to add or update.</param>
/// <param name="WorkGroups">Work Groups to add or update.</param>
/// <param name="Memberships">Member schools to add to Work Groups.</param>
public sealed record ProgrammeImport(
    IReadOnlyList<HubRecord> Hubs,
    IReadOnlyList<GiasSchool> Schools,
    IReadOnlyList<SpecialistRecord> Specialists,
    IReadOnlyList<WorkGroupRecord> WorkGroups,
    IReadOnlyList<MembershipRecord> Memberships);

/// <summary>The ids already stored, which rows of an import may refer to without repeating them.</summary>
/// <param name="HubIds">Hub ids.</param>
/// <param name="Urns">School URNs.</param>
/// <param name="SpecialistIds">Specialist ids.</param>
/// <param name="WorkGroupIds">Work Group ids.</param>
public sealed record KnownProgramme(
    IReadOnlySet<string> HubIds,
    IReadOnlySet<int> Urns,
    IReadOnlySet<string> SpecialistIds,
    IReadOnlySet<string> WorkGroupIds)
{
    /// <summary>An empty database.</summary>
    public static KnownProgramme None { get; } = new(new HashSet<string>(), new HashSet<int>(), new HashSet<string>(), new HashSet<string>());
}

/// <summary>One CSV file given to an import: the name used in messages and its text.</summary>
/// <param name="Name">The file's name, as the person gave it.</param>
/// <param name="Text">The file's contents.</param>
public sealed record ImportFile(string Name, string Text);

/// <summary>The five files of a programme import; any may be left out.</summary>
/// <param name="Hubs">HubId,Name,Region.</param>
/// <param name="Schools">A GIAS extract.</param>
/// <param name="Specialists">SpecialistId,Name,SchoolURN,HubId,Cohort.</param>
/// <param name="WorkGroups">WorkGroupId,HubId,AcademicYear,Type,LeadSpecialistId.</param>
/// <param name="WorkGroupSchools">WorkGroupId,SchoolURN.</param>
public sealed record ProgrammeFiles(ImportFile? Hubs, ImportFile? Schools, ImportFile? Specialists, ImportFile? WorkGroups, ImportFile? WorkGroupSchools);
