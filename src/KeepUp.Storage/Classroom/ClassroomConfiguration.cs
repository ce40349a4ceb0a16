using KeepUp.Storage.Accounts;
using KeepUp.Storage.Programme;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KeepUp.Storage.Classroom;

internal sealed class SchoolClassConfiguration : IEntityTypeConfiguration<SchoolClass>
{
    public void Configure(EntityTypeBuilder<SchoolClass> schoolClass)
    {
        schoolClass.Property(c => c.Name).HasMaxLength(50);
        schoolClass.Property(c => c.ChosenStepId).HasMaxLength(100);
        schoolClass.HasIndex(c => new { c.SchoolId, c.Name }).IsUnique();
        schoolClass.HasOne<School>().WithMany().HasForeignKey(c => c.SchoolId).OnDelete(DeleteBehavior.Restrict);
        schoolClass.Ignore(c => c.YearGroups);
        schoolClass.HasMany(c => c.Staff).WithOne().HasForeignKey(s => s.ClassId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ClassStaffMemberConfiguration : IEntityTypeConfiguration<ClassStaffMember>
{
    public void Configure(EntityTypeBuilder<ClassStaffMember> member)
    {
        member.HasKey(m => new { m.ClassId, m.StaffAccountId });
        member.HasOne<StaffAccount>().WithMany().HasForeignKey(m => m.StaffAccountId).OnDelete(DeleteBehavior.Cascade);
        member.HasIndex(m => m.StaffAccountId);
    }
}

internal sealed class PupilConfiguration : IEntityTypeConfiguration<Pupil>
{
    public void Configure(EntityTypeBuilder<Pupil> pupil)
    {
        pupil.Property(p => p.Id).ValueGeneratedNever();
        pupil.Property(p => p.Upn).HasMaxLength(13);
        pupil.Property(p => p.Forename).HasMaxLength(100);
        pupil.Property(p => p.Surname).HasMaxLength(100);
        pupil.Property(p => p.SenStatus).HasMaxLength(20);
        pupil.Property(p => p.Pin).HasMaxLength(4);
        pupil.Ignore(p => p.FullName);
        pupil.HasIndex(p => new { p.SchoolId, p.Upn }).IsUnique();
        pupil.HasIndex(p => new { p.SchoolId, p.Pin }).IsUnique().HasFilter("\"Pin\" IS NOT NULL");
        pupil.HasIndex(p => p.ClassId);
        pupil.HasOne<School>().WithMany().HasForeignKey(p => p.SchoolId).OnDelete(DeleteBehavior.Restrict);
        pupil.HasOne<SchoolClass>().WithMany().HasForeignKey(p => p.ClassId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class SignInWindowConfiguration : IEntityTypeConfiguration<SignInWindow>
{
    public void Configure(EntityTypeBuilder<SignInWindow> window)
    {
        window.Property(w => w.CreatedBy).HasMaxLength(450);
        window.HasIndex(w => new { w.ClassId, w.Date });
        window.HasOne<SchoolClass>().WithMany().HasForeignKey(w => w.ClassId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SignInAttemptConfiguration : IEntityTypeConfiguration<SignInAttempt>
{
    public void Configure(EntityTypeBuilder<SignInAttempt> attempt)
    {
        attempt.Property(a => a.SchoolCode).HasMaxLength(20);
        attempt.Property(a => a.Address).HasMaxLength(64);
        // Sign-in counts only failures; with Succeeded in the index it never reads the day's successes,
        // which a school behind one address (or a load run on loopback) piles up by the thousand.
        attempt.HasIndex(a => new { a.SchoolCode, a.Succeeded, a.AtUnixMilliseconds });
        attempt.HasIndex(a => new { a.Address, a.Succeeded, a.AtUnixMilliseconds });
    }
}

internal sealed class LessonConfiguration : IEntityTypeConfiguration<Lesson>
{
    public void Configure(EntityTypeBuilder<Lesson> lesson)
    {
        lesson.Property(l => l.Id).ValueGeneratedNever();
        lesson.Property(l => l.StepId).HasMaxLength(100);
        lesson.Property(l => l.TaughtBy).HasMaxLength(450);
        lesson.HasIndex(l => new { l.ClassId, l.Date });
        lesson.HasOne<SchoolClass>().WithMany().HasForeignKey(l => l.ClassId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class LessonCheckConfiguration : IEntityTypeConfiguration<LessonCheck>
{
    public void Configure(EntityTypeBuilder<LessonCheck> check)
    {
        check.Property(c => c.Id).ValueGeneratedNever();
        check.Property(c => c.StepId).HasMaxLength(100);
        check.Property(c => c.QuestionIndexes).HasMaxLength(50);
        check.HasIndex(c => new { c.ClassId, c.Date });
        check.HasOne<Lesson>().WithMany().HasForeignKey(c => c.LessonId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class EvidenceConfiguration : IEntityTypeConfiguration<Evidence>
{
    public void Configure(EntityTypeBuilder<Evidence> evidence)
    {
        evidence.ToTable("Evidence");
        evidence.Property(e => e.Id).ValueGeneratedNever();
        evidence.Property(e => e.StepId).HasMaxLength(100);
        evidence.Property(e => e.Answer).HasMaxLength(100);
        evidence.Property(e => e.Misconception).HasMaxLength(200);
        evidence.Property(e => e.RecordedBy).HasMaxLength(450);
        evidence.Property(e => e.Source).HasConversion<string>().HasMaxLength(20);
        evidence.HasIndex(e => new { e.SchoolId, e.PupilId, e.StepId });
        evidence.HasIndex(e => new { e.SchoolId, e.AnsweredOn });
        evidence.HasIndex(e => e.CheckId);
        evidence.HasIndex(e => e.StepId);
        evidence.HasOne<Pupil>().WithMany().HasForeignKey(e => e.PupilId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MasteryJudgementConfiguration : IEntityTypeConfiguration<MasteryJudgement>
{
    public void Configure(EntityTypeBuilder<MasteryJudgement> judgement)
    {
        judgement.Property(j => j.StepId).HasMaxLength(100);
        judgement.Property(j => j.Status).HasMaxLength(30);
        judgement.Property(j => j.JudgedBy).HasMaxLength(450);
        judgement.Property(j => j.Why).HasMaxLength(500);
        judgement.HasIndex(j => new { j.PupilId, j.StepId });
        judgement.HasOne<Pupil>().WithMany().HasForeignKey(j => j.PupilId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class InterventionConfiguration : IEntityTypeConfiguration<Intervention>
{
    public void Configure(EntityTypeBuilder<Intervention> intervention)
    {
        intervention.Property(i => i.Id).ValueGeneratedNever();
        intervention.Property(i => i.StepId).HasMaxLength(100);
        intervention.Property(i => i.Misconception).HasMaxLength(200);
        intervention.Property(i => i.PlannedBy).HasMaxLength(450);
        intervention.Property(i => i.LedBy).HasMaxLength(450);
        intervention.Property(i => i.Notes).HasMaxLength(1000);
        intervention.HasIndex(i => new { i.ClassId, i.Date });
        intervention.HasOne<SchoolClass>().WithMany().HasForeignKey(i => i.ClassId).OnDelete(DeleteBehavior.Cascade);
        intervention.HasMany(i => i.Pupils).WithOne().HasForeignKey(p => p.InterventionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class InterventionPupilConfiguration : IEntityTypeConfiguration<InterventionPupil>
{
    public void Configure(EntityTypeBuilder<InterventionPupil> member)
    {
        member.HasKey(m => new { m.InterventionId, m.PupilId });
        member.HasOne<Pupil>().WithMany().HasForeignKey(m => m.PupilId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class StepModelConfiguration : IEntityTypeConfiguration<StepModel>
{
    public void Configure(EntityTypeBuilder<StepModel> model)
    {
        model.HasKey(m => m.StepId);
        model.Property(m => m.StepId).HasMaxLength(100);
    }
}

internal sealed class AnonymisedTallyConfiguration : IEntityTypeConfiguration<AnonymisedTally>
{
    public void Configure(EntityTypeBuilder<AnonymisedTally> tally)
    {
        tally.HasKey(t => new { t.SchoolId, t.StepId, t.YearGroup, t.AcademicYear });
        tally.Property(t => t.StepId).HasMaxLength(100);
    }
}
