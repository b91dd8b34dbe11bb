using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using static ServiceExcellence.Reporting.Data.ReportingTables;

namespace ServiceExcellence.Reporting.Data.Migrations;

/// <summary>The event log (also the inbox) and every read model built from it, with an index per report filter.</summary>
[DbContext(typeof(ReportingDbContext))]
[Migration("20261122100000_ReadModels")]
public sealed class ReadModels : Migration
{
    private const string Code = "character varying(64)";
    private const string Time = "timestamp with time zone";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(EventLog, table => new
        {
            sequence = table.Column<long>(type: "bigint", nullable: false)
                .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
            event_id = table.Column<Guid>(type: "uuid", nullable: false),
            event_type = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
            occurred_at = table.Column<DateTimeOffset>(type: Time, nullable: false),
            department_code = table.Column<string>(type: Code, maxLength: 64, nullable: false),
            payload = table.Column<string>(type: "jsonb", nullable: false),
            recorded_at = table.Column<DateTimeOffset>(type: Time, nullable: false),
        }, constraints: table => table.PrimaryKey("pk_event_log", e => e.sequence));
        migrationBuilder.CreateIndex("ix_event_log_event_id", EventLog, "event_id", unique: true);

        migrationBuilder.CreateTable(DailyFeedbackTotals, table => new
        {
            department_code = table.Column<string>(type: Code, maxLength: 64, nullable: false),
            local_date = table.Column<DateOnly>(type: "date", nullable: false),
            entries = table.Column<long>(type: "bigint", nullable: false),
            csat_answers = table.Column<long>(type: "bigint", nullable: false),
            csat_positive = table.Column<long>(type: "bigint", nullable: false),
            csat_sum = table.Column<long>(type: "bigint", nullable: false),
            nps_answers = table.Column<long>(type: "bigint", nullable: false),
            nps_promoters = table.Column<long>(type: "bigint", nullable: false),
            nps_detractors = table.Column<long>(type: "bigint", nullable: false),
            ces_answers = table.Column<long>(type: "bigint", nullable: false),
            ces_sum = table.Column<long>(type: "bigint", nullable: false),
            commented = table.Column<long>(type: "bigint", nullable: false),
            commented_negative = table.Column<long>(type: "bigint", nullable: false),
            complaints_opened = table.Column<long>(type: "bigint", nullable: false),
        }, constraints: table => table.PrimaryKey("pk_daily_feedback_totals", t => new { t.department_code, t.local_date }));
        migrationBuilder.CreateIndex("ix_daily_feedback_totals_local_date", DailyFeedbackTotals, "local_date");

        migrationBuilder.CreateTable(ComplaintFacts, table => new
        {
            complaint_id = table.Column<Guid>(type: "uuid", nullable: false),
            department_code = table.Column<string>(type: Code, maxLength: 64, nullable: false),
            reopen_count = table.Column<int>(type: "integer", nullable: false),
            opened_at = table.Column<DateTimeOffset>(type: Time, nullable: true),
            response_due_at = table.Column<DateTimeOffset>(type: Time, nullable: true),
            resolution_due_at = table.Column<DateTimeOffset>(type: Time, nullable: true),
            resolution_due_on = table.Column<DateOnly>(type: "date", nullable: true),
            responded_at = table.Column<DateTimeOffset>(type: Time, nullable: true),
            responded_on = table.Column<DateOnly>(type: "date", nullable: true),
            first_response_minutes = table.Column<double>(type: "double precision", nullable: true),
            first_response_within_sla = table.Column<bool>(type: "boolean", nullable: true),
            resolved_at = table.Column<DateTimeOffset>(type: Time, nullable: true),
            resolved_on = table.Column<DateOnly>(type: "date", nullable: true),
            resolution_hours = table.Column<double>(type: "double precision", nullable: true),
            resolved_within_sla = table.Column<bool>(type: "boolean", nullable: true),
            response_breached = table.Column<bool>(type: "boolean", nullable: false),
            resolution_breached = table.Column<bool>(type: "boolean", nullable: false),
            closed_at = table.Column<DateTimeOffset>(type: Time, nullable: true),
        }, constraints: table => table.PrimaryKey("pk_complaint_facts", c => c.complaint_id));
        migrationBuilder.CreateIndex("ix_complaint_facts_department_code_responded_on", ComplaintFacts, ["department_code", "responded_on"]);
        migrationBuilder.CreateIndex("ix_complaint_facts_department_code_resolved_on", ComplaintFacts, ["department_code", "resolved_on"]);
        migrationBuilder.CreateIndex("ix_complaint_facts_department_code_resolution_due_on", ComplaintFacts, ["department_code", "resolution_due_on"]);

