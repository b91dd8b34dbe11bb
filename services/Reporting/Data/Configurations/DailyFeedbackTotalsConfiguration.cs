using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceExcellence.Reporting.Domain.ReadModels;

namespace ServiceExcellence.Reporting.Data.Configurations;

/// <summary>
/// <c>daily_feedback_totals</c>: keyed by department then day, so one department over a quarter is a key range; the
/// day index serves the whole organisation (20 departments × 365 days is 7,300 rows for a year).
/// </summary>
internal sealed class DailyFeedbackTotalsConfiguration : IEntityTypeConfiguration<DailyFeedbackTotals>
{
    public void Configure(EntityTypeBuilder<DailyFeedbackTotals> totals)
    {
        totals.ToTable(ReportingTables.DailyFeedbackTotals);
        totals.HasKey(t => new { t.DepartmentCode, t.LocalDate });
        totals.Property(t => t.DepartmentCode).HasMaxLength(64);
        totals.HasIndex(t => t.LocalDate);
    }
}
