using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceExcellence.Reporting.Domain.ReadModels;

namespace ServiceExcellence.Reporting.Data.Configurations;

/// <summary><c>goal_facts</c>, searched by department and period end (goals overlapping a range).</summary>
internal sealed class GoalFactConfiguration : IEntityTypeConfiguration<GoalFact>
{
    public void Configure(EntityTypeBuilder<GoalFact> goal)
    {
        goal.ToTable(ReportingTables.GoalFacts);
        goal.HasKey(g => g.GoalId);
        goal.Property(g => g.DepartmentCode).HasMaxLength(64);
        goal.Property(g => g.Title).HasMaxLength(300);
        goal.Property(g => g.Category).HasMaxLength(32);
        goal.Property(g => g.Status).HasMaxLength(32);
        goal.Property(g => g.ClosedOutcome).HasMaxLength(32);
        goal.HasIndex(g => new { g.DepartmentCode, g.PeriodEnd });
    }
}