        migrationBuilder.CreateTable(AuditFacts, table => new
        {
            audit_id = table.Column<Guid>(type: "uuid", nullable: false),
            department_code = table.Column<string>(type: Code, maxLength: 64, nullable: false),
            kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
            conducted_on = table.Column<DateOnly>(type: "date", nullable: false),
            score = table.Column<double>(type: "double precision", nullable: true),
            passed_items = table.Column<int>(type: "integer", nullable: false),
            applicable_items = table.Column<int>(type: "integer", nullable: false),
        }, constraints: table => table.PrimaryKey("pk_audit_facts", a => a.audit_id));
        migrationBuilder.CreateIndex("ix_audit_facts_department_code_conducted_on", AuditFacts, ["department_code", "conducted_on"]);

        migrationBuilder.CreateTable(CorrectiveActionFacts, table => new
        {
            corrective_action_id = table.Column<Guid>(type: "uuid", nullable: false),
            department_code = table.Column<string>(type: Code, maxLength: 64, nullable: false),
            due_at = table.Column<DateTimeOffset>(type: Time, nullable: false),
            due_on = table.Column<DateOnly>(type: "date", nullable: false),
            completed_at = table.Column<DateTimeOffset>(type: Time, nullable: true),
            on_time = table.Column<bool>(type: "boolean", nullable: true),
            overdue = table.Column<bool>(type: "boolean", nullable: false),
        }, constraints: table => table.PrimaryKey("pk_corrective_action_facts", a => a.corrective_action_id));
        migrationBuilder.CreateIndex("ix_corrective_action_facts_department_code_due_on", CorrectiveActionFacts, ["department_code", "due_on"]);

        migrationBuilder.CreateTable(ServqualResponses, table => new
        {
            response_id = table.Column<Guid>(type: "uuid", nullable: false),
            department_code = table.Column<string>(type: Code, maxLength: 64, nullable: false),
            responded_on = table.Column<DateOnly>(type: "date", nullable: false),
            tangibles = table.Column<double>(type: "double precision", nullable: false),
            reliability = table.Column<double>(type: "double precision", nullable: false),
            responsiveness = table.Column<double>(type: "double precision", nullable: false),
            assurance = table.Column<double>(type: "double precision", nullable: false),
            empathy = table.Column<double>(type: "double precision", nullable: false),
            overall = table.Column<double>(type: "double precision", nullable: false),
            weighted = table.Column<double>(type: "double precision", nullable: true),
        }, constraints: table => table.PrimaryKey("pk_servqual_responses", r => r.response_id));
        migrationBuilder.CreateIndex("ix_servqual_responses_department_code_responded_on", ServqualResponses, ["department_code", "responded_on"]);

        migrationBuilder.CreateTable(StaffAssessments, table => new
        {
            staff_id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
            period = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
            department_code = table.Column<string>(type: Code, maxLength: 64, nullable: false),
            period_starts_on = table.Column<DateOnly>(type: "date", nullable: false),
            score = table.Column<double>(type: "double precision", nullable: false),
            assessment_id = table.Column<Guid>(type: "uuid", nullable: false),
        }, constraints: table => table.PrimaryKey("pk_staff_assessments", a => new { a.staff_id, a.period }));
        migrationBuilder.CreateIndex("ix_staff_assessments_department_code_period_starts_on", StaffAssessments, ["department_code", "period_starts_on"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in ReportingTables.ReadModels.Except(ReportingTables.GoalReadModels).Append(EventLog))
        {
            migrationBuilder.DropTable(table);
        }
    }
}
