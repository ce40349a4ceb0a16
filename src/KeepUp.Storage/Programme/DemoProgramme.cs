using KeepUp.Domain.Programme;
using Microsoft.EntityFrameworkCore;

namespace KeepUp.Storage.Programme;

/// <summary>
/// The demo hub's programme: three Mastery Specialists from three cohorts, a dozen more fictional
/// schools, and Work Groups from 2019/20 on, so the reach page and school journeys show something
/// on a fresh install. The demo specialist account leads the newest groups.
/// </summary>
internal static class DemoProgramme
{
    public static async Task SeedAsync(KeepUpDbContext db, MathsHub hub, School oakfield, School brookside, string specialistEmail, CancellationToken cancellationToken)
    {
        hub.Code = "riverside-demo";
        string[] names = ["Willow Lane", "Castle Hill", "St Anne's CofE", "Meadowbank", "Harbour View", "Ashgrove", "Kingsway", "Fernlea", "Millbrook", "Northgate", "Elm Tree", "Sandy Lane"];
        var schools = names.Select((name, i) => new School
        {
            Urn = 900003 + i,
            Name = $"{name} Primary School (demo)",
            LocalAuthority = "Demo",
            EstablishmentType = i % 3 == 0 ? "Academy converter" : "Community school",
            Phase = "Primary",
            Status = "Open",
            MathsHub = hub,
        }).ToList();
        db.Schools.AddRange(schools);
        var account = await db.Users.SingleAsync(u => u.Email == specialistEmail, cancellationToken);
        var priya = new MasterySpecialist { Code = "demo-ms-1", Name = "Dr Priya Specialist", School = brookside, MathsHub = hub, CohortStartYear = 2018, AccountId = account.Id };
        var tom = new MasterySpecialist { Code = "demo-ms-2", Name = "Mr Tom Okafor", School = schools[0], MathsHub = hub, CohortStartYear = 2019 };
        var ruth = new MasterySpecialist { Code = "demo-ms-3", Name = "Mrs Ruth Evans", School = schools[1], MathsHub = hub, CohortStartYear = 2021 };
        db.MasterySpecialists.AddRange(priya, tom, ruth);

        void Group(string code, int year, WorkGroupType type, MasterySpecialist lead, params School[] members) =>
            db.WorkGroups.Add(new WorkGroup
            {
                Code = code,
                MathsHub = hub,
                StartYear = year,
                Type = type,
                LeadSpecialist = lead,
                Members = [.. members.Select(s => new WorkGroupMember { School = s, FirstTeacher = "Maths lead", SecondTeacher = "Class teacher" })],
            });

        Group("demo-wg-1920", 2019, WorkGroupType.Development, priya, oakfield, schools[2], schools[3], schools[4], schools[5], schools[6]);
        Group("demo-wg-2021", 2020, WorkGroupType.Development, tom, schools[7], schools[8], schools[9], schools[10], schools[11], schools[2]);
        Group("demo-wg-2122", 2021, WorkGroupType.SustainingEmbedding, priya, oakfield, schools[2], schools[3], schools[4], schools[5], schools[6], schools[7]);
        Group("demo-wg-2223", 2022, WorkGroupType.MasteryReadiness, ruth, schools[8], schools[9], schools[10], schools[11]);
        Group("demo-wg-2425", 2024, WorkGroupType.SustainingEmbedding, tom, schools[7], schools[8], schools[9], schools[10], schools[11], schools[0]);
        Group("demo-wg-2526", 2025, WorkGroupType.Development, priya, oakfield, schools[8], schools[9], schools[10], schools[11], schools[3], schools[4]);
        await db.SaveChangesAsync(cancellationToken);
    }
}
