using KeepUp.Application.Mastery;
using KeepUp.Domain.Mastery;

namespace KeepUp.Application.Tests.Mastery;

public sealed class MasteryModelTests
{
    private const string Header = "user_id,order_id,skill_name,correct\n";

    [Fact]
    public void PackBySkill_InterleavedLog_KeepsEachPupilsAnswersTogetherInOrder()
    {
        var log = Read(Header + "p1,1,a,1\np2,2,a,0\np1,3,b,0\np1,4,a,0\np2,5,a,1\n");

        var packed = SkillModels.PackBySkill(log);

        Assert.Equal(["a", "b"], log.SkillNames);
        Assert.Equal([true, false, false, true], packed[0].Correct.ToArray());
        Assert.Equal([0, 2, 4], packed[0].Starts.ToArray());
        Assert.Equal([false], packed[1].Correct.ToArray());
    }

    [Fact]
    public void Score_PredictsEachAnswerBeforeSeeingIt()
    {
        var p = new BktParameters(0.5, 0.1, 0.2, 0.1);
        var test = Read(Header + "x,1,a,1\ny,2,a,0\nx,3,a,0\nx,4,unknown,1\n");

        var result = ModelEvaluation.Score(new Dictionary<string, BktParameters> { ["a"] = p }, test);

        // x's first and y's first are both predicted from the prior; x's second from x's first answer only.
        var fresh = KnowledgeState.Start(p);
        var expected = ModelScore.Of([fresh.ChanceCorrect(p), fresh.ChanceCorrect(p), fresh.After(true, p).ChanceCorrect(p)], [true, false, false]);
        Assert.Equal(expected, result.Score);
        Assert.Equal(1, result.Unscored);
    }

    [Fact]
    public void FitAll_Skills_ReturnsAFitPerSkillInOrderAndReportsProgress()
    {
        var rows = string.Concat(Enumerable.Range(0, 40).Select(i => $"p{i % 8},{i},big,{i % 3 % 2}\n"));
        var log = Read(Header + rows + "q,99,small,1\n");
        var reported = new List<int>();

        var fits = SkillModels.FitAll(SkillModels.PackBySkill(log), new BktFitter(), new Recorder(reported));

        Assert.Equal(2, fits.Count);
        Assert.False(fits[0].UsedDefault);
        Assert.True(fits[1].UsedDefault);
        Assert.Equal([1, 2], reported.Order());
    }

    [Fact]
    public void Parse_EveryProblem_IsReportedUpToALimit()
    {
        var rows = string.Concat(Enumerable.Range(0, 100).Select(i => $"p,{i},a,yes\n"));

        var outcome = AnswerLogReader.Parse(Header + rows, "log.csv");

        Assert.Null(outcome.Value);
        Assert.Equal(20, outcome.Problems.Count);
        Assert.All(outcome.Problems, problem => Assert.Equal("correct", problem.Column));
        Assert.Equal(2, outcome.Problems[0].Row);
    }

    private static AnswerLog Read(string csv) =>
        AnswerLogReader.Parse(csv, "log.csv").Value ?? throw new InvalidOperationException("The test log did not read.");

    private sealed class Recorder(List<int> seen) : IProgress<int>
    {
        public void Report(int value)
        {
            lock (seen)
            {
                seen.Add(value);
            }
        }
    }
}
