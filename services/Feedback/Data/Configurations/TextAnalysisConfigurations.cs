using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ServiceExcellence.Feedback.Analysis.RecurringIssues;
using ServiceExcellence.Feedback.Analysis.Topics;

namespace ServiceExcellence.Feedback.Data.Configurations;

/// <summary><c>department_topic_taxonomies</c>: one row per department that replaced the default taxonomy.</summary>
internal sealed class DepartmentTopicTaxonomyConfiguration : IEntityTypeConfiguration<DepartmentTopicTaxonomy>
{
    public void Configure(EntityTypeBuilder<DepartmentTopicTaxonomy> taxonomy)
    {
        taxonomy.ToTable("department_topic_taxonomies");
        taxonomy.HasKey(t => t.DepartmentCode);
        taxonomy.Property(t => t.DepartmentCode).HasMaxLength(64);
        taxonomy.Property(t => t.Topics).HasColumnType("jsonb");
        taxonomy.Property(t => t.ChangedBy).HasMaxLength(200);
    }
}

/// <summary>
/// <c>recurring_issues</c>: the unique key on department, kind, key and window start makes raising idempotent; the
/// (department, window end) index serves "current issues".
/// </summary>
internal sealed class RecurringIssueConfiguration : IEntityTypeConfiguration<RecurringIssue>
{
    public void Configure(EntityTypeBuilder<RecurringIssue> issue)
    {
        issue.ToTable("recurring_issues");
        issue.HasKey(i => i.Id);
        issue.Property(i => i.DepartmentCode).HasMaxLength(64);
        issue.Property(i => i.Key).HasMaxLength(RecurringIssue.MaxKeyLength);
        issue.HasIndex(i => new { i.DepartmentCode, i.Kind, i.Key, i.WindowStart }).IsUnique();
        issue.HasIndex(i => new { i.DepartmentCode, i.WindowEnd });
    }
}
