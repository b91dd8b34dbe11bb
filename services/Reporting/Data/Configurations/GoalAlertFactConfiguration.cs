using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceExcellence.Reporting.Domain.ReadModels;

namespace ServiceExcellence.Reporting.Data.Configurations;

/// <summary><c>goal_alerts</c>, searched by department among the unresolved ones.</summary>
internal sealed class GoalAlertFactConfiguration : IEntityTypeConfiguration<GoalAlertFact>
{
    public void Configure(EntityTypeBuilder<GoalAlertFact> alert)
    {
        alert.ToTable(ReportingTables.GoalAlerts);
        alert.HasKey(a => a.AlertId);
        alert.Property(a => a.DepartmentCode).HasMaxLength(64);
        alert.Property(a => a.MetricKey).HasMaxLength(100);
        alert.Property(a => a.Severity).HasMaxLength(16);
        alert.Property(a => a.EscalatedTo).HasMaxLength(64);
        alert.HasIndex(a => new { a.DepartmentCode, a.ResolvedAt });
    }
}
