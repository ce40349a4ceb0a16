using System.CommandLine;
using System.Globalization;
using KeepUp.Domain.Imports;
using KeepUp.Application.Common;
using KeepUp.Application.Curriculum;
using KeepUp.Storage;
using KeepUp.Storage.Classroom;
using KeepUp.Storage.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KeepUp.Cli.Commands;

/// <summary>
/// <c>keepup bench seed-mtc</c>: bench tooling for the load runs in bench/load, never for a real
/// school's database. Exit codes: 0 seeded, 2 a bad plan or a database already seeded.
/// </summary>
internal static class BenchCommand
{
    public static Command Create(TextWriter output, TextWriter error) => new("bench", "Bench tooling for the load runs in bench/load (fictional data; not for a real school's database).")
    {
        SeedMtc(output, error),
    };

    private static Command SeedMtc(TextWriter output, TextWriter error)
    {
        var pupils = new Option<int>("--pupils") { Description = "How many fictional Year 4 pupils, 1 to 100,000.", DefaultValueFactory = _ => 10_000 };
        var perSchool = new Option<int>("--per-school") { Description = "Pupils per school (each needs a PIN unique in the school).", DefaultValueFactory = _ => 400 };
        var perClass = new Option<int>("--per-class") { Description = "Pupils per class.", DefaultValueFactory = _ => 30 };
        var outFile = new Option<string?>("--out") { Description = "CSV of SchoolCode,Pin,PupilId,ClassId(,CheckId), one pupil a row, for the load driver. Default: standard output." };
        var checkStep = new Option<string?>("--check-step") { Description = "Also teach every class this step today and open its end-of-lesson check (6 questions), for bench/load/answers.sh." };
        var command = new Command("seed-mtc", "Seed schools of Year 4 pupils, each class with sign-in and a times tables check window open all of today, for bench/load/mtc.sh.")
        {
            pupils, perSchool, perClass, outFile, checkStep,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliServices.Build(parse);
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
            if (parse.GetValue(checkStep) is { } wanted && scope.ServiceProvider.GetRequiredService<CurriculumQueries>().FindStep(wanted).Error is { } noStep)
            {
                // Before seeding, so a mistyped step leaves the database as it was.
                await error.WriteLineAsync(noStep.Message);
                return 2;
            }

            var seed = ActivatorUtilities.CreateInstance<MtcLoadSeed>(scope.ServiceProvider);
            var seeded = await seed.SeedAsync(new MtcLoadPlan(parse.GetValue(pupils), parse.GetValue(perSchool), parse.GetValue(perClass)), cancellationToken);
            if (seeded.Value is not { } list)
            {
                await error.WriteLineAsync(seeded.Error!.Message);
                return 2;
            }

            var checks = new Dictionary<int, Guid>();
            if (parse.GetValue(checkStep) is { } step)
            {
                var opened = await OpenChecksAsync(scope.ServiceProvider, list, step, cancellationToken);
                if (opened.Value is not { } byClass)
                {
                    await error.WriteLineAsync(opened.Error!.Message);
                    return 2;
                }

                checks = byClass;
            }

            string[] header = checks.Count > 0 ? ["SchoolCode", "Pin", "PupilId", "ClassId", "CheckId"] : ["SchoolCode", "Pin", "PupilId", "ClassId"];
            var lines = new List<string>(list.Count + 1) { CsvCell.Line(header) };
            lines.AddRange(list.Select(p => CsvCell.Line([p.SchoolCode, p.Pin, p.PupilId.ToString(), p.ClassId.ToString(CultureInfo.InvariantCulture),
                .. checks.TryGetValue(p.ClassId, out var check) ? [check.ToString()] : Array.Empty<string>()])));
            if (parse.GetValue(outFile) is { } path)
            {
                await File.WriteAllLinesAsync(path, lines, cancellationToken);
                var schools = list.Select(p => p.SchoolCode).Distinct().Count();
                var classes = list.Select(p => p.ClassId).Distinct().Count();
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Seeded {list.Count} pupils in {schools} schools and {classes} classes, sign-in and check open today; pupils written to {path}."));
            }
            else
            {
                foreach (var line in lines)
                {
                    await output.WriteLineAsync(line);
                }
            }

            return 0;
        });
        return command;
    }

    /// <summary>Each seeded class is taught the step today and its check opened, through the same planner a teacher's page uses.</summary>
    private static async Task<Result<Dictionary<int, Guid>>> OpenChecksAsync(IServiceProvider services, IReadOnlyList<MtcLoadPupil> seeded, string step, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<KeepUpDbContext>();
        var planner = services.GetRequiredService<LessonPlanner>();
        var checks = new Dictionary<int, Guid>();
        foreach (var classId in seeded.Select(p => p.ClassId).Distinct())
        {
            var schoolClass = await db.Classes.AsNoTracking().FirstAsync(c => c.Id == classId, cancellationToken);
            var scope = new StaffScope(MtcLoadSeed.OpenedBy, schoolClass.SchoolId, SeesWholeSchool: true, IsTeachingAssistant: false);
            var opened = await planner.StartCheckAsync(scope, schoolClass, step, questions: 6, seed: classId, cancellationToken);
            if (opened.Value is not { } check)
            {
                return opened.Error!;
            }

            checks[classId] = check.Id;
        }

        return checks;
    }
}
