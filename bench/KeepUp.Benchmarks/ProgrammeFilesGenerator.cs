using System.Globalization;
using System.Text;
using KeepUp.Domain.Calendar;
using KeepUp.Domain.Programme;
using KeepUp.Storage.Programme;

namespace KeepUp.Benchmarks;

/// <summary>
/// A whole programme as import files, the size the performance target names: the 40 real hubs,
/// 10,000 schools (GIAS columns), 1,000 specialists in cohorts from 2015/16, and 1,500 Work Groups
/// of six or seven schools. The same seed always gives the same files.
/// </summary>
public static class ProgrammeFilesGenerator
{
    public static ProgrammeFiles Generate(int seed = 2015, int schools = 10_000, int specialists = 1_000, int workGroups = 1_500)
    {
        var random = new Random(seed);
        var hubsFile = ReferenceHubs.Load();
        var hubIds = hubsFile.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(line => line.Split(',')[0]).ToArray();
        string[] types = ["Community school", "Academy converter", "Voluntary aided school", "Academy sponsor led", "Foundation school", "Voluntary controlled school"];

        var gias = new StringBuilder("URN,LA (name),EstablishmentName,TypeOfEstablishment (name),EstablishmentStatus (name),PhaseOfEducation (name),Postcode\n");
        for (var i = 0; i < schools; i++)
        {
            gias.Append(CultureInfo.InvariantCulture, $"{100000 + i},Authority {i % 150},\"School {i}, Primary\",{types[random.Next(types.Length)]},Open,Primary,AB{i % 99} {i % 9}CD\n");
        }

        // Each hub draws its schools from its own slice, as a real hub works with its own area.
        var perHub = schools / hubIds.Length;
        int SchoolOf(int hub) => 100000 + hub * perHub + random.Next(perHub);

        var specialistRows = new StringBuilder("SpecialistId,Name,SchoolURN,HubId,Cohort\n");
        var specialistHub = new int[specialists];
        var specialistCohort = new int[specialists];
        for (var i = 0; i < specialists; i++)
        {
            specialistHub[i] = i % hubIds.Length;
            specialistCohort[i] = 2015 + i * 9 / specialists;
            specialistRows.Append(CultureInfo.InvariantCulture,
                $"MS{i:0000},Specialist {i},{SchoolOf(specialistHub[i])},{hubIds[specialistHub[i]]},{AcademicYear.StartingIn(specialistCohort[i])}\n");
        }

        var groupRows = new StringBuilder("WorkGroupId,HubId,AcademicYear,Type,LeadSpecialistId\n");
        var memberRows = new StringBuilder("WorkGroupId,SchoolURN\n");
        WorkGroupType[] kinds = [WorkGroupType.Development, WorkGroupType.Development, WorkGroupType.SustainingEmbedding, WorkGroupType.MasteryReadiness];
        for (var i = 0; i < workGroups; i++)
        {
            var lead = random.Next(specialists);
            // A specialist leads Work Groups from the year after their training.
            var year = Math.Min(2024, specialistCohort[lead] + 1 + random.Next(3));
            var hub = specialistHub[lead];
            groupRows.Append(CultureInfo.InvariantCulture, $"WG{i:00000},{hubIds[hub]},{AcademicYear.StartingIn(year)},{kinds[i % kinds.Length].Name()},MS{lead:0000}\n");
            var members = new HashSet<int>();
            var size = 6 + random.Next(2);
            while (members.Count < size)
            {
                members.Add(SchoolOf(hub));
            }

            foreach (var urn in members)
            {
                memberRows.Append(CultureInfo.InvariantCulture, $"WG{i:00000},{urn}\n");
            }
        }

        return new ProgrammeFiles(hubsFile, new ImportFile("schools.csv", gias.ToString()), new ImportFile("specialists.csv", specialistRows.ToString()),
            new ImportFile("workgroups.csv", groupRows.ToString()), new ImportFile("workgroup-schools.csv", memberRows.ToString()));
    }

    /// <summary>Writes the files into a folder, for timing the real <c>keepup programme import</c>.</summary>
    public static void WriteTo(ProgrammeFiles files, string folder)
    {
        ArgumentNullException.ThrowIfNull(files);
        Directory.CreateDirectory(folder);
        foreach (var file in new[] { files.Hubs, files.Schools, files.Specialists, files.WorkGroups, files.WorkGroupSchools })
        {
            File.WriteAllText(Path.Combine(folder, file!.Name), file.Text);
        }
    }
}
