using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceExcellence.Audits.Domain.Staff;
using ServiceExcellence.Contracts;

namespace ServiceExcellence.Audits.Data.Configurations;

/// <summary><c>staff_assessments</c>: unique per staff member and period; list indexes by department and by period.</summary>
internal sealed class StaffAssessmentConfiguration : IEntityTypeConfiguration<StaffAssessment>
{
    public void Configure(EntityTypeBuilder<StaffAssessment> assessment)
    {
        assessment.ToTable("staff_assessments");
        assessment.HasKey(a => a.Id);
        assessment.Property(a => a.StaffId).HasMaxLength(StaffAssessment.MaxIdLength);
        assessment.Property(a => a.DepartmentCode).HasMaxLength(DepartmentCode.MaxLength);
        assessment.Property(a => a.Period).HasMaxLength(StaffAssessment.MaxPeriodLength);
        assessment.Property(a => a.AssessorId).HasMaxLength(StaffAssessment.MaxIdLength);
        assessment.HasIndex(a => new { a.StaffId, a.Period }).IsUnique();
        assessment.HasIndex(a => new { a.DepartmentCode, a.PeriodStart }).IsDescending(false, true);
        assessment.HasIndex(a => new { a.Period, a.DepartmentCode });
    }
}
