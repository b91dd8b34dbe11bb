using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceExcellence.Goals.Domain.Goals;
using ServiceExcellence.Goals.Domain.Organisation;

namespace ServiceExcellence.Goals.Data.Configurations;

/// <summary><c>goals</c>: one index per list filter (department, status, category, active period), the parent for the tree, and the owner.</summary>
internal sealed class GoalConfiguration : IEntityTypeConfiguration<Goal>
{
    public void Configure(EntityTypeBuilder<Goal> goal)
    {
        goal.ToTable("goals");
        goal.HasKey(g => g.Id);
        goal.Property(g => g.DepartmentCode).HasMaxLength(64);
        goal.Property(g => g.Title).HasMaxLength(Goal.MaxTitleLength);
        goal.Property(g => g.Description).HasMaxLength(Goal.MaxTextLength);
        goal.Property(g => g.OwnerId).HasMaxLength(StaffMember.MaxIdLength);
        goal.Property(g => g.Team).HasMaxLength(StaffMember.MaxTeamLength);
        goal.Property(g => g.StrategyLink).HasMaxLength(Goal.MaxReferenceLength);
        goal.HasMany(g => g.Kpis).WithOne().HasForeignKey(k => k.GoalId).OnDelete(DeleteBehavior.Cascade);
        goal.HasOne<Department>().WithMany().HasForeignKey(g => g.DepartmentCode).HasPrincipalKey(d => d.Code)
            .OnDelete(DeleteBehavior.Restrict);
        goal.HasOne<Goal>().WithMany().HasForeignKey(g => g.ParentGoalId).OnDelete(DeleteBehavior.Restrict);

        goal.HasIndex(g => new { g.DepartmentCode, g.PeriodStart, g.PeriodEnd });
        goal.HasIndex(g => new { g.Status, g.PeriodStart });
        goal.HasIndex(g => new { g.Category, g.PeriodStart });
        goal.HasIndex(g => new { g.PeriodStart, g.PeriodEnd });
        goal.HasIndex(g => g.ParentGoalId);
        goal.HasIndex(g => g.OwnerId);
    }
}
