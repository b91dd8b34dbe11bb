using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceExcellence.Goals.Domain.Alerts;
using ServiceExcellence.Goals.Domain.Goals;
using ServiceExcellence.Goals.Domain.Organisation;

namespace ServiceExcellence.Goals.Data.Configurations;

/// <summary>
/// <c>alerts</c>: list indexes (department, state, severity; newest first), a unique partial index that allows one
/// unresolved alert per KPI, and a partial index on the contingency clock of unresolved alerts for the escalation scan.
/// </summary>
internal sealed class AlertConfiguration : IEntityTypeConfiguration<Alert>
{
    /// <summary><see cref="AlertState.Resolved"/> as stored.</summary>
    public const string Unresolved = "state <> 2";

    public void Configure(EntityTypeBuilder<Alert> alert)
    {
        alert.ToTable("alerts");
        alert.HasKey(a => a.Id);
        alert.Property(a => a.DepartmentCode).HasMaxLength(64);
        alert.Property(a => a.MetricKey).HasMaxLength(MetricKeys.MaxLength);
        alert.Property(a => a.Rule).HasMaxLength(64);
        alert.Property(a => a.OwnerId).HasMaxLength(StaffMember.MaxIdLength);
        alert.Property(a => a.AcknowledgedBy).HasMaxLength(Goal.MaxReferenceLength);
        alert.Property(a => a.ActionPlan).HasMaxLength(Alert.MaxTextLength);
        alert.Property(a => a.EscalatedTo).HasMaxLength(64);
        alert.Property(a => a.Resolution).HasMaxLength(Alert.MaxTextLength);
        alert.Property(a => a.ResolvedBy).HasMaxLength(Goal.MaxReferenceLength);
        alert.HasOne<Kpi>().WithMany().HasForeignKey(a => a.KpiId).OnDelete(DeleteBehavior.Cascade);

        alert.HasIndex(a => new { a.DepartmentCode, a.State, a.OpenedAt }).IsDescending(false, false, true);
        alert.HasIndex(a => new { a.State, a.Severity, a.OpenedAt }).IsDescending(false, false, true);
        alert.HasIndex(a => a.KpiId).IsUnique().HasFilter(Unresolved);
        alert.HasIndex(a => a.ClockStartedAt).HasFilter(Unresolved);
    }
}
