using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using ServiceExcellence.Feedback.Data.Configurations;

namespace ServiceExcellence.Feedback.Data.Migrations;

/// <summary>Complaints with their SLA due times, breach flags and list/scan indexes, and the per-department SLA overrides.</summary>
[DbContext(typeof(FeedbackDbContext))]
[Migration("20261122080100_Complaints")]
public sealed class Complaints : Migration
{
    private const string Table = "complaints";
    private const string Overrides = "complaint_sla_overrides";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: Table,
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                department_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                channel = table.Column<int>(type: "integer", nullable: false),
                customer_ref = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                severity = table.Column<int>(type: "integer", nullable: false),
                state = table.Column<int>(type: "integer", nullable: false),
                opened_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                opened_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                response_due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                resolution_due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                responded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                response_message = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                resolved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                resolution = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                customer_informed = table.Column<bool>(type: "boolean", nullable: true),
                customer_satisfied = table.Column<bool>(type: "boolean", nullable: true),
                reopen_count = table.Column<int>(type: "integer", nullable: false),
                last_reopened_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                last_reopen_reason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                response_breached_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                resolution_breached_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
            },
            constraints: table => table.PrimaryKey("pk_complaints", c => c.id));

        migrationBuilder.CreateIndex("ix_complaints_opened_at", Table, "opened_at", descending: [true]);
        migrationBuilder.CreateIndex("ix_complaints_department_code_opened_at", Table,
            ["department_code", "opened_at"], descending: [false, true]);
        migrationBuilder.CreateIndex("ix_complaints_department_code_state_opened_at", Table,
            ["department_code", "state", "opened_at"], descending: [false, false, true]);
        migrationBuilder.CreateIndex("ix_complaints_state_opened_at", Table, ["state", "opened_at"], descending: [false, true]);
        migrationBuilder.CreateIndex("ix_complaints_department_code_response_due_at", Table,
            ["department_code", "response_due_at"], filter: ComplaintConfiguration.ResponsePending);
        migrationBuilder.CreateIndex("ix_complaints_department_code_resolution_due_at", Table,
            ["department_code", "resolution_due_at"], filter: ComplaintConfiguration.ResolutionPending);
        migrationBuilder.CreateIndex("ix_complaints_response_due_at", Table, "response_due_at",
            filter: ComplaintConfiguration.ResponseBreachUnflagged);
        migrationBuilder.CreateIndex("ix_complaints_resolution_due_at", Table, "resolution_due_at",
            filter: ComplaintConfiguration.ResolutionBreachUnflagged);

        migrationBuilder.CreateTable(
            name: Overrides,
            columns: table => new
            {
                department_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                severity = table.Column<int>(type: "integer", nullable: false),
                first_response = table.Column<TimeSpan>(type: "interval", nullable: false),
                resolution = table.Column<TimeSpan>(type: "interval", nullable: false),
                updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                updated_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_complaint_sla_overrides", s => new { s.department_code, s.severity }));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(Overrides);
        migrationBuilder.DropTable(Table);
    }
}
