using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ServiceExcellence.Feedback.Data.Migrations;

/// <summary>
/// A GIN index over (department, topics) for the search filter that combines them. btree_gin ships with PostgreSQL's
/// contrib and is a trusted extension, so the database owner may create it without being superuser.
/// </summary>
[DbContext(typeof(FeedbackDbContext))]
[Migration("20261122090000_DepartmentTopicIndex")]
public sealed class DepartmentTopicIndex : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AlterDatabase().Annotation("Npgsql:PostgresExtension:btree_gin", ",,");
        migrationBuilder.CreateIndex("ix_feedback_entries_department_code_topics", "feedback_entries", ["department_code", "topics"])
            .Annotation("Npgsql:IndexMethod", "gin");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex("ix_feedback_entries_department_code_topics", "feedback_entries");
        migrationBuilder.AlterDatabase().OldAnnotation("Npgsql:PostgresExtension:btree_gin", ",,");
    }
}
