using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceExcellence.Reporting.Domain.ReadModels;

namespace ServiceExcellence.Reporting.Data.Configurations;

/// <summary><c>staff_assessments</c>: one row per staff member and period, searched by department and period start.</summary>
internal sealed class StaffAssessmentFactConfiguration : IEntityTypeConfiguration<StaffAssessmentFact>
{
    public void Configure(EntityTypeBuilder<StaffAssessmentFact> assessment)
    {
        assessment.ToTable(ReportingTables.StaffAssessments);
        assessment.HasKey(a => new { a.StaffId, a.Period });
        assessment.Property(a => a.StaffId).HasMaxLength(100);
        assessment.Property(a => a.Period).HasMaxLength(16);
        assessment.Property(a => a.DepartmentCode).HasMaxLength(64);
        assessment.HasIndex(a => new { a.DepartmentCode, a.PeriodStartsOn });
    }
}
