using KeepUp.Domain.Calendar;
using KeepUp.Domain.Classroom;
using KeepUp.Storage.Classroom;
using KeepUp.Storage.Programme;

namespace KeepUp.Storage.Demo;

/// <summary>
/// A demo Year 4 class of fictional pupils, so the class pages, PINs and checks have someone to show.
/// Dates of birth are worked out from today, so the class is Year 4 whenever KeepUp is first run.
/// </summary>
internal static class DemoClass
{
    /// <summary>The demo school's sign-in code for pupils.</summary>
    public const string SchoolCode = "KPDM26";

    private static readonly (string Forename, string Surname, bool PupilPremium, SenStatus Sen, bool Eal)[] Pupils =
    [
        ("Amara", "Okafor", false, SenStatus.None, false), ("Oliver", "Bennett", false, SenStatus.None, false),
        ("Zainab", "Hussain", true, SenStatus.None, true), ("Mateusz", "Kowalski", false, SenStatus.None, true),
        ("Isla", "MacDonald", false, SenStatus.SenSupport, false), ("Kwame", "Mensah", false, SenStatus.None, false),
        ("Priya", "Sharma", false, SenStatus.None, true), ("Harry", "Whitfield", true, SenStatus.None, false),
        ("Aoife", "Byrne", false, SenStatus.None, false), ("Yusuf", "Demir", false, SenStatus.None, true),
        ("Grace", "Adeyemi", false, SenStatus.None, false), ("Leo", "Fernandes", false, SenStatus.None, false),
        ("Mei Lin", "Chen", false, SenStatus.None, true), ("Alfie", "Thompson", true, SenStatus.SenSupport, false),
        ("Sofia", "Rossi", false, SenStatus.None, false), ("Ibrahim", "Ali", true, SenStatus.None, true),
        ("Ruby", "O'Connor", false, SenStatus.None, false), ("Ananya", "Patel", false, SenStatus.None, false),
        ("Jack", "Evans", true, SenStatus.EhcPlan, false), ("Eliza", "Nowak", false, SenStatus.None, true),
        ("Tobi", "Adebayo", false, SenStatus.None, false), ("Freya", "Lindqvist", false, SenStatus.None, false),
        ("Musa", "Abdi", true, SenStatus.SenSupport, true), ("Poppy", "Hughes", true, SenStatus.SenSupport, false),
        ("Arjun", "Gill", false, SenStatus.None, false), ("Noah", "Campbell-Reid", false, SenStatus.None, false),
    ];

    public static SchoolClass Create(School school, string teacherId, string assistantId, DateOnly today, List<Pupil> pupils)
    {
        school.SignInCode = SchoolCode;
        var schoolClass = new SchoolClass { SchoolId = school.Id, Name = "Maple", YearGroup = 4 };
        schoolClass.Staff.Add(new ClassStaffMember { StaffAccountId = teacherId });
        schoolClass.Staff.Add(new ClassStaffMember { StaffAccountId = assistantId, IsTeachingAssistant = true });
        var cohortStart = new DateOnly(AcademicYear.Containing(today).StartYear - 9, 9, 1);
        for (var i = 0; i < Pupils.Length; i++)
        {
            var (forename, surname, pupilPremium, sen, eal) = Pupils[i];
            pupils.Add(new Pupil
            {
                Id = Guid.NewGuid(),
                SchoolId = school.Id,
                Upn = Upn.WithCheckLetter($"938200122{i + 1:000}").Value,
                Forename = forename,
                Surname = surname,
                DateOfBirth = cohortStart.AddDays(i * 13),
                YearGroup = 4,
                PupilPremium = pupilPremium,
                SenStatus = sen.ToString(),
                Eal = eal,
                LowerPriorAttainer = sen != SenStatus.None,
            });
        }

        return schoolClass;
    }
}
