using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceExcellence.Contracts;
using ServiceExcellence.Feedback.Domain.Surveys;

namespace ServiceExcellence.Feedback.Data.Configurations;

/// <summary><c>kano_responses</c>: one row per respondent, its answers in <c>kano_answers</c>; both go with their study.</summary>
internal sealed class KanoResponseConfiguration : IEntityTypeConfiguration<KanoResponse>
{
    public void Configure(EntityTypeBuilder<KanoResponse> response)
    {
        response.ToTable("kano_responses");
        response.HasKey(r => r.Id);
        response.Property(r => r.DepartmentCode).HasMaxLength(DepartmentCode.MaxLength);
        response.HasOne<KanoStudy>().WithMany().HasForeignKey(r => r.StudyId).OnDelete(DeleteBehavior.Cascade);
        response.HasMany(r => r.Answers).WithOne().HasForeignKey(a => a.ResponseId).OnDelete(DeleteBehavior.Cascade);
    }
}
