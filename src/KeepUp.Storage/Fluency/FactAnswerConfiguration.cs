using KeepUp.Storage.Classroom;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KeepUp.Storage.Fluency;

internal sealed class FactAnswerConfiguration : IEntityTypeConfiguration<FactAnswer>
{
    public void Configure(EntityTypeBuilder<FactAnswer> answer)
    {
        answer.ToTable("FactAnswers");
        answer.Property(a => a.Id).ValueGeneratedNever();
        answer.Property(a => a.FactId).HasMaxLength(20);
        answer.Property(a => a.Answer).HasMaxLength(20);
        // A pupil's history is read whole to plan each session; a class's reports read its pupils' histories.
        answer.HasIndex(a => new { a.SchoolId, a.PupilId, a.Day });
        answer.HasIndex(a => new { a.SchoolId, a.Day });
        answer.HasOne<Pupil>().WithMany().HasForeignKey(a => a.PupilId).OnDelete(DeleteBehavior.Cascade);
    }
}
