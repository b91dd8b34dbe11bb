using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceExcellence.Feedback.Domain.Intake;

namespace ServiceExcellence.Feedback.Data.Configurations;

/// <summary>
/// <c>feedback_entries</c>: indexes lead with the department and end with the time, so every search filter of the API
/// is an index range scan in time order even at tens of millions of rows. The department indexes INCLUDE the columns
/// the other filters test, so department + topic/channel/sentiment searches never visit the table to count; topics
/// alone use a GIN index.
/// </summary>
internal sealed class FeedbackEntryConfiguration : IEntityTypeConfiguration<FeedbackEntry>
{
    public void Configure(EntityTypeBuilder<FeedbackEntry> entry)
    {
        entry.ToTable("feedback_entries");
        entry.HasKey(e => e.Id);
        entry.Property(e => e.DepartmentCode).HasMaxLength(64);
        entry.Property(e => e.CustomerRef).HasMaxLength(FeedbackEntry.MaxReferenceLength);
        entry.Property(e => e.ServiceRef).HasMaxLength(FeedbackEntry.MaxReferenceLength);
        entry.Property(e => e.Comment).HasMaxLength(FeedbackEntry.MaxCommentLength);
        entry.Property(e => e.IdempotencyKey).HasMaxLength(200);
        entry.HasIndex(e => new { e.DepartmentCode, e.OccurredAt }).IsDescending(false, true)
            .IncludeProperties(e => e.Topics);
        entry.HasIndex(e => new { e.DepartmentCode, e.Channel, e.OccurredAt }).IsDescending(false, false, true)
            .IncludeProperties(e => new { e.SentimentLabel, e.Topics });
        entry.HasIndex(e => new { e.DepartmentCode, e.SentimentLabel, e.OccurredAt }).IsDescending(false, false, true)
            .IncludeProperties(e => e.Topics);
        entry.HasIndex(e => e.OccurredAt).IsDescending();
        entry.HasIndex(e => e.Topics).HasMethod("gin");
        entry.HasIndex(e => e.IdempotencyKey).IsUnique().HasFilter("idempotency_key IS NOT NULL");
    }
}
