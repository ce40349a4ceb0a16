using KeepUp.Storage.Classroom;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KeepUp.Storage.Mtc;

internal sealed class MtcWindowConfiguration : IEntityTypeConfiguration<MtcWindow>
{
    public void Configure(EntityTypeBuilder<MtcWindow> window)
    {
        window.Property(w => w.OpenedBy).HasMaxLength(450);
        window.HasIndex(w => new { w.ClassId, w.OpensOn });
        window.HasOne<SchoolClass>().WithMany().HasForeignKey(w => w.ClassId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MtcAttemptConfiguration : IEntityTypeConfiguration<MtcAttempt>
{
    public void Configure(EntityTypeBuilder<MtcAttempt> attempt)
    {
        attempt.Property(a => a.Id).ValueGeneratedNever();
        attempt.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        attempt.Property(a => a.RestartReason).HasConversion<string>().HasMaxLength(30);
        attempt.Property(a => a.RestartedBy).HasMaxLength(450);
        attempt.Property(a => a.InputAssistantName).HasMaxLength(100);
        attempt.Property(a => a.ArrangementsChosen).HasMaxLength(300);
        attempt.HasIndex(a => new { a.SchoolId, a.PupilId });
        attempt.HasIndex(a => a.WindowId);
        attempt.HasOne<Pupil>().WithMany().HasForeignKey(a => a.PupilId).OnDelete(DeleteBehavior.Cascade);
        attempt.HasOne<MtcWindow>().WithMany().HasForeignKey(a => a.WindowId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MtcResponseConfiguration : IEntityTypeConfiguration<MtcResponse>
{
    public void Configure(EntityTypeBuilder<MtcResponse> response)
    {
        // The key is the attempt and position: a second copy of a check cannot be stored, even by two
        // requests racing on two web nodes.
        response.HasKey(r => new { r.AttemptId, r.Position });
        response.Property(r => r.Answer).HasMaxLength(5);
        response.HasOne<MtcAttempt>().WithMany().HasForeignKey(r => r.AttemptId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MtcArrangementsConfiguration : IEntityTypeConfiguration<MtcArrangements>
{
    public void Configure(EntityTypeBuilder<MtcArrangements> arrangements)
    {
        arrangements.HasKey(a => a.PupilId);
        arrangements.Property(a => a.ColourScheme).HasMaxLength(30);
        arrangements.Property(a => a.FontSize).HasMaxLength(20);
        arrangements.Property(a => a.UpdatedBy).HasMaxLength(450);
        arrangements.HasOne<Pupil>().WithMany().HasForeignKey(a => a.PupilId).OnDelete(DeleteBehavior.Cascade);
    }
}
