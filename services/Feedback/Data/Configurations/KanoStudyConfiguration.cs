using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceExcellence.Contracts;
using ServiceExcellence.Feedback.Domain.Surveys;

namespace ServiceExcellence.Feedback.Data.Configurations;

/// <summary><c>kano_studies</c>: a study with its features as a text array, kept in the order they were listed.</summary>
internal sealed class KanoStudyConfiguration : IEntityTypeConfiguration<KanoStudy>
{
    public void Configure(EntityTypeBuilder<KanoStudy> study)
    {
        study.ToTable("kano_studies");
        study.HasKey(s => s.Id);
        study.Property(s => s.Name).HasMaxLength(KanoStudy.MaxNameLength);
        study.Property(s => s.DepartmentCode).HasMaxLength(DepartmentCode.MaxLength);
        study.HasIndex(s => new { s.DepartmentCode, s.CreatedAt });
    }
}
