using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceExcellence.Reporting.Domain.ReadModels;

namespace ServiceExcellence.Reporting.Data.Configurations;

/// <summary><c>corrective_action_facts</c>, searched by department and due day.</summary>
internal sealed class CorrectiveActionFactConfiguration : IEntityTypeConfiguration<CorrectiveActionFact>
{
    public void Configure(EntityTypeBuilder<CorrectiveActionFact> action)
    {
        action.ToTable(ReportingTables.CorrectiveActionFacts);
        action.HasKey(a => a.CorrectiveActionId);
        action.Property(a => a.DepartmentCode).HasMaxLength(64);
        action.HasIndex(a => new { a.DepartmentCode, a.DueOn });
    }
}
