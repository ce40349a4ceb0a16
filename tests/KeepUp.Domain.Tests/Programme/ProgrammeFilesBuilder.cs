using KeepUp.Domain.Programme;

namespace KeepUp.Domain.Tests.Programme;

/// <summary>Small, explicit programme import files for tests: one hub, a few schools, one specialist.</summary>
internal sealed class ProgrammeFilesBuilder
{
    public string Hubs { get; set; } = "HubId,Name,Region\nh1,Hub One,South West\nh2,Hub Two,London\n";

    public string Schools { get; set; } = "URN,EstablishmentName,TypeOfEstablishment (name)\n100001,One,Community school\n100002,Two,Academy converter\n100003,Three,Foundation school\n";

    public string Specialists { get; set; } = "SpecialistId,Name,SchoolURN,HubId,Cohort\ns1,Ann,100001,h1,2015/16\n";

    public string WorkGroups { get; set; } = "WorkGroupId,HubId,AcademicYear,Type,LeadSpecialistId\nw1,h1,2016/17,Development,s1\n";

    public string Members { get; set; } = "WorkGroupId,SchoolURN\nw1,100002\nw1,100003\n";

    public ProgrammeFiles Build() => new(
        new ImportFile("hubs.csv", Hubs),
        new ImportFile("schools.csv", Schools),
        new ImportFile("specialists.csv", Specialists),
        new ImportFile("workgroups.csv", WorkGroups),
        new ImportFile("workgroup-schools.csv", Members));
}
