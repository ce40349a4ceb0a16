using KeepUp.Domain.Calendar;
using KeepUp.Domain.Programme;

namespace KeepUp.Domain.Tests.Programme;

public sealed class ReachTests
{
    private static AcademicYear Y(int start) => AcademicYear.StartingIn(start);

    private static Urn U(int value) => Urn.From(value);

    private static readonly HubRecord[] TwoHubs = [new("h1", "Hub One", "South West"), new("h2", "Hub Two", "London"), new("h3", "Hub Three", "London")];

    [Fact]
    public void Programme_SpecialistsAndWorkGroups_CountsCumulativelyFromTheRightYear()
    {
        var records = new ReachRecords(TwoHubs,
            [new ReachSpecialist("h1", U(100001), Y(2015)), new ReachSpecialist("h2", U(100002), Y(2016))],
            [new ReachParticipation("h1", U(100003), Y(2016)), new ReachParticipation("h1", U(100004), Y(2016)), new ReachParticipation("h2", U(100005), Y(2018))]);

        var reach = Reach.Programme(records);

        Assert.Equal(["2015/16 1 1", "2016/17 2 4", "2017/18 2 4", "2018/19 2 5"], reach.Select(r => $"{r.Year} {r.Specialists} {r.Schools}"));
    }

    [Fact]
    public void Programme_SchoolInSeveralWorkGroups_CountsOnceFromItsFirstYear()
    {
        var records = new ReachRecords(TwoHubs,
            [new ReachSpecialist("h1", U(100001), Y(2017))],
            [new ReachParticipation("h1", U(100001), Y(2016)), new ReachParticipation("h1", U(100001), Y(2018)), new ReachParticipation("h2", U(100001), Y(2019))]);

        var reach = Reach.Programme(records);

        Assert.Equal([1, 1, 1, 1], reach.Select(r => r.Schools));
        Assert.Equal("2016/17", reach[0].Year.ToString());
        Assert.Equal([0, 1, 1, 1], reach.Select(r => r.Specialists));
    }

    [Fact]
    public void OfHubAndRegion_CountOnlyTheirRecords_OverTheSameYears()
    {
        var records = new ReachRecords(TwoHubs,
            [new ReachSpecialist("h1", U(100001), Y(2015)), new ReachSpecialist("h2", U(100002), Y(2016)), new ReachSpecialist("h3", U(100003), Y(2016))],
            [new ReachParticipation("h2", U(100009), Y(2017))]);

        Assert.Equal(["1 1", "1 1", "1 1"], Reach.OfHub(records, "h1").Select(r => $"{r.Specialists} {r.Schools}"));
        Assert.Equal(["0 0", "1 1", "1 2"], Reach.OfHub(records, "h2").Select(r => $"{r.Specialists} {r.Schools}"));
        Assert.Equal(["0 0", "2 2", "2 3"], Reach.OfRegion(records, "london").Select(r => $"{r.Specialists} {r.Schools}"));
        Assert.Equal(["London", "South West"], Reach.ByRegion(records).Select(s => s.Name));
        Assert.Equal(3, Reach.ByHub(records).Count);
    }

    [Fact]
    public void Programme_NoRecords_IsEmpty() =>
        Assert.Empty(Reach.Programme(new ReachRecords(TwoHubs, [], [])));

    [Fact]
    public void Programme_PublishedFiguresShape_MatchesWhenRebuiltFromRecords()
    {
        // The programme's published cumulative figures for 2015/16 to 2018/19 (specialists/schools:
        // 136/136, 283/964, 465/2,567, 675/5,116), rebuilt from generated records: each cohort's
        // specialists bring their own schools; the rest join through Work Groups.
        int[] specialists = [136, 283, 465, 675];
        int[] schools = [136, 964, 2567, 5116];
        var specialistRows = new List<ReachSpecialist>();
        var participations = new List<ReachParticipation>();
        var nextUrn = 100000;
        for (var i = 0; i < 4; i++)
        {
            var newSpecialists = specialists[i] - (i == 0 ? 0 : specialists[i - 1]);
            var newSchools = schools[i] - (i == 0 ? 0 : schools[i - 1]);
            for (var s = 0; s < newSpecialists; s++)
            {
                specialistRows.Add(new ReachSpecialist("h1", U(nextUrn++), Y(2015 + i)));
            }

            for (var s = newSpecialists; s < newSchools; s++)
            {
                participations.Add(new ReachParticipation("h1", U(nextUrn++), Y(2015 + i)));
            }

            // A school already counted, in a later Work Group, must not count again.
            participations.Add(new ReachParticipation("h1", U(100000), Y(2015 + i)));
        }

        var reach = Reach.Programme(new ReachRecords(TwoHubs, specialistRows, participations));

        Assert.Equal(specialists, reach.Select(r => r.Specialists));
        Assert.Equal(schools, reach.Select(r => r.Schools));
    }

    [Fact]
    public void ReachChart_Render_DescribesEveryYearForScreenReaders()
    {
        var svg = ReachChart.Render([new ReachYear(Y(2015), 136, 136), new ReachYear(Y(2016), 283, 964)], "Reach", "reach");

        Assert.Contains("role=\"img\"", svg, StringComparison.Ordinal);
        Assert.Contains("2016/17: 964 schools, 283 specialists", svg, StringComparison.Ordinal);
        Assert.Contains(">964<", svg, StringComparison.Ordinal);
    }
}
