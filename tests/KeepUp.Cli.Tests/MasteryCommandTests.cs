using System.Globalization;
using System.Text;
using System.Text.Json;

namespace KeepUp.Cli.Tests;

public sealed class MasteryCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("keepup-mastery-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Evaluate_Json_PrintsTheScoresOnly()
    {
        var train = Write("train.csv", Answers(pupils: 60, firstPupil: 1, seed: 1));
        var test = Write("test.csv", Answers(pupils: 20, firstPupil: 1000, seed: 2));

        var run = await CliRun.RunAsync("mastery", "evaluate", "--train", train, "--test", test, "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.Equal(["auc", "rmse", "accuracy", "fitSeconds", "skills", "observations"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(2, root.GetProperty("skills").GetInt32());
        Assert.Equal(20 * 2 * 8, root.GetProperty("observations").GetInt32());
        Assert.InRange(root.GetProperty("auc").GetDouble(), 0.55, 1);
        Assert.InRange(root.GetProperty("rmse").GetDouble(), 0, 0.5);
        Assert.InRange(root.GetProperty("accuracy").GetDouble(), 0.5, 1);
        Assert.True(root.GetProperty("fitSeconds").GetDouble() > 0);
        Assert.Contains("(100%)", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_WithoutJson_PrintsAReadableSummary()
    {
        var train = Write("train.csv", Answers(pupils: 40, firstPupil: 1, seed: 3));
        var test = Write("test.csv", Answers(pupils: 10, firstPupil: 500, seed: 4) + "900,1,unseen-skill,1\n");

        var run = await CliRun.RunAsync("mastery", "evaluate", "--train", train, "--test", test);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Fitted 2 skills on 640 answers from 40 pupils", run.Output, StringComparison.Ordinal);
        Assert.Contains("Scored 160 answers", run.Output, StringComparison.Ordinal);
        Assert.Contains("(1 on skills not in the training file left out)", run.Output, StringComparison.Ordinal);
        Assert.Contains("AUC", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_ColumnsInAnyOrder_GiveTheSameScores()
    {
        var rows = Answers(pupils: 30, firstPupil: 1, seed: 5);
        var reordered = string.Join('\n', rows.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split(','))
            .Select(f => $"{f[3]},{f[2]},{f[0]},{f[1]}")) + "\n";
        var test = Write("test.csv", Answers(pupils: 10, firstPupil: 500, seed: 6));

        var plain = await CliRun.RunAsync("mastery", "evaluate", "--train", Write("a.csv", rows), "--test", test, "--json");
        var shuffled = await CliRun.RunAsync("mastery", "evaluate", "--train", Write("b.csv", reordered), "--test", test, "--json");

        Assert.Equal(Scores(plain.Output), Scores(shuffled.Output));
    }

    [Theory]
    [InlineData("user_id,order_id,skill_name\n1,1,a\n", "row 1, column correct: the header row has no correct column")]
    [InlineData("user_id,order_id,skill_name,correct\n1,1,a,1\n1,2,a,2\n", "row 3, column correct: '2' should be 1 (right) or 0 (wrong).")]
    [InlineData("user_id,order_id,skill_name,correct\n1,x,a,1\n", "row 2, column order_id: 'x' is not a whole number.")]
    [InlineData("user_id,order_id,skill_name,correct\n,1,a,1\n", "row 2, column user_id: the pupil's id is empty.")]
    [InlineData("user_id,order_id,skill_name,correct\n", "row 2: there are no answers after the header row.")]
    public async Task Evaluate_BadTrainingFile_NamesFileRowAndColumnAndExits2(string csv, string message)
    {
        var train = Write("bad.csv", csv);
        var test = Write("test.csv", Answers(pupils: 5, firstPupil: 1, seed: 7));

        var run = await CliRun.RunAsync("mastery", "evaluate", "--train", train, "--test", test, "--json");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"{train} {message}", run.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public async Task Evaluate_MissingFile_SaysSoAndExits2()
    {
        var run = await CliRun.RunAsync("mastery", "evaluate", "--train", Path.Combine(folder, "nope.csv"), "--test", Path.Combine(folder, "nope.csv"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("nope.csv: cannot be read", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Evaluate_NoTestAnswerOnAFittedSkill_Exits2()
    {
        var train = Write("train.csv", Answers(pupils: 10, firstPupil: 1, seed: 8));
        var test = Write("test.csv", "user_id,order_id,skill_name,correct\n5,1,other,1\n");

        var run = await CliRun.RunAsync("mastery", "evaluate", "--train", train, "--test", test);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("No answer in the test log", run.Error, StringComparison.Ordinal);
    }

    [KtDataFact]
    public async Task Evaluate_Assistments2009_MatchesPyBkt()
    {
        var kt = KtData.Require();

        var run = await CliRun.RunAsync("mastery", "evaluate",
            "--train", Path.Combine(kt, "assist09_train.csv"), "--test", Path.Combine(kt, "assist09_test.csv"), "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.True(root.GetProperty("auc").GetDouble() >= 0.755, run.Output);
        Assert.True(root.GetProperty("rmse").GetDouble() <= 0.417, run.Output);
        Assert.True(root.GetProperty("accuracy").GetDouble() >= 0.748, run.Output);
        Assert.Equal(123, root.GetProperty("skills").GetInt32());
        Assert.Equal(117_566, root.GetProperty("observations").GetInt32());
    }

    /// <summary>
    /// Pupils on two skills, eight answers each, interleaved as a real log is. Each pupil knows a
    /// skill from the start or learns it part-way, then answers mostly right; before that, mostly wrong.
    /// </summary>
    private static string Answers(int pupils, int firstPupil, int seed)
    {
        var random = new Random(seed);
        var csv = new StringBuilder("user_id,order_id,skill_name,correct\n");
        var order = 1;
        for (var p = firstPupil; p < firstPupil + pupils; p++)
        {
            var learnedAt = new[] { random.Next(0, 8), random.Next(0, 8) };
            for (var a = 0; a < 8; a++)
            {
                for (var s = 0; s < 2; s++)
                {
                    var right = a >= learnedAt[s] ? random.NextDouble() < 0.9 : random.NextDouble() < 0.2;
                    csv.Append(CultureInfo.InvariantCulture, $"{p},{order++},skill-{s},{(right ? 1 : 0)}\n");
                }
            }
        }

        return csv.ToString();
    }

    private static (double, double, double) Scores(string output)
    {
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        return (root.GetProperty("auc").GetDouble(), root.GetProperty("rmse").GetDouble(), root.GetProperty("accuracy").GetDouble());
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
