using KeepUp.Storage.Programme;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KeepUp.Storage.Accounts;

internal sealed class StaffAccountConfiguration : IEntityTypeConfiguration<StaffAccount>
{
    public void Configure(EntityTypeBuilder<StaffAccount> account)
    {
        account.Property(a => a.DisplayName).HasMaxLength(100);
        account.HasOne<School>().WithMany().HasForeignKey(a => a.SchoolId).OnDelete(DeleteBehavior.Restrict);
        account.HasOne<MathsHub>().WithMany().HasForeignKey(a => a.MathsHubId).OnDelete(DeleteBehavior.Restrict);
    }
}
