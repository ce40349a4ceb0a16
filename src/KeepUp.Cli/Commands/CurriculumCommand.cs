using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using KeepUp.Application.Curriculum;
using KeepUp.Domain.Curriculum;
using KeepUp.Storage.Curriculum;
using KeepUp.Web.Hosting;

namespace KeepUp.Cli.Commands;

/// <summary>
/// <c>keepup curriculum validate|list|show</c>. Exit codes: 0 success, 1 the curriculum files have
/// problems, 2 the step asked for does not exist.
/// </summary>
internal static class CurriculumCommand
{
    private static readonly JsonSerializerOptions Json = CliJson.Indented;

    public static Command Create(TextWriter output, TextWriter error) => new("curriculum", "Check and read the curriculum of small steps.")
    {
        Validate(output, error),
        List(output, error),
        Show(output, error),
    };

    private static Command Validate(TextWriter output, TextWriter error)
    {
        var folder = new Argument<string?>("DIR") { Description = "The curriculum folder (default: the one shipped with KeepUp).", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("validate", "Check the curriculum files; print each problem on its own line.") { folder };
        command.SetAction(async parse =>
        {
            var path = parse.GetValue(folder) ?? CurriculumFolder.Default;
            var validation = CurriculumFolder.Load(path);
            if (validation.Curriculum is not { } map)
            {
                await error.WriteLineAsync(KeepUpWebHost.Report(validation.Problems));
                return 1;
            }

            var numberSteps = map.Steps.Count(s => s.Strand.IsNumber());
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"The curriculum in {Path.GetFullPath(path)} is valid: {map.Steps.Count} small steps ({numberSteps} in the number strands) in {map.Blocks.Count} blocks, serving all {map.Criteria.Count} ready-to-progress criteria and all {map.Statements.Count} National Curriculum statements."));
            return 0;
        });
        return command;
    }

    private static Command List(TextWriter output, TextWriter error)
    {
        var year = new Option<int?>("--year") { Description = "Only this year group (1–6)." };
        var json = new Option<bool>("--json") { Description = "Print a JSON array of steps." };
        var command = new Command("list", "List the small steps in teaching order.") { year, json };
        command.SetAction(async parse =>
        {
            if (await ShippedCurriculum.LoadAsync(error) is not { } map)
            {
                return 1;
            }

            var queries = new CurriculumQueries(new CurriculumCatalogue(map));
            if (parse.GetValue(year) is { } y && queries.DescribeYear(y).Error is { } wrongYear)
            {
                await error.WriteLineAsync(wrongYear.Message);
                return 2;
            }

            var steps = queries.ListSteps(parse.GetValue(year));
            if (parse.GetValue(json))
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(steps.Select(StepDocument.From), Json));
                return 0;
            }

            foreach (var block in steps.GroupBy(s => (s.Year, s.Sequence.BlockOrder)))
            {
                var first = block.First();
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"Year {first.Year} · {first.Sequence.Term} · Block {first.Sequence.BlockOrder}: {first.Sequence.BlockTitle}"));
                foreach (var step in block)
                {
                    var codes = step.ReadyToProgress.Count > 0 ? "  [" + string.Join(", ", step.ReadyToProgress) + "]" : string.Empty;
                    await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                        $"  {step.Sequence.Position,2}. {step.Id.Value,-52} {step.Title}{codes}"));
                }
            }

            return 0;
        });
        return command;
    }

    private static Command Show(TextWriter output, TextWriter error)
    {
        var id = new Argument<string>("ID") { Description = "The step id, e.g. y3-npv-ten-tens-make-a-hundred." };
        var json = new Option<bool>("--json") { Description = "Print the step as JSON." };
        var command = new Command("show", "Show one small step.") { id, json };
        command.SetAction(async parse =>
        {
            if (await ShippedCurriculum.LoadAsync(error) is not { } map)
            {
                return 1;
            }

            var found = new CurriculumQueries(new CurriculumCatalogue(map)).FindStep(parse.GetValue(id) ?? string.Empty);
            if (found.Value is not { } step)
            {
                await error.WriteLineAsync(found.Error!.Message);
                return 2;
            }

            await output.WriteLineAsync(parse.GetValue(json)
                ? JsonSerializer.Serialize(StepDocument.From(step), Json)
                : Describe(map, step));
            return 0;
        });
        return command;
    }

    private static string Describe(CurriculumMap map, SmallStep step)
    {
        static string Lines(IEnumerable<string> items) => string.Join(Environment.NewLine, items.Select(i => "  - " + i));
        var sections = new[]
        {
            $"{step.Title}  ({step.Id})",
            string.Create(CultureInfo.InvariantCulture, $"Year {step.Year} · {step.Strand.Name()} · {step.Sequence.Term} · Block {step.Sequence.BlockOrder}: {step.Sequence.BlockTitle} · step {step.Sequence.Position}"),
            "Key learning points:" + Environment.NewLine + Lines(step.KeyLearningPoints),
            "Stem sentences:" + Environment.NewLine + Lines(step.StemSentences),
            "Representations: " + string.Join(", ", step.Representations.Select(r => r.Name)),
            "Misconceptions:" + Environment.NewLine + Lines(step.Misconceptions),
            "Ready to progress: " + (step.ReadyToProgress.Count == 0 ? "—" : string.Join(", ", step.ReadyToProgress)),
            "National Curriculum: " + (step.NationalCurriculum.Count == 0 ? "—" : string.Join(", ", step.NationalCurriculum)),
            "Builds on:" + Environment.NewLine + Lines(map.PrerequisitesOf(step).Select(p => $"{p.Title} ({p.Id})")),
            "Leads to:" + Environment.NewLine + Lines(map.LeadsTo(step).Select(p => $"{p.Title} ({p.Id})")),
        };
        return string.Join(Environment.NewLine, sections);
    }
}
