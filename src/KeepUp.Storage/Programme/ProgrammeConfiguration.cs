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
        school.HasOne(s => s.MathsHub).WithMany(h => h.Schools).HasForeignKey(s => s.MathsHubId).OnDelete(DeleteBehavior.SetNull);
    }
}
