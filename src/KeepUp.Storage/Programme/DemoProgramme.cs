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
        hub.ReadinessLeadAccountId = account.Id;
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
        AddEvidence(db, hub, oakfield, schools);
        // Millbrook did a readiness year in 2022/23: two self-audits, so its profile shows progress.
        db.ReadinessAudits.AddRange(
            new ReadinessAudit { School = schools[8], Date = new DateOnly(2022, 9, 20), VisionAndCulture = 2, MathematicalMindsets = 1, SubjectExpertise = 2, SchoolSystems = 1, ArithmeticalProficiency = 2, SchoolSystemsEvidence = "No time for collaborative planning yet." },
            new ReadinessAudit { School = schools[8], Date = new DateOnly(2023, 6, 30), VisionAndCulture = 3, MathematicalMindsets = 3, SubjectExpertise = 3, SchoolSystems = 2, ArithmeticalProficiency = 3, MathematicalMindsetsEvidence = "Staff now talk about every pupil succeeding." });
        await db.SaveChangesAsync(cancellationToken);
    }

    // A year of evaluation evidence in the shape of the programme's 2019 report, so the evaluation
    // report has every lens, quotes, challenges and next steps to show.
    private static void AddEvidence(KeepUpDbContext db, MathsHub hub, School oakfield, List<School> schools)
    {
        void Item(int month, int day, EvidenceSource source, ImpactCategory category, string themes, string summary, School? school = null, string? quote = null, string? attribution = null) =>
            db.EvidenceItems.Add(new EvidenceItem
            {
                MathsHubId = hub.Id,
                School = school,
                Date = new DateOnly(month >= 9 ? 2024 : 2025, month, day),
                Source = source,
                Category = category,
                Themes = themes,
                Summary = summary,
                Quote = quote,
                Attribution = attribution,
                QuoteForPublication = quote is not null,
            });

        Item(10, 8, EvidenceSource.TeacherConversation, ImpactCategory.TeachersProfessionalLearning, "subject knowledge, structure of number", "Teachers describe a deeper understanding of the structure of number.", oakfield,
            "Being part of the Work Group gave me confidence to plan and teach maths differently.", "Maths Lead, 2024/25 Work Group school");
        Item(11, 20, EvidenceSource.LessonObservation, ImpactCategory.ProfessionalPractice, "representations, small steps", "Concrete and pictorial representations used across the school, withdrawn when pupils are ready.", schools[2]);
        Item(1, 15, EvidenceSource.LessonObservation, ImpactCategory.ProfessionalPractice, "whole-class teaching, small steps", "All pupils worked on the same content; misconceptions addressed in the lesson.", schools[3]);
        Item(2, 4, EvidenceSource.LeaderConversation, ImpactCategory.SchoolApproaches, "collaborative planning, CPD", "Headteacher has timetabled collaborative planning for every year group.", schools[4],
            "I am keen to sustain current developments and to make changes at the whole-school structural level.", "Headteacher, 2024/25 Work Group school");
        Item(3, 12, EvidenceSource.OfstedExtract, ImpactCategory.SchoolApproaches, "CPD", "Ofsted noted personalised professional development for all staff.", schools[5]);
        Item(5, 6, EvidenceSource.PupilConversation, ImpactCategory.PupilOutcomes, "attitudes, mathematical language", "Pupils talk about 'the challenge of maths' and use full sentences to explain.", schools[6],
            "Deliberate practice helps us to ensure that we understand what we do.", "Year 6 pupil, 2024/25 Work Group school");
        Item(6, 10, EvidenceSource.SurveyResponse, ImpactCategory.PupilOutcomes, "engagement", "Most participants report pupils more engaged in maths lessons.");
        db.ImpactNotes.AddRange(
            new ImpactNote { MathsHubId = hub.Id, Date = new DateOnly(2025, 3, 1), Category = ImpactCategory.ProfessionalPractice, Text = "Balancing support for pupils who need it with depth for higher attainers." },
            new ImpactNote { MathsHubId = hub.Id, Date = new DateOnly(2025, 4, 1), Category = ImpactCategory.SchoolApproaches, Text = "Embedding is harder in schools with high staff turnover." },
            new ImpactNote { MathsHubId = hub.Id, Date = new DateOnly(2025, 6, 1), IsNextStep = true, Text = "Continue support so Work Group schools embed teaching for mastery across the whole school." });
    }
}
