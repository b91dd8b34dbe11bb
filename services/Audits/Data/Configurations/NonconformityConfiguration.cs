using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceExcellence.Audits.Domain.Effectiveness;
using ServiceExcellence.Audits.Domain.Nonconformities;
using ServiceExcellence.Contracts;

namespace ServiceExcellence.Audits.Data.Configurations;

/// <summary>
/// <c>nonconformities</c> and <c>corrective_actions</c>: list indexes ending in the list order, a partial index for the
/// overdue scan, a unique partial index so a complaint or KPI alert raises one nonconformity, and PostgreSQL's
/// <c>xmin</c> as concurrency token so a person and a job never both move the same row.
/// </summary>
internal sealed class NonconformityConfiguration
    : IEntityTypeConfiguration<Nonconformity>, IEntityTypeConfiguration<CorrectiveAction>
{
    public void Configure(EntityTypeBuilder<Nonconformity> nonconformity)
    {
        nonconformity.ToTable("nonconformities");
        nonconformity.HasKey(n => n.Id);
        nonconformity.Property<uint>("Version").HasColumnName("xmin").HasColumnType("xid").IsRowVersion();
        nonconformity.Property(n => n.DepartmentCode).HasMaxLength(DepartmentCode.MaxLength);
        nonconformity.Property(n => n.SourceReference).HasMaxLength(Nonconformity.MaxReferenceLength);
        nonconformity.Property(n => n.Description).HasMaxLength(Nonconformity.MaxDescriptionLength);
        nonconformity.Property(n => n.KpiCadence).HasMaxLength(KpiStatus.MaxTextLength);
        nonconformity.Property(n => n.RaisedBy).HasMaxLength(AuditsModel.MaxPersonIdLength);
        nonconformity.HasIndex(n => n.RaisedAt).IsDescending();
        nonconformity.HasIndex(n => new { n.DepartmentCode, n.RaisedAt }).IsDescending(false, true);
        nonconformity.HasIndex(n => new { n.DepartmentCode, n.State, n.RaisedAt }).IsDescending(false, false, true);
        nonconformity.HasIndex(n => new { n.State, n.RaisedAt }).IsDescending(false, true);
        nonconformity.HasIndex(n => n.AuditId);
        nonconformity.HasIndex(n => n.KpiId);
        nonconformity.HasIndex(n => new { n.Source, n.SourceReference }).IsUnique().HasFilter(AuditsModel.OncePerSource);
    }

    public void Configure(EntityTypeBuilder<CorrectiveAction> action)
    {
        action.ToTable("corrective_actions");
        action.HasKey(a => a.Id);
        action.Property<uint>("Version").HasColumnName("xmin").HasColumnType("xid").IsRowVersion();
        action.Property(a => a.DepartmentCode).HasMaxLength(DepartmentCode.MaxLength);
        action.Property(a => a.OwnerId).HasMaxLength(CorrectiveAction.MaxOwnerIdLength);
        action.Property(a => a.Plan).HasMaxLength(CorrectiveAction.MaxTextLength);
        action.Property(a => a.PlannedBy).HasMaxLength(AuditsModel.MaxPersonIdLength);
        action.Property(a => a.Evidence).HasMaxLength(CorrectiveAction.MaxTextLength);
        action.Property(a => a.VerifiedBy).HasMaxLength(AuditsModel.MaxPersonIdLength);
        action.Property(a => a.VerificationNote).HasMaxLength(CorrectiveAction.MaxNoteLength);
        action.Ignore(a => a.IsActive);
        action.Ignore(a => a.OnTime);
        action.Ignore(a => a.Effective);
        action.HasIndex(a => a.NonconformityId);
        action.HasIndex(a => new { a.DepartmentCode, a.DueAt });
        action.HasIndex(a => new { a.DepartmentCode, a.State, a.DueAt });
        action.HasIndex(a => new { a.State, a.DueAt });
        action.HasIndex(a => a.DueAt).HasFilter(AuditsModel.OverdueUnflagged);
    }
}
