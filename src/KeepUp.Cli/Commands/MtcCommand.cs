using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using KeepUp.Domain.Fluency;

namespace KeepUp.Cli.Commands;

/// <summary>
/// <c>keepup mtc form|forms</c>: forms of the Year 4 multiplication tables check, each rebuilt
/// exactly from its seed. Exit codes: 0 success, 2 a bad seed or range.
/// </summary>
internal static partial class MtcCommand
{
    /// <summary>The most forms one <c>mtc forms</c> prints, so a typo cannot run for hours.</summary>
    internal const int MaxForms = 100_000;

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static Command Create(TextWriter output, TextWriter error) => new("mtc", "The multiplication tables check: forms made from seeds.")
    {
        Form(output, error),
        Forms(output, error),
    };

    private static Command Form(TextWriter output, TextWriter error)
    {
        // Read as text so a bad value gets our message and exit code 2, not the parser's.
        var seed = new Option<string?>("--seed") { Description = "The form's seed, 0 to 2,147,483,647; the same seed always gives the same form." };
        var json = new Option<bool>("--json") { Description = "Print {\"seed\",\"practice\":[{\"a\",\"b\"}×3],\"questions\":[{\"a\",\"b\"}×25]} on one line." };
        var command = new Command("form", "Print the check form for a seed: 3 practice questions, then the 25 scored ones.") { seed, json };
        command.SetAction(async parse =>
        {
            if (parse.GetValue(seed) is not { } text)
            {
                await error.WriteLineAsync("mtc form needs a seed: add --seed N (0 to 2,147,483,647).");
                return 2;
            }

            if (!TryParseSeed(text, out var value))
            {
                await error.WriteLineAsync(BadSeed("--seed", text));
                return 2;
            }

            var form = MtcForms.Generate(value);
            await output.WriteLineAsync(parse.GetValue(json) ? Json(form) : Text(form));
            return 0;
        });
        return command;
    }

    private static Command Forms(TextWriter output, TextWriter error)
    {
        var seeds = new Option<string?>("--seeds") { Description = "The seeds A..B, both included, e.g. 1..100." };
        var json = new Option<bool>("--json") { Description = "Print one form per line as JSON (JSON lines), as mtc form --json does." };
        var command = new Command("forms", "Print the check forms for a range of seeds, one per line.") { seeds, json };
        command.SetAction(async parse =>
        {
            if (parse.GetValue(seeds) is not { } text)
            {
                await error.WriteLineAsync("mtc forms needs a range of seeds: add --seeds A..B, e.g. --seeds 1..100.");
                return 2;
            }

            if (ParseRange(text) is not { } range)
            {
                await error.WriteLineAsync(string.Create(English,
                    $"--seeds must be a range A..B of whole numbers from 0 to 2,147,483,647 with A no more than B and at most {MaxForms:N0} seeds, not \"{text}\"."));
                return 2;
            }

            var asJson = parse.GetValue(json);
            for (var s = range.From; s <= range.To; s++)
            {
                var form = MtcForms.Generate((int)s);
                await output.WriteLineAsync(asJson ? Json(form) : OneLine(form));
            }

            return 0;
        });
        return command;
    }

    private static bool TryParseSeed(string text, out int seed) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out seed);

    private static (long From, long To)? ParseRange(string text)
    {
        var match = RangePattern().Match(text);
        if (!match.Success || !TryParseSeed(match.Groups[1].Value, out var from) || !TryParseSeed(match.Groups[2].Value, out var to))
        {
            return null;
        }

        return from <= to && (long)to - from < MaxForms ? (from, to) : null;
    }

    private static string BadSeed(string option, string text) =>
        $"{option} must be a whole number from 0 to 2,147,483,647, not \"{text}\".";

    private static string Json(MtcForm form) => JsonSerializer.Serialize(FormDocument.From(form), CliJson.Lines);

    private static string Text(MtcForm form)
    {
        var lines = new List<string>
        {
            string.Create(English, $"Multiplication tables check, form {form.Seed}: {form.Questions.Count} questions, 6 seconds each."),
            $"Practice (not scored): {string.Join(", ", MtcForm.PracticeQuestions.Select(Say))}",
        };
        lines.AddRange(form.Questions.Select((q, i) => string.Create(English, $"{i + 1,2}. {Say(q)}")));
        return string.Join(Environment.NewLine, lines);
    }

    private static string OneLine(MtcForm form) =>
        string.Create(English, $"{form.Seed}: {string.Join(", ", form.Questions.Select(Say))}");

    private static string Say(MtcItem item) => string.Create(English, $"{item.A} × {item.B}");

    [GeneratedRegex(@"^(\d+)\.\.(\d+)$", RegexOptions.CultureInvariant)]
    private static partial Regex RangePattern();

    private sealed record ItemDocument(int A, int B);

    private sealed record FormDocument(int Seed, IReadOnlyList<ItemDocument> Practice, IReadOnlyList<ItemDocument> Questions)
    {
        public static FormDocument From(MtcForm form) => new(
            form.Seed,
            MtcForm.PracticeQuestions.Select(q => new ItemDocument(q.A, q.B)).ToList(),
            form.Questions.Select(q => new ItemDocument(q.A, q.B)).ToList());
    }
}
