using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceExcellence.Feedback.Domain.Complaints;

namespace ServiceExcellence.Feedback.Data.Configurations;

/// <summary>
/// <c>complaints</c>: one index per list filter (all ending in the list order, newest first), partial indexes on the
/// due times of complaints whose step is not done (the <c>overdue</c> filter) and, narrower still, not yet flagged
/// (the overdue scan), and PostgreSQL's <c>xmin</c> as concurrency token so two handlers never both move one complaint.
/// </summary>
internal sealed class ComplaintConfiguration : IEntityTypeConfiguration<Complaint>
{
    public const string ResponsePending = "responded_at IS NULL";
    public const string ResolutionPending = "resolved_at IS NULL";
    public const string ResponseBreachUnflagged = "responded_at IS NULL AND response_breached_at IS NULL";
    public const string ResolutionBreachUnflagged = "resolved_at IS NULL AND resolution_breached_at IS NULL";

    public void Configure(EntityTypeBuilder<Complaint> complaint)
    {
        complaint.ToTable("complaints");
        complaint.HasKey(c => c.Id);
        // PostgreSQL's system column: it changes on every update, so no column of our own is needed.
        complaint.Property<uint>("Version").HasColumnName("xmin").HasColumnType("xid").IsRowVersion();
        complaint.Ignore(c => c.SlaClockStartedAt);
        complaint.Property(c => c.DepartmentCode).HasMaxLength(64);
        complaint.Property(c => c.CustomerRef).HasMaxLength(Complaint.MaxReferenceLength);
        complaint.Property(c => c.Summary).HasMaxLength(Complaint.MaxSummaryLength);
        complaint.Property(c => c.OpenedBy).HasMaxLength(Complaint.MaxReferenceLength);
        complaint.Property(c => c.ResponseMessage).HasMaxLength(Complaint.MaxTextLength);
        complaint.Property(c => c.Resolution).HasMaxLength(Complaint.MaxTextLength);
        complaint.Property(c => c.LastReopenReason).HasMaxLength(Complaint.MaxTextLength);

        complaint.HasIndex(c => c.OpenedAt).IsDescending();
        complaint.HasIndex(c => new { c.DepartmentCode, c.OpenedAt }).IsDescending(false, true);
        complaint.HasIndex(c => new { c.DepartmentCode, c.State, c.OpenedAt }).IsDescending(false, false, true);
        complaint.HasIndex(c => new { c.State, c.OpenedAt }).IsDescending(false, true);
        complaint.HasIndex(c => new { c.DepartmentCode, c.ResponseDueAt }).HasFilter(ResponsePending);
        complaint.HasIndex(c => new { c.DepartmentCode, c.ResolutionDueAt }).HasFilter(ResolutionPending);
        complaint.HasIndex(c => c.ResponseDueAt).HasFilter(ResponseBreachUnflagged);
        complaint.HasIndex(c => c.ResolutionDueAt).HasFilter(ResolutionBreachUnflagged);
    }
}
