using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceExcellence.Goals.Domain.Goals;
using ServiceExcellence.Goals.Domain.Organisation;
using ServiceExcellence.Goals.Domain.Tracking;

namespace ServiceExcellence.Goals.Data.Configurations;

/// <summary><c>kpis</c> with a partial index on the tracker's due time, and <c>kpi_measurements</c> in time order per KPI.</summary>
internal sealed class KpiConfiguration : IEntityTypeConfiguration<Kpi>, IEntityTypeConfiguration<KpiMeasurement>
{
    public const string Tracked = "next_due_at IS NOT NULL";

    public void Configure(EntityTypeBuilder<Kpi> kpi)
    {
        kpi.ToTable("kpis");
        kpi.HasKey(k => k.Id);
        // Ids are made by the domain; never-generated lets EF insert KPIs added to a tracked goal instead of updating them.
        kpi.Property(k => k.Id).ValueGeneratedNever();
        kpi.Property(k => k.Metric).HasMaxLength(MetricKeys.MaxLength);
        kpi.Property(k => k.Unit).HasMaxLength(Kpi.MaxUnitLength);
        kpi.Property(k => k.OwnerId).HasMaxLength(StaffMember.MaxIdLength);
        kpi.HasIndex(k => k.GoalId);
        kpi.HasIndex(k => k.Metric);
        kpi.HasIndex(k => k.NextDueAt).HasFilter(Tracked);
    }

    public void Configure(EntityTypeBuilder<KpiMeasurement> measurement)
    {
        measurement.ToTable("kpi_measurements");
        measurement.HasKey(m => m.Id);
        measurement.Property(m => m.RecordedBy).HasMaxLength(StaffMember.MaxIdLength);
        measurement.HasOne<Kpi>().WithMany().HasForeignKey(m => m.KpiId).OnDelete(DeleteBehavior.Cascade);
        measurement.HasIndex(m => new { m.KpiId, m.ObservedAt });
    }
}
