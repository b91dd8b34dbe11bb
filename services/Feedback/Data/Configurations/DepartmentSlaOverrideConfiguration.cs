using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceExcellence.Feedback.Domain.Complaints;

namespace ServiceExcellence.Feedback.Data.Configurations;

/// <summary><c>complaint_sla_overrides</c>: at most one row per department and severity; the key serves every lookup.</summary>
internal sealed class DepartmentSlaOverrideConfiguration : IEntityTypeConfiguration<DepartmentSlaOverride>
{
    public void Configure(EntityTypeBuilder<DepartmentSlaOverride> sla)
    {
        sla.ToTable("complaint_sla_overrides");
        sla.HasKey(s => new { s.DepartmentCode, s.Severity });
        sla.Property(s => s.DepartmentCode).HasMaxLength(64);
        sla.Property(s => s.UpdatedBy).HasMaxLength(Complaint.MaxReferenceLength);
    }
}
