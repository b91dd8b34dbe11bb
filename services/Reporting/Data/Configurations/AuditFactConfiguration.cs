using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceExcellence.Reporting.Domain.ReadModels;

namespace ServiceExcellence.Reporting.Data.Configurations;

/// <summary><c>audit_facts</c>, searched by department and day.</summary>
internal sealed class AuditFactConfiguration : IEntityTypeConfiguration<AuditFact>
{
    public void Configure(EntityTypeBuilder<AuditFact> audit)
    {
        audit.ToTable(ReportingTables.AuditFacts);
        audit.HasKey(a => a.AuditId);
        audit.Property(a => a.DepartmentCode).HasMaxLength(64);
        audit.Property(a => a.Kind).HasMaxLength(40);
        audit.HasIndex(a => new { a.DepartmentCode, a.ConductedOn });
    }
}
