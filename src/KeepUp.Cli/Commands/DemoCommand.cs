using System.CommandLine;
using KeepUp.Storage;
using KeepUp.Storage.Accounts;
using KeepUp.Storage.Demo;
using Microsoft.Extensions.DependencyInjection;

namespace KeepUp.Cli.Commands;

/// <summary><c>keepup demo</c>: migrates and seeds the demo hub, schools, class and one login per role.</summary>
internal static class DemoCommand
{
    public static Command Create(TextWriter output)
    {
        var command = new Command("demo", "Create a demo Maths Hub with its programme, two schools, a Year 4 class with two weeks of lessons and fact practice and one account per role, and print the logins.");
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var services = CliServices.Build(parse);
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
            var demo = scope.ServiceProvider.GetRequiredService<DemoData>();
            var added = await demo.SeedAsync(cancellationToken);
            await output.WriteLineAsync(added
                ? "Demo data created: Riverside Maths Hub (demo) with its programme, two schools, and a Year 4 class (Maple) with two weeks of lessons and fact practice."
                : "The database already has a hub; nothing was added.");
            if (!await demo.IsPresentAsync(cancellationToken))
            {
                return 0;
            }

            await output.WriteLineAsync($"Demo logins (password for all: {DemoData.Password}):");
            foreach (var login in DemoData.Logins)
            {
                await output.WriteLineAsync($"  {Roles.Title(login.Role),-26} {login.Email}");
            }

            await output.WriteLineAsync($"Pupils sign in at /pupil with school code {DemoData.PupilSchoolCode} and a PIN from the class's PIN page.");
            return 0;
        });
        return command;
    }
}
