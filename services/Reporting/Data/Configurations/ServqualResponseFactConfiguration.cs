using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceExcellence.Reporting.Domain.ReadModels;

namespace ServiceExcellence.Reporting.Data.Configurations;

/// <summary><c>servqual_responses</c>, searched by department and day.</summary>
internal sealed class ServqualResponseFactConfiguration : IEntityTypeConfiguration<ServqualResponseFact>
{
    public void Configure(EntityTypeBuilder<ServqualResponseFact> response)
    {
        response.ToTable(ReportingTables.ServqualResponses);
        response.HasKey(r => r.ResponseId);
        response.Property(r => r.DepartmentCode).HasMaxLength(64);
        response.HasIndex(r => new { r.DepartmentCode, r.RespondedOn });
    }
}
