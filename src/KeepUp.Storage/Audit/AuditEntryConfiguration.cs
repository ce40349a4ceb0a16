using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KeepUp.Storage.Audit;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> entry)
    {
        entry.Property(e => e.Action).HasMaxLength(100);
        entry.Property(e => e.Detail).HasMaxLength(2000);
        entry.Property(e => e.ActorId).HasMaxLength(450);
        entry.HasIndex(e => new { e.SchoolId, e.Id });
    }
}
