using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using static ServiceExcellence.Reporting.Data.ReportingTables;

namespace ServiceExcellence.Reporting.Data.Migrations;

/// <summary>The read models of Goals' events: goals' latest versions, their KPIs' targets and statuses, and KPI alerts.</summary>
[DbContext(typeof(ReportingDbContext))]
[Migration("20261122110000_GoalReadModels")]
public sealed class GoalReadModels : Migration
{
    private const string Code = "character varying(64)";
    private const string Time = "timestamp with time zone";
    private const string Number = "double precision";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(GoalFacts, table => new
        {
            goal_id = table.Column<Guid>(type: "uuid", nullable: false),
            department_code = table.Column<string>(type: Code, maxLength: 64, nullable: false),
            version = table.Column<int>(type: "integer", nullable: false),
            title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
            category = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
            status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
            period_start = table.Column<DateOnly>(type: "date", nullable: false),
            period_end = table.Column<DateOnly>(type: "date", nullable: false),
            defined_at = table.Column<DateTimeOffset>(type: Time, nullable: false),
            closed_outcome = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
            closed_attainment = table.Column<double>(type: Number, nullable: true),
            closed_at = table.Column<DateTimeOffset>(type: Time, nullable: true),
        }, constraints: table => table.PrimaryKey("pk_goal_facts", g => g.goal_id));
        migrationBuilder.CreateIndex("ix_goal_facts_department_code_period_end", GoalFacts, ["department_code", "period_end"]);

        migrationBuilder.CreateTable(GoalKpiFacts, table => new
        {
            kpi_id = table.Column<Guid>(type: "uuid", nullable: false),
            goal_id = table.Column<Guid>(type: "uuid", nullable: false),
            department_code = table.Column<string>(type: Code, maxLength: 64, nullable: false),
            version = table.Column<int>(type: "integer", nullable: false),
            metric_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
            direction = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
            target = table.Column<double>(type: Number, nullable: false),
            warning_threshold = table.Column<double>(type: Number, nullable: true),
            critical_threshold = table.Column<double>(type: Number, nullable: true),
            cadence = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
            status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
            value = table.Column<double>(type: Number, nullable: true),
            attainment = table.Column<double>(type: Number, nullable: true),
            status_at = table.Column<DateTimeOffset>(type: Time, nullable: true),
        }, constraints: table => table.PrimaryKey("pk_goal_kpi_facts", k => k.kpi_id));
        migrationBuilder.CreateIndex("ix_goal_kpi_facts_goal_id", GoalKpiFacts, "goal_id");

        migrationBuilder.CreateTable(GoalAlerts, table => new
        {
            alert_id = table.Column<Guid>(type: "uuid", nullable: false),
            department_code = table.Column<string>(type: Code, maxLength: 64, nullable: false),
            goal_id = table.Column<Guid>(type: "uuid", nullable: false),
            kpi_id = table.Column<Guid>(type: "uuid", nullable: false),
            metric_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
            severity = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
            changed_at = table.Column<DateTimeOffset>(type: Time, nullable: false),
            value = table.Column<double>(type: Number, nullable: true),
            threshold = table.Column<double>(type: Number, nullable: true),
            opened_at = table.Column<DateTimeOffset>(type: Time, nullable: true),
            acknowledged_at = table.Column<DateTimeOffset>(type: Time, nullable: true),
            escalated_at = table.Column<DateTimeOffset>(type: Time, nullable: true),
            escalated_to = table.Column<string>(type: Code, maxLength: 64, nullable: true),
            escalation_count = table.Column<int>(type: "integer", nullable: false),
            resolved_at = table.Column<DateTimeOffset>(type: Time, nullable: true),
        }, constraints: table => table.PrimaryKey("pk_goal_alerts", a => a.alert_id));
        migrationBuilder.CreateIndex("ix_goal_alerts_department_code_resolved_at", GoalAlerts, ["department_code", "resolved_at"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in ReportingTables.GoalReadModels)
        {
            migrationBuilder.DropTable(table);
        }
    }
}
