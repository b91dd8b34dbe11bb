using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceExcellence.Goals.Domain.Goals;

namespace ServiceExcellence.Goals.Data.Configurations;

/// <summary><c>goal_versions</c> keyed by goal and number, and <c>goal_reviews</c> per goal in time order.</summary>
internal sealed class GoalHistoryConfiguration : IEntityTypeConfiguration<GoalVersion>, IEntityTypeConfiguration<GoalReview>
{
    public void Configure(EntityTypeBuilder<GoalVersion> version)
    {
        version.ToTable("goal_versions");
        version.HasKey(v => new { v.GoalId, v.Number });
        version.Property(v => v.CreatedBy).HasMaxLength(Goal.MaxReferenceLength);
        version.Property(v => v.Reason).HasMaxLength(GoalVersion.MaxReasonLength);
        version.HasOne<Goal>().WithMany().HasForeignKey(v => v.GoalId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<GoalReview> review)
    {
        review.ToTable("goal_reviews");
        review.HasKey(r => r.Id);
        review.Property(r => r.Outcome).HasMaxLength(Goal.MaxTextLength);
        review.Property(r => r.Lessons).HasMaxLength(Goal.MaxTextLength);
        review.Property(r => r.ReviewedBy).HasMaxLength(Goal.MaxReferenceLength);
        review.HasOne<Goal>().WithMany().HasForeignKey(r => r.GoalId).OnDelete(DeleteBehavior.Cascade);
        review.HasIndex(r => new { r.GoalId, r.ReviewedAt });
    }
}
