using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceExcellence.Audits.Domain.Effectiveness;
using ServiceExcellence.Contracts;

namespace ServiceExcellence.Audits.Data.Configurations;

/// <summary><c>kpi_statuses</c>: one row per KPI, its latest status and cadence.</summary>
internal sealed class KpiStatusConfiguration : IEntityTypeConfiguration<KpiStatus>
{
    public void Configure(EntityTypeBuilder<KpiStatus> status)
    {
        status.ToTable("kpi_statuses");
        status.HasKey(s => s.KpiId);
        status.Property(s => s.DepartmentCode).HasMaxLength(DepartmentCode.MaxLength);
        status.Property(s => s.Status).HasMaxLength(KpiStatus.MaxTextLength);
        status.Property(s => s.Cadence).HasMaxLength(KpiStatus.MaxTextLength);
    }
}
