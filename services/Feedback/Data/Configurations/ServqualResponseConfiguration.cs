using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceExcellence.Contracts;
using ServiceExcellence.Feedback.Domain.Surveys;

namespace ServiceExcellence.Feedback.Data.Configurations;

/// <summary><c>servqual_responses</c>: item scores as integer arrays, weights and gaps one column per dimension.</summary>
internal sealed class ServqualResponseConfiguration : IEntityTypeConfiguration<ServqualResponse>
{
    public void Configure(EntityTypeBuilder<ServqualResponse> response)
    {
        response.ToTable("servqual_responses");
        response.HasKey(r => r.Id);
        response.Property(r => r.DepartmentCode).HasMaxLength(DepartmentCode.MaxLength);
        response.Ignore(r => r.Weights);
        response.Ignore(r => r.Score);
        response.HasIndex(r => new { r.DepartmentCode, r.RecordedAt });
    }
}
