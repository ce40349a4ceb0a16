using System.CommandLine;
using System.Globalization;
using KeepUp.Domain.Programme;
using KeepUp.Storage;
using KeepUp.Storage.Programme;
using Microsoft.Extensions.DependencyInjection;

namespace KeepUp.Cli.Commands;

/// <summary>
/// <c>keepup programme import</c>: hubs, GIAS schools, specialists, Work Groups and their schools
/// from CSV, all-or-nothing. Exit codes: 0 imported, 1 refused (every problem on stderr), 2 a file
/// could not be read.
/// </summary>
internal static class ProgrammeImportCommand
{
    private const int ProblemsShown = 100;

    public static Command Create(TextWriter output, TextWriter error)
    {
        var hubs = new Option<string?>("--hubs") { Description = "Hubs CSV: HubId,Name,Region." };
        var referenceHubs = new Option<bool>("--reference-hubs") { Description = "Import the 40 Maths Hubs shipped with KeepUp (instead of --hubs)." };
        var schools = new Option<string?>("--schools") { Description = "Schools: a GIAS extract (URN, EstablishmentName, TypeOfEstablishment (name), …)." };
        var specialists = new Option<string?>("--specialists") { Description = "Specialists CSV: SpecialistId,Name,SchoolURN,HubId,Cohort." };
        var workGroups = new Option<string?>("--workgroups") { Description = "Work Groups CSV: WorkGroupId,HubId,AcademicYear,Type,LeadSpecialistId." };
        var members = new Option<string?>("--workgroup-schools") { Description = "Work Group schools CSV: WorkGroupId,SchoolURN." };
        var command = new Command("import", "Import the programme's records from CSV files; any bad row refuses the whole import and changes nothing.")
        {
            hubs, referenceHubs, schools, specialists, workGroups, members,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            ProgrammeFiles files;
            try
            {
                var hubsFile = parse.GetValue(referenceHubs) ? ReferenceHubs.Load() : Read(parse.GetValue(hubs));
                files = new ProgrammeFiles(hubsFile, Read(parse.GetValue(schools)), Read(parse.GetValue(specialists)), Read(parse.GetValue(workGroups)), Read(parse.GetValue(members)));
            }
            catch (IOException e)
            {
                await error.WriteLineAsync("A file could not be read: " + e.Message);
                return 2;
            }

            if (files is { Hubs: null, Schools: null, Specialists: null, WorkGroups: null, WorkGroupSchools: null })
            {
                await error.WriteLineAsync("Nothing to import: give at least one of --hubs, --reference-hubs, --schools, --specialists, --workgroups, --workgroup-schools.");
                return 2;
            }

            await using var services = CliServices.Build(parse);
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
            var started = System.Diagnostics.Stopwatch.StartNew();
            var progress = new SynchronousProgress(message => error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{started.Elapsed.TotalSeconds,5:0.0}s] {message}")));
            var outcome = await scope.ServiceProvider.GetRequiredService<ProgrammeImporter>().ImportAsync(files, actorId: null, progress, cancellationToken);
            if (outcome.Summary is not { } summary)
            {
                await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"Nothing was imported: the files have {outcome.Problems.Count} problem(s)."));
                foreach (var problem in outcome.Problems.Take(ProblemsShown))
                {
                    await error.WriteLineAsync(problem.ToString());
                }

                if (outcome.Problems.Count > ProblemsShown)
                {
                    await error.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"… and {outcome.Problems.Count - ProblemsShown} more."));
                }

                return 1;
            }

            await output.WriteLineAsync(summary.ChangedNothing ? "Imported: nothing changed (the records were already up to date)." : "Imported: " + summary);
            return 0;
        });
        return command;
    }

    private static ImportFile? Read(string? path) =>
        path is null ? null : new ImportFile(Path.GetFileName(path), File.ReadAllText(path));

    /// <summary>Reports at once on the calling thread, so progress lines come out in order.</summary>
    private sealed class SynchronousProgress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
