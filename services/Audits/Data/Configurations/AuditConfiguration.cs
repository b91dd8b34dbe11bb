using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceExcellence.Audits.Domain.Audits;
using ServiceExcellence.Audits.Domain.Standards;
using ServiceExcellence.Contracts;

namespace ServiceExcellence.Audits.Data.Configurations;

/// <summary>
/// <c>audits</c> with one index per list filter, each ending in the list order (newest conducted first), and
/// <c>audit_item_results</c>, one row per answered item.
/// </summary>
internal sealed class AuditConfiguration : IEntityTypeConfiguration<Audit>, IEntityTypeConfiguration<AuditItemResult>
{
    public void Configure(EntityTypeBuilder<Audit> audit)
    {
        audit.ToTable("audits");
        audit.HasKey(a => a.Id);
        audit.Property(a => a.StandardCode).HasMaxLength(ServiceStandard.MaxCodeLength);
        audit.Property(a => a.DepartmentCode).HasMaxLength(DepartmentCode.MaxLength);
        audit.Property(a => a.AuditorId).HasMaxLength(AuditsModel.MaxPersonIdLength);
        audit.Property(a => a.RecordedBy).HasMaxLength(AuditsModel.MaxPersonIdLength);
        audit.HasMany(a => a.Results).WithOne().HasForeignKey(r => r.AuditId).OnDelete(DeleteBehavior.Cascade);
        audit.HasIndex(a => a.ConductedAt).IsDescending();
        audit.HasIndex(a => new { a.DepartmentCode, a.ConductedAt }).IsDescending(false, true);
        audit.HasIndex(a => new { a.DepartmentCode, a.Kind, a.ConductedAt }).IsDescending(false, false, true);
        audit.HasIndex(a => new { a.Kind, a.ConductedAt }).IsDescending(false, true);
        audit.HasIndex(a => a.StandardId);
    }

    public void Configure(EntityTypeBuilder<AuditItemResult> result)
    {
        result.ToTable("audit_item_results");
        result.HasKey(r => new { r.AuditId, r.ItemId });
        result.Property(r => r.Note).HasMaxLength(AuditItemResult.MaxNoteLength);
        result.Property(r => r.EvidenceUrl).HasMaxLength(AuditItemResult.MaxEvidenceUrlLength);
    }
}
