using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ServiceExcellence.Feedback.Data.Migrations;

/// <summary>Departments' own topic taxonomies and the recurring issues raised per detection window.</summary>
[DbContext(typeof(FeedbackDbContext))]
[Migration("20261122080300_TextAnalysis")]
public sealed class TextAnalysis : Migration
{
    private const string Taxonomies = "department_topic_taxonomies";
    private const string Issues = "recurring_issues";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: Taxonomies,
            columns: table => new
            {
                department_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                topics = table.Column<string>(type: "jsonb", nullable: false),
                changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                changed_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_department_topic_taxonomies", t => t.department_code));

        migrationBuilder.CreateTable(
            name: Issues,
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                department_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                kind = table.Column<int>(type: "integer", nullable: false),
                key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                recent_count = table.Column<int>(type: "integer", nullable: false),
                recent_share = table.Column<double>(type: "double precision", nullable: false),
                baseline_share = table.Column<double>(type: "double precision", nullable: false),
                window_start = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                window_end = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                detected_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_recurring_issues", i => i.id));

        migrationBuilder.CreateIndex("ix_recurring_issues_department_code_kind_key_window_start", Issues,
            ["department_code", "kind", "key", "window_start"], unique: true);
        migrationBuilder.CreateIndex("ix_recurring_issues_department_code_window_end", Issues,
            ["department_code", "window_end"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(Issues);
        migrationBuilder.DropTable(Taxonomies);
    }
}
