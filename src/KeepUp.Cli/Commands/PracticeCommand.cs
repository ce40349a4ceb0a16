using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using KeepUp.Application.Practice;

namespace KeepUp.Cli.Commands;

/// <summary>
/// <c>keepup practice generate|check</c>. Exit codes: 0 success, 1 the curriculum files have
/// problems, 2 a bad request (unknown step, seed out of range, a line that could not be checked).
/// </summary>
internal static class PracticeCommand
{
    public static Command Create(TextWriter output, TextWriter error, TextReader input) => new("practice", "Make variation sets of questions and check answers.")
    {
        Generate(output, error),
        Check(output, error, input),
    };

    private static Command Generate(TextWriter output, TextWriter error)
    {
        var step = new Option<string>("--step") { Description = "The step id, e.g. y3-as-add-subtract-tens.", Required = true };
        var seed = new Option<long>("--seed") { Description = "The seed (0 to 2,147,483,647); the same seed always gives the same questions.", DefaultValueFactory = _ => 1 };
        var json = new Option<bool>("--json") { Description = "Print a JSON array of questions, pictures as SVG text." };
        var command = new Command("generate", "Print the variation set for a step and seed.") { step, seed, json };
        command.SetAction(async parse =>
        {
            if (await ShippedCurriculum.LoadPracticeAsync(error) is not { } practice)
            {
                return 1;
            }

            var generated = practice.Generate(parse.GetValue(step)!, parse.GetValue(seed));
            if (generated.Value is not { } result)
            {
                await error.WriteLineAsync(generated.Error!.Message);
                return 2;
            }

            if (parse.GetValue(json))
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(result.Set.Questions.Select(q => QuestionDocument.From(q)), CliJson.Indented));
                return 0;
            }

            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{result.Step.Title} ({result.Step.Id}) · seed {result.Set.Seed} · generator v{result.Set.GeneratorVersion}"));
            foreach (var question in result.Set.Questions)
            {
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{question.Index,2}. {question.Prompt}{(question.Picture is null ? string.Empty : "  [picture]")}"));
                await output.WriteLineAsync($"    answer: {question.Answer.Canonical}   varies: {question.Variation.Dimension}");
                foreach (var choice in question.Choices.Where(c => !c.Correct))
                {
                    await output.WriteLineAsync($"    wrong: {choice.Text} — {choice.Misconception}");
                }
            }

            return 0;
        });
        return command;
    }

    private static Command Check(TextWriter output, TextWriter error, TextReader input)
    {
        var stdin = new Option<bool>("--stdin") { Description = "Read answers from standard input, one JSON object per line: {\"stepId\",\"seed\",\"index\",\"answer\"}." };
        var json = new Option<bool>("--json") { Description = "Write one JSON object per answer: {\"correct\",\"wellFormed\",\"feedback\"}." };
        var command = new Command("check", "Check pupils' answers.") { stdin, json };
        command.SetAction(async parse =>
        {
            if (!parse.GetValue(stdin))
            {
                await error.WriteLineAsync("practice check reads answers from standard input: add --stdin.");
                return 2;
            }

            if (await ShippedCurriculum.LoadPracticeAsync(error) is not { } practice)
            {
                return 1;
            }

            var failures = 0;
            var number = 0;
            while (await input.ReadLineAsync() is { } line)
            {
                number++;
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                var checkedLine = CheckLine(practice, line, number);
                failures += checkedLine.Error is null ? 0 : 1;
                await output.WriteLineAsync(parse.GetValue(json)
                    ? JsonSerializer.Serialize(checkedLine.Json, CliJson.Lines)
                    : checkedLine.Text);
            }

            return failures == 0 ? 0 : 2;
        });
        return command;
    }

    private static CheckedLine CheckLine(PracticeQueries practice, string line, int number)
    {
        AnswerSubmission? submission;
        try
        {
            submission = JsonSerializer.Deserialize<AnswerSubmission>(line, CliJson.Lines);
        }
        catch (JsonException ex)
        {
            return CheckedLine.Failed(number, "not-json", $"Line {number} is not a JSON object: {ex.Message}");
        }

        if (submission is null)
        {
            return CheckedLine.Failed(number, "not-json", $"Line {number} is not a JSON object.");
        }

        var result = practice.Check(submission);
        return result.Value is { } verdict
            ? new CheckedLine(verdict, null, $"{(verdict.Correct ? "right" : verdict.WellFormed ? "wrong" : "unreadable")}: {verdict.Feedback}{(verdict.Misconception is null ? string.Empty : $" (misconception: {verdict.Misconception})")}")
            : CheckedLine.Failed(number, result.Error!.Code, $"Line {number}: {result.Error.Message}");
    }

    private sealed record CheckedLine(AnswerCheckDocument? Verdict, LineError? Error, string Text)
    {
        public object Json => (object?)Verdict ?? Error!;

        public static CheckedLine Failed(int line, string code, string message) =>
            new(null, new LineError(line, code, message), $"error: {message}");
    }

    private sealed record LineError(int Line, string Error, string Message);
}
