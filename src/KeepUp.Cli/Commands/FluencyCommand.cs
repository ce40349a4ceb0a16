using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using KeepUp.Domain.Fluency;
using KeepUp.Storage;
using KeepUp.Storage.Fluency;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KeepUp.Cli.Commands;

/// <summary>
/// <c>keepup fluency report --school CODE --class NAME [--json]</c>: each pupil of a class with the
/// facts they have secured, for the school's maths lead (the school's own admin, so pupils are
/// named). Exit codes: 0 printed, 2 no such school or class.
/// </summary>
internal static class FluencyCommand
{
    public static Command Create(TextWriter output, TextWriter error) => new("fluency", "Fact fluency from daily practice.")
    {
        Report(output, error),
    };

    private static Command Report(TextWriter output, TextWriter error)
    {
        var school = new Option<string>("--school") { Description = "The school's sign-in code, e.g. KPDM26.", Required = true };
        var className = new Option<string>("--class") { Description = "The class's name, e.g. Maple.", Required = true };
        var json = new Option<bool>("--json") { Description = "Print JSON: [{\"pupil\": …, \"yearGroup\": N, \"answers\": N, \"secureFacts\": N, \"expected\": N, \"expectedSecure\": N}, …]." };
        var command = new Command("report", "Secure facts per pupil of a class.") { school, className, json };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliServices.Build(parse);
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
            var db = scope.ServiceProvider.GetRequiredService<KeepUpDbContext>();
            var code = parse.GetValue(school)!.Trim().ToUpperInvariant();
            var name = parse.GetValue(className)!.Trim();
            var found = await db.Schools.AsNoTracking().FirstOrDefaultAsync(s => s.SignInCode == code, cancellationToken);
            if (found is null)
            {
                await error.WriteLineAsync($"No school has the sign-in code \"{code}\".");
                return 2;
            }

            var classes = await db.Classes.AsNoTracking().Where(c => c.SchoolId == found.Id).ToListAsync(cancellationToken);
            if (classes.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase)) is not { } chosen)
            {
                await error.WriteLineAsync($"{found.Name} has no class called \"{name}\"; its classes: {string.Join(", ", classes.Select(c => c.Name).Order(StringComparer.Ordinal))}.");
                return 2;
            }

            var pupils = await db.Pupils.AsNoTracking().Where(p => p.ClassId == chosen.Id && p.ArchivedOn == null)
                .OrderBy(p => p.Surname).ThenBy(p => p.Forename).ToListAsync(cancellationToken);
            var histories = await scope.ServiceProvider.GetRequiredService<FluencyReports>().HistoriesAsync(found.Id, [.. pupils.Select(p => p.Id)], cancellationToken);
            var rows = pupils.Select(p =>
            {
                var history = histories.GetValueOrDefault(p.Id) ?? [];
                var standings = FactStandings.From(history, FluencySettings.Default);
                var expected = p.YearGroup is >= 1 and <= 6 ? FactProgress.AgainstExpectations(p.YearGroup, standings) : null;
                return new { pupil = p.FullName, yearGroup = p.YearGroup, answers = history.Count, secureFacts = standings.Values.Count(s => s.IsSecure), expected = expected?.Expected, expectedSecure = expected?.Secure };
            }).ToList();

            if (parse.GetValue(json))
            {
                await output.WriteLineAsync(JsonSerializer.Serialize(rows, CliJson.Indented));
                return 0;
            }

            var gb = CultureInfo.GetCultureInfo("en-GB");
            await output.WriteLineAsync($"{found.Name}, {chosen.Name}: secure facts per pupil");
            foreach (var row in rows)
            {
                var against = row.expected is { } e ? string.Create(gb, $" ({row.expectedSecure:N0} of the {e:N0} expected by the end of Year {row.yearGroup})") : string.Empty;
                await output.WriteLineAsync(string.Create(gb, $"{row.pupil}: {row.secureFacts:N0} secure from {row.answers:N0} answers{against}"));
            }

            return 0;
        });
        return command;
    }
}
