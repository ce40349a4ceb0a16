using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using KeepUp.Application.Mastery;
using KeepUp.Domain.Mastery;
using KeepUp.Storage;
using KeepUp.Storage.Classroom;
using Microsoft.Extensions.DependencyInjection;

namespace KeepUp.Cli.Commands;

/// <summary>
/// <c>keepup mastery evaluate</c>: fits the mastery model on one answer log and scores its
/// predictions on another. Exit codes: 0 success, 2 a file that cannot be read or has problems.
/// </summary>
internal static class MasteryCommand
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static Command Create(TextWriter output, TextWriter error) => new("mastery", "The mastery model (Bayesian knowledge tracing).")
    {
        Evaluate(output, error),
        Fit(output, error),
    };

    private static Command Fit(TextWriter output, TextWriter error)
    {
        var json = new Option<bool>("--json") { Description = "Print {\"steps\",\"fitted\",\"keptDefault\",\"answers\",\"fitSeconds\"}." };
        var restarts = new Option<int>("--restarts") { Description = "EM starting points per step (the best wins).", DefaultValueFactory = _ => 5 };
        var command = new Command("fit", "Fit the mastery model for every small step from all the evidence in the database; the web server also does this nightly.") { json, restarts };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(restarts) < 1)
            {
                await error.WriteLineAsync("--restarts must be at least 1.");
                return 2;
            }

            await using var services = CliServices.Build(parse);
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
            var fitting = scope.ServiceProvider.GetRequiredService<StepModelFitting>();
            await error.WriteLineAsync("Reading the evidence…");
            var report = await fitting.FitAllAsync(new StepProgress(error), parse.GetValue(restarts), cancellationToken);
            if (parse.GetValue(json))
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(new FitDocument(report.Steps, report.Fitted, report.KeptDefault, report.Answers, report.Seconds), CliJson.Indented));
                return 0;
            }

            await output.WriteLineAsync(string.Create(English,
                $"Fitted {report.Fitted:N0} of {report.Steps:N0} steps from {report.Answers:N0} answers in {report.Seconds:0.00} s; {report.KeptDefault:N0} with too few answers (under {BktFitter.MinimumAnswers} answers or {BktFitter.MinimumPupils} pupils) use the defaults."));
            return 0;
        });
        return command;
    }

    private static Command Evaluate(TextWriter output, TextWriter error)
    {
        var train = new Option<string>("--train") { Description = "CSV of answers to fit on: user_id,order_id,skill_name,correct, each pupil's rows in order.", Required = true };
        var test = new Option<string>("--test") { Description = "CSV of answers to score, same columns; its pupils should not be in the training file.", Required = true };
        var json = new Option<bool>("--json") { Description = "Print {\"auc\",\"rmse\",\"accuracy\",\"fitSeconds\",\"skills\",\"observations\"}." };
        var restarts = new Option<int>("--restarts") { Description = "EM starting points per skill (the best wins).", DefaultValueFactory = _ => 5 };
        var seed = new Option<int>("--seed") { Description = "Seed for the random starting points.", DefaultValueFactory = _ => 42 };
        var command = new Command("evaluate", "Fit BKT parameters per skill on one file and score the predictions on another.") { train, test, json, restarts, seed };
        command.SetAction(async parse =>
        {
            if (parse.GetValue(restarts) < 1)
            {
                await error.WriteLineAsync("--restarts must be at least 1.");
                return 2;
            }

            var trainLog = await ReadAsync(parse.GetValue(train)!, error);
            var testLog = trainLog is null ? null : await ReadAsync(parse.GetValue(test)!, error);
            if (trainLog is null || testLog is null)
            {
                return 2;
            }

            var packed = SkillModels.PackBySkill(trainLog);
            var fitter = new BktFitter(parse.GetValue(restarts), parse.GetValue(seed));
            var clock = Stopwatch.StartNew();
            var fits = SkillModels.FitAll(packed, fitter, new TenthsProgress(error, packed.Count));
            var fitSeconds = clock.Elapsed.TotalSeconds;

            var parametersBySkill = new Dictionary<string, BktParameters>(StringComparer.Ordinal);
            for (var s = 0; s < fits.Count; s++)
            {
                parametersBySkill[trainLog.SkillNames[s]] = fits[s].Parameters;
            }

            EvaluationResult result;
            try
            {
                result = ModelEvaluation.Score(parametersBySkill, testLog);
            }
            catch (ArgumentException ex)
            {
                await error.WriteLineAsync($"{parse.GetValue(test)}: {ex.Message}");
                return 2;
            }

            var score = result.Score;
            if (parse.GetValue(json))
            {
                var document = new EvaluationDocument(double.IsNaN(score.Auc) ? null : score.Auc, score.Rmse, score.Accuracy, fitSeconds, fits.Count, score.Count);
                await output.WriteLineAsync(JsonSerializer.Serialize(document, CliJson.Indented));
                return 0;
            }

            var defaults = fits.Count(f => f.UsedDefault);
            await output.WriteLineAsync(string.Create(English,
                $"Fitted {fits.Count:N0} skills on {trainLog.Count:N0} answers from {trainLog.PupilNames.Count:N0} pupils in {fitSeconds:0.000} s ({fitter.Restarts} starts per skill, seed {fitter.Seed}); {defaults:N0} with too little data use the defaults."));
            await output.WriteLineAsync(string.Create(English,
                $"Scored {score.Count:N0} answers from {testLog.PupilNames.Count:N0} pupils, each predicted before it was seen ({result.Unscored:N0} on skills not in the training file left out)."));
            await output.WriteLineAsync(string.Create(English, $"  AUC       {score.Auc:0.0000}"));
            await output.WriteLineAsync(string.Create(English, $"  RMSE      {score.Rmse:0.0000}"));
            await output.WriteLineAsync(string.Create(English, $"  accuracy  {score.Accuracy:0.0000}"));
            return 0;
        });
        return command;
    }

    private static async Task<AnswerLog?> ReadAsync(string path, TextWriter error)
    {
        string text;
        try
        {
            text = await File.ReadAllTextAsync(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            await error.WriteLineAsync($"{path}: cannot be read: {ex.Message}");
            return null;
        }

        var parsed = AnswerLogReader.Parse(text, path);
        foreach (var problem in parsed.Problems)
        {
            await error.WriteLineAsync(problem.ToString());
        }

        return parsed.Value;
    }

    private sealed record FitDocument(int Steps, int Fitted, int KeptDefault, int Answers, double FitSeconds);

    /// <summary>A line on standard error every 50 steps, so a big database shows it is working.</summary>
    private sealed class StepProgress(TextWriter error) : IProgress<int>
    {
        private readonly Lock gate = new();

        public void Report(int value)
        {
            if (value % 50 == 0)
            {
                lock (gate)
                {
                    error.WriteLine(string.Create(English, $"fitted {value:N0} steps"));
                }
            }
        }
    }

    private sealed record EvaluationDocument(double? Auc, double Rmse, double Accuracy, double FitSeconds, int Skills, int Observations);

    /// <summary>A line on standard error each time another tenth of the skills is fitted; standard output stays clean for --json.</summary>
    private sealed class TenthsProgress(TextWriter error, int total) : IProgress<int>
    {
        private readonly Lock gate = new();
        private int tenthsShown;

        public void Report(int value)
        {
            var tenths = total == 0 ? 10 : value * 10 / total;
            lock (gate)
            {
                if (tenths > tenthsShown)
                {
                    tenthsShown = tenths;
                    error.WriteLine(string.Create(English, $"fitted {value:N0} of {total:N0} skills ({tenths * 10}%)"));
                }
            }
        }
    }
}
