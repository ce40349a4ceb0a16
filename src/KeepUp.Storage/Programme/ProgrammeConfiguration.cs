using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KeepUp.Storage.Programme;

internal sealed class MathsHubConfiguration : IEntityTypeConfiguration<MathsHub>
{
    public void Configure(EntityTypeBuilder<MathsHub> hub)
    {
        hub.Property(h => h.Name).HasMaxLength(200);
        hub.Property(h => h.Region).HasMaxLength(100);
        hub.HasIndex(h => h.Name).IsUnique();
        hub.Property(h => h.Code).HasMaxLength(64);
        hub.Property(h => h.LeadOrganisation).HasMaxLength(300);
        hub.Property(h => h.ReadinessLeadAccountId).HasMaxLength(450);
        hub.HasIndex(h => h.Code).IsUnique();
        hub.Ignore(h => h.Key);
    }
}

internal sealed class SchoolConfiguration : IEntityTypeConfiguration<School>
{
    public void Configure(EntityTypeBuilder<School> school)
    {
        school.Property(s => s.Name).HasMaxLength(200);
        school.Property(s => s.LocalAuthority).HasMaxLength(100);
        school.HasIndex(s => s.Urn).IsUnique();
        school.Property(s => s.SignInCode).HasMaxLength(8);
        school.HasIndex(s => s.SignInCode).IsUnique().HasFilter("\"SignInCode\" IS NOT NULL");
        school.Property(s => s.EstablishmentType).HasMaxLength(100);
        school.Property(s => s.Phase).HasMaxLength(50);
        school.Property(s => s.Status).HasMaxLength(50);
        school.Property(s => s.Postcode).HasMaxLength(16);
        school.HasOne(s => s.MathsHub).WithMany(h => h.Schools).HasForeignKey(s => s.MathsHubId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class MasterySpecialistConfiguration : IEntityTypeConfiguration<MasterySpecialist>
{
    public void Configure(EntityTypeBuilder<MasterySpecialist> specialist)
    {
        specialist.Property(s => s.Code).HasMaxLength(64);
        specialist.Property(s => s.Name).HasMaxLength(200);
        specialist.Property(s => s.AccountId).HasMaxLength(450);
        specialist.HasIndex(s => s.Code).IsUnique();
        specialist.HasIndex(s => s.AccountId);
        specialist.HasOne(s => s.School).WithMany().HasForeignKey(s => s.SchoolId).OnDelete(DeleteBehavior.Restrict);
        specialist.HasOne(s => s.MathsHub).WithMany().HasForeignKey(s => s.MathsHubId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class WorkGroupConfiguration : IEntityTypeConfiguration<WorkGroup>
{
    public void Configure(EntityTypeBuilder<WorkGroup> group)
    {
        group.Property(g => g.Code).HasMaxLength(64);
        group.Property(g => g.Type).HasConversion<string>().HasMaxLength(40);
        group.HasIndex(g => g.Code).IsUnique();
        group.HasIndex(g => new { g.MathsHubId, g.StartYear });
        group.HasOne(g => g.MathsHub).WithMany().HasForeignKey(g => g.MathsHubId).OnDelete(DeleteBehavior.Restrict);
        group.HasOne(g => g.LeadSpecialist).WithMany().HasForeignKey(g => g.LeadSpecialistId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class WorkGroupMemberConfiguration : IEntityTypeConfiguration<WorkGroupMember>
{
    public void Configure(EntityTypeBuilder<WorkGroupMember> member)
    {
        member.HasKey(m => new { m.WorkGroupId, m.SchoolId });
        member.Property(m => m.FirstTeacher).HasMaxLength(200);
        member.Property(m => m.SecondTeacher).HasMaxLength(200);
        member.HasOne(m => m.WorkGroup).WithMany(g => g.Members).HasForeignKey(m => m.WorkGroupId).OnDelete(DeleteBehavior.Cascade);
        member.HasOne(m => m.School).WithMany().HasForeignKey(m => m.SchoolId).OnDelete(DeleteBehavior.Restrict);
        member.HasIndex(m => m.SchoolId);
    }
}

internal sealed class WorkGroupMeetingConfiguration : IEntityTypeConfiguration<WorkGroupMeeting>
{
    public void Configure(EntityTypeBuilder<WorkGroupMeeting> meeting)
    {
        meeting.Property(m => m.Agenda).HasMaxLength(4000);
        meeting.Property(m => m.ObservationNotes).HasMaxLength(8000);
        meeting.HasOne(m => m.WorkGroup).WithMany().HasForeignKey(m => m.WorkGroupId).OnDelete(DeleteBehavior.Cascade);
        meeting.HasIndex(m => new { m.WorkGroupId, m.Date });
    }
}

internal sealed class SupportVisitConfiguration : IEntityTypeConfiguration<SupportVisit>
{
    public void Configure(EntityTypeBuilder<SupportVisit> visit)
    {
        visit.Property(v => v.Focus).HasConversion<string>().HasMaxLength(40);
        visit.Property(v => v.Notes).HasMaxLength(8000);
        visit.HasOne(v => v.WorkGroup).WithMany().HasForeignKey(v => v.WorkGroupId).OnDelete(DeleteBehavior.Cascade);
        visit.HasOne(v => v.School).WithMany().HasForeignKey(v => v.SchoolId).OnDelete(DeleteBehavior.Restrict);
        visit.HasIndex(v => new { v.WorkGroupId, v.Date });
    }
}

internal sealed class ReadinessAuditConfiguration : IEntityTypeConfiguration<ReadinessAudit>
{
    public void Configure(EntityTypeBuilder<ReadinessAudit> audit)
    {
        foreach (var evidence in new[] { nameof(ReadinessAudit.VisionAndCultureEvidence), nameof(ReadinessAudit.MathematicalMindsetsEvidence), nameof(ReadinessAudit.SubjectExpertiseEvidence), nameof(ReadinessAudit.SchoolSystemsEvidence), nameof(ReadinessAudit.ArithmeticalProficiencyEvidence) })
        {
            audit.Property<string>(evidence).HasMaxLength(4000);
        }

        audit.Property(a => a.RecordedBy).HasMaxLength(450);
        audit.HasOne(a => a.School).WithMany().HasForeignKey(a => a.SchoolId).OnDelete(DeleteBehavior.Cascade);
        audit.HasIndex(a => new { a.SchoolId, a.Date });
    }
}

internal sealed class EvidenceItemConfiguration : IEntityTypeConfiguration<EvidenceItem>
{
    public void Configure(EntityTypeBuilder<EvidenceItem> item)
    {
        item.Property(e => e.Source).HasConversion<string>().HasMaxLength(40);
        item.Property(e => e.Category).HasConversion<string>().HasMaxLength(40);
        item.Property(e => e.Themes).HasMaxLength(500);
        item.Property(e => e.Summary).HasMaxLength(8000);
        item.Property(e => e.Quote).HasMaxLength(2000);
        item.Property(e => e.Attribution).HasMaxLength(200);
        item.Property(e => e.RecordedBy).HasMaxLength(450);
        item.HasOne<MathsHub>().WithMany().HasForeignKey(e => e.MathsHubId).OnDelete(DeleteBehavior.Cascade);
        item.HasOne(e => e.School).WithMany().HasForeignKey(e => e.SchoolId).OnDelete(DeleteBehavior.SetNull);
        item.HasIndex(e => new { e.MathsHubId, e.Date });
    }
}

internal sealed class ImpactNoteConfiguration : IEntityTypeConfiguration<ImpactNote>
{
    public void Configure(EntityTypeBuilder<ImpactNote> note)
    {
        note.Property(n => n.Category).HasConversion<string>().HasMaxLength(40);
        note.Property(n => n.Text).HasMaxLength(2000);
        note.HasOne<MathsHub>().WithMany().HasForeignKey(n => n.MathsHubId).OnDelete(DeleteBehavior.Cascade);
        note.HasIndex(n => new { n.MathsHubId, n.Date });
    }
}

internal sealed class SurveyConfiguration : IEntityTypeConfiguration<Survey>
{
    public void Configure(EntityTypeBuilder<Survey> survey)
    {
        survey.Property(s => s.Title).HasMaxLength(200);
        survey.Property(s => s.Token).HasMaxLength(64);
        survey.HasIndex(s => s.Token).IsUnique();
        survey.HasOne<MathsHub>().WithMany().HasForeignKey(s => s.MathsHubId).OnDelete(DeleteBehavior.Cascade);
        survey.HasMany(s => s.Questions).WithOne().HasForeignKey(q => q.SurveyId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SurveyQuestionConfiguration : IEntityTypeConfiguration<SurveyQuestion>
{
    public void Configure(EntityTypeBuilder<SurveyQuestion> question) => question.Property(q => q.Text).HasMaxLength(500);
}

internal sealed class SurveyResponseConfiguration : IEntityTypeConfiguration<SurveyResponse>
{
    public void Configure(EntityTypeBuilder<SurveyResponse> response)
    {
        response.HasOne<Survey>().WithMany().HasForeignKey(r => r.SurveyId).OnDelete(DeleteBehavior.Cascade);
        response.HasMany(r => r.Answers).WithOne().HasForeignKey(a => a.SurveyResponseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SurveyAnswerConfiguration : IEntityTypeConfiguration<SurveyAnswer>
{
    public void Configure(EntityTypeBuilder<SurveyAnswer> answer)
    {
        answer.Property(a => a.Text).HasMaxLength(2000);
        answer.HasOne<SurveyQuestion>().WithMany().HasForeignKey(a => a.SurveyQuestionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class FundingClaimConfiguration : IEntityTypeConfiguration<FundingClaim>
{
    public void Configure(EntityTypeBuilder<FundingClaim> claim)
    {
        claim.Property(c => c.Kind).HasConversion<string>().HasMaxLength(40);
        claim.Property(c => c.Status).HasConversion<string>().HasMaxLength(20);
        claim.Property(c => c.Days).HasPrecision(4, 1);
        claim.Property(c => c.SubmittedBy).HasMaxLength(450);
        claim.Property(c => c.ApproverId).HasMaxLength(450);
        claim.Property(c => c.ApproverName).HasMaxLength(200);
        claim.Property(c => c.Note).HasMaxLength(1000);
        claim.HasOne(c => c.WorkGroup).WithMany().HasForeignKey(c => c.WorkGroupId).OnDelete(DeleteBehavior.Cascade);
        claim.HasOne(c => c.School).WithMany().HasForeignKey(c => c.SchoolId).OnDelete(DeleteBehavior.Restrict);
        claim.HasIndex(c => new { c.WorkGroupId, c.Status });
    }
}
