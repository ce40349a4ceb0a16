using KeepUp.Storage.Accounts;
using KeepUp.Storage.Audit;
using KeepUp.Storage.Classroom;
using KeepUp.Storage.Mtc;
using KeepUp.Storage.Fluency;
using KeepUp.Storage.Programme;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace KeepUp.Storage;

/// <summary>
/// KeepUp's one database model. Each provider has a subclass only so that it can carry its own
/// migrations (<see cref="SqliteKeepUpDbContext"/>, <see cref="PostgresKeepUpDbContext"/>).
/// </summary>
public abstract class KeepUpDbContext(DbContextOptions options) : IdentityDbContext<StaffAccount>(options)
{
    public DbSet<MathsHub> MathsHubs => Set<MathsHub>();

    public DbSet<School> Schools => Set<School>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<SchoolClass> Classes => Set<SchoolClass>();

    public DbSet<ClassStaffMember> ClassStaff => Set<ClassStaffMember>();

    public DbSet<Pupil> Pupils => Set<Pupil>();

    public DbSet<SignInWindow> SignInWindows => Set<SignInWindow>();

    public DbSet<SignInAttempt> SignInAttempts => Set<SignInAttempt>();

    public DbSet<Lesson> Lessons => Set<Lesson>();

    public DbSet<LessonCheck> LessonChecks => Set<LessonCheck>();

    public DbSet<Evidence> Evidence => Set<Evidence>();

    public DbSet<MasteryJudgement> MasteryJudgements => Set<MasteryJudgement>();

    public DbSet<Intervention> Interventions => Set<Intervention>();

    public DbSet<InterventionPupil> InterventionPupils => Set<InterventionPupil>();

    public DbSet<StepModel> StepModels => Set<StepModel>();

    public DbSet<AnonymisedTally> AnonymisedTallies => Set<AnonymisedTally>();
    public DbSet<MasterySpecialist> MasterySpecialists => Set<MasterySpecialist>();

    public DbSet<WorkGroup> WorkGroups => Set<WorkGroup>();

    public DbSet<WorkGroupMember> WorkGroupMembers => Set<WorkGroupMember>();

    public DbSet<WorkGroupMeeting> WorkGroupMeetings => Set<WorkGroupMeeting>();

    public DbSet<SupportVisit> SupportVisits => Set<SupportVisit>();

    public DbSet<ReadinessAudit> ReadinessAudits => Set<ReadinessAudit>();

    public DbSet<EvidenceItem> EvidenceItems => Set<EvidenceItem>();

    public DbSet<ImpactNote> ImpactNotes => Set<ImpactNote>();

    public DbSet<Survey> Surveys => Set<Survey>();

    public DbSet<SurveyResponse> SurveyResponses => Set<SurveyResponse>();

    public DbSet<SurveyAnswer> SurveyAnswers => Set<SurveyAnswer>();

    public DbSet<FundingClaim> FundingClaims => Set<FundingClaim>();

    public DbSet<MtcWindow> MtcWindows => Set<MtcWindow>();

    public DbSet<MtcAttempt> MtcAttempts => Set<MtcAttempt>();

    public DbSet<MtcResponse> MtcResponses => Set<MtcResponse>();

    public DbSet<MtcArrangements> MtcArrangements => Set<MtcArrangements>();
    public DbSet<FactAnswer> FactAnswers => Set<FactAnswer>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(KeepUpDbContext).Assembly);
    }
}

/// <summary>The model on SQLite, the embedded default.</summary>
public sealed class SqliteKeepUpDbContext(DbContextOptions<SqliteKeepUpDbContext> options) : KeepUpDbContext(options);

/// <summary>The model on PostgreSQL, for hubs and larger deployments.</summary>
public sealed class PostgresKeepUpDbContext(DbContextOptions<PostgresKeepUpDbContext> options) : KeepUpDbContext(options);
