using System.Globalization;
using KeepUp.Domain.Mastery;

namespace KeepUp.Domain.Tests.Mastery;

/// <summary>
/// pyBKT's published parameters and predictions on the ASSISTments test split: a forward pass with
/// <see cref="KnowledgeState"/> must reproduce its predicted chances to the last bit. Skills where
/// pyBKT's guess or slip is 0.5 or more are outside <see cref="BktParameters"/>' bounds and are left out.
/// </summary>
public sealed class PyBktReferenceTests
{
    [KtDataFact]
    public void After_PyBktParameters_ReproducesItsPredictionsExactly()
    {
        var folder = Path.Combine(KtData.Require(), "reference");
        var parameters = ReadParameters(Path.Combine(folder, "pybkt_params.csv"));
        var lines = File.ReadAllLines(Path.Combine(folder, "pybkt_test_predictions.csv"));
        var header = lines[0].Split(',');
        int user = Array.IndexOf(header, "user_id"), skill = Array.IndexOf(header, "skill_name");
        int correct = Array.IndexOf(header, "correct"), predicted = Array.IndexOf(header, "correct_predictions");

        var states = new Dictionary<(string, string), KnowledgeState>();
        var compared = 0;
        var skills = new HashSet<string>(StringComparer.Ordinal);
        double largestDifference = 0;
        foreach (var line in lines.Skip(1))
        {
            var fields = line.Split(',');
            if (!parameters.TryGetValue(fields[skill], out var p))
            {
                continue;
            }

            var key = (fields[user], fields[skill]);
            var state = states.TryGetValue(key, out var known) ? known : KnowledgeState.Start(p);
            var expected = double.Parse(fields[predicted], CultureInfo.InvariantCulture);
            largestDifference = Math.Max(largestDifference, Math.Abs(state.ChanceCorrect(p) - expected));
            compared++;
            skills.Add(fields[skill]);
            states[key] = state.After(fields[correct] == "1", p);
        }

        Assert.True(skills.Count >= 100, $"only {skills.Count} skills compared");
        Assert.True(compared >= 100_000, $"only {compared} predictions compared");
        Assert.Equal(0, largestDifference);
    }

    private static Dictionary<string, BktParameters> ReadParameters(string path)
    {
        var values = new Dictionary<string, Dictionary<string, double>>(StringComparer.Ordinal);
        foreach (var line in File.ReadAllLines(path).Skip(1))
        {
            var fields = line.Split(',');
            if (!values.TryGetValue(fields[0], out var skill))
            {
                values[fields[0]] = skill = new Dictionary<string, double>(StringComparer.Ordinal);
            }

            skill[fields[1]] = double.Parse(fields[3], CultureInfo.InvariantCulture);
        }

        return values
            .Where(v => v.Value["forgets"] == 0 && BktParameters.AreValid(v.Value["prior"], v.Value["learns"], v.Value["guesses"], v.Value["slips"]))
            .ToDictionary(v => v.Key, v => new BktParameters(v.Value["prior"], v.Value["learns"], v.Value["guesses"], v.Value["slips"]), StringComparer.Ordinal);
    }
}
