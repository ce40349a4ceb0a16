using KeepUp.Storage.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KeepUp.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>Registers the database for the configured provider and the staff account stores.</summary>
    public static IServiceCollection AddKeepUpStorage(this IServiceCollection services, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        services.AddSingleton(options);
        if (options.UsesPostgres)
        {
            services.AddDbContextPool<PostgresKeepUpDbContext>(db => ConfigurePostgres(db, options.PostgresConnectionString!));
            services.AddScoped<KeepUpDbContext>(sp => sp.GetRequiredService<PostgresKeepUpDbContext>());
        }
        else
        {
            Directory.CreateDirectory(options.DataFolder);
            // Pooled: a pupil's answer is a few small queries, and building a fresh context each
            // time cost as much as the queries themselves.
            services.AddDbContextPool<SqliteKeepUpDbContext>(db => ConfigureSqlite(db, options.SqlitePath));
            services.AddScoped<KeepUpDbContext>(sp => sp.GetRequiredService<SqliteKeepUpDbContext>());
        }

        services.AddScoped<DatabaseMigrator>();
        services.AddScoped<Audit.AuditLog>();
        services.AddScoped<Demo.DemoData>();
        services.AddScoped<Programme.StaffDirectory>();
        services.AddScoped<Classroom.ClassAccess>();
        services.AddScoped<Classroom.ClassSetup>();
        services.AddScoped<Classroom.LessonPlanner>();
        services.AddScoped<Classroom.EvidenceRecorder>();
        services.AddSingleton(sp => new Classroom.EvidenceWriter(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddScoped<Classroom.PupilSignIn>();
        services.AddScoped<Classroom.PupilWork>();
        services.AddSingleton<Classroom.RecentAnswerLookups>();
        services.AddScoped<Classroom.ClassMastery>();
        services.AddScoped<Classroom.KeepUpPlanner>();
        services.AddScoped<Classroom.SchoolMastery>();
        services.AddScoped<Classroom.PupilRegister>();
        services.AddScoped<Classroom.StepModelFitting>();
        services.AddScoped<Classroom.PupilRecords>();
        services.AddScoped<Classroom.PupilErasure>();
        services.AddScoped<Classroom.PupilJudgements>();
        services.AddScoped<Classroom.PupilProfiles>();
        services.AddScoped<Mtc.MtcCheckToken>();
        services.AddScoped<Mtc.MtcChecks>();
        services.AddScoped<Mtc.MtcClassResults>();
        services.AddScoped<Mtc.MtcArrangementsSetter>();
        services.AddScoped<Fluency.FluencyPractice>();
        services.AddScoped<Fluency.FluencyReports>();
        services.AddScoped<Programme.ProgrammeImporter>();
        services.AddScoped<Programme.ReachQueries>();
        services.AddScoped<Programme.SpecialistWorkGroups>();
        services.AddScoped<Programme.SchoolJourneys>();
        services.AddScoped<Programme.ReadinessAudits>();
        services.AddScoped<Programme.ImpactEvidence>();
        services.AddScoped<Programme.ParticipantSurveys>();
        services.AddScoped<Programme.FundingClaims>();
        services.AddScoped<Programme.HubProgramme>();
        services.AddScoped<KeepUp.Application.Programme.IReachRecordsSource>(sp => sp.GetRequiredService<Programme.ReachQueries>());
        services.AddSingleton(TimeProvider.System);
        return services;
    }

    /// <summary>The SQLite settings every SQLite context uses, in the app and in tests.</summary>
    public static DbContextOptionsBuilder ConfigureSqlite(DbContextOptionsBuilder db, string path) =>
        db.UseSqlite($"Data Source={path}", sqlite => sqlite.MigrationsAssembly(typeof(KeepUpDbContext).Assembly.FullName));

    /// <summary>The PostgreSQL settings every PostgreSQL context uses, in the app and in tests.</summary>
    public static DbContextOptionsBuilder ConfigurePostgres(DbContextOptionsBuilder db, string connectionString) =>
        db.UseNpgsql(connectionString, pg => pg.MigrationsAssembly(typeof(KeepUpDbContext).Assembly.FullName));

    /// <summary>Adds staff accounts with the sign-in rules of the issue: 5 tries, then a lockout.</summary>
    public static IdentityBuilder AddKeepUpAccounts(this IServiceCollection services) =>
        services.AddIdentityCore<StaffAccount>(identity =>
            {
                identity.User.RequireUniqueEmail = true;
                identity.Lockout.MaxFailedAccessAttempts = 5;
                identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                identity.Lockout.AllowedForNewUsers = true;
                identity.Password.RequiredLength = 10;
                identity.Password.RequireNonAlphanumeric = false;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<KeepUpDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
}
