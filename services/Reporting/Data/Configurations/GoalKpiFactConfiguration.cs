using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceExcellence.Reporting.Domain.ReadModels;

namespace ServiceExcellence.Reporting.Data.Configurations;

/// <summary><c>goal_kpi_facts</c>, read per goal.</summary>
internal sealed class GoalKpiFactConfiguration : IEntityTypeConfiguration<GoalKpiFact>
{
    public void Configure(EntityTypeBuilder<GoalKpiFact> kpi)
    {
        kpi.ToTable(ReportingTables.GoalKpiFacts);
        kpi.HasKey(k => k.KpiId);
        kpi.Property(k => k.DepartmentCode).HasMaxLength(64);
        kpi.Property(k => k.MetricKey).HasMaxLength(100);
        kpi.Property(k => k.Direction).HasMaxLength(16);
        kpi.Property(k => k.Cadence).HasMaxLength(16);
        kpi.Property(k => k.Status).HasMaxLength(32);
        kpi.HasIndex(k => k.GoalId);
    }
}
