using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceExcellence.Reporting.Domain.ReadModels;

namespace ServiceExcellence.Reporting.Data.Configurations;

/// <summary><c>complaint_facts</c>: one index per day a complaint metric filters on.</summary>
internal sealed class ComplaintFactConfiguration : IEntityTypeConfiguration<ComplaintFact>
{
    public void Configure(EntityTypeBuilder<ComplaintFact> complaint)
    {
        complaint.ToTable(ReportingTables.ComplaintFacts);
        complaint.HasKey(c => c.ComplaintId);
        complaint.Property(c => c.DepartmentCode).HasMaxLength(64);
        complaint.HasIndex(c => new { c.DepartmentCode, c.RespondedOn });
        complaint.HasIndex(c => new { c.DepartmentCode, c.ResolvedOn });
        complaint.HasIndex(c => new { c.DepartmentCode, c.ResolutionDueOn });
    }
}
