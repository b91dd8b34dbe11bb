using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using ServiceExcellence.Goals.Data.Configurations;

namespace ServiceExcellence.Goals.Data.Migrations;

/// <summary>Goals with their KPIs, measurements, versions and reviews, and KPI alerts.</summary>
[DbContext(typeof(GoalsDbContext))]
[Migration("20261122100000_GoalsAndAlerts")]
public sealed class GoalsAndAlerts : Migration
{
    private const string Time = "timestamp with time zone";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "goals",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                department_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                category = table.Column<int>(type: "integer", nullable: true),
                owner_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                team = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                parent_goal_id = table.Column<Guid>(type: "uuid", nullable: true),
                strategy_link = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                weight = table.Column<double>(type: "double precision", nullable: false),
                period_start = table.Column<DateOnly>(type: "date", nullable: false),
                period_end = table.Column<DateOnly>(type: "date", nullable: false),
                status = table.Column<int>(type: "integer", nullable: false),
                version = table.Column<int>(type: "integer", nullable: false),
                created_at = table.Column<DateTimeOffset>(type: Time, nullable: false),
                updated_at = table.Column<DateTimeOffset>(type: Time, nullable: false),
                closed_at = table.Column<DateTimeOffset>(type: Time, nullable: true),
                next_period_proposal = table.Column<string>(type: "text", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_goals", g => g.id);
                table.ForeignKey("fk_goals_departments_department_code", g => g.department_code,
                    principalTable: "departments", principalColumn: "code", onDelete: ReferentialAction.Restrict);
                table.ForeignKey("fk_goals_goals_parent_goal_id", g => g.parent_goal_id,
                    principalTable: "goals", principalColumn: "id", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex("ix_goals_department_code_period_start_period_end", "goals",
            ["department_code", "period_start", "period_end"]);
        migrationBuilder.CreateIndex("ix_goals_status_period_start", "goals", ["status", "period_start"]);
        migrationBuilder.CreateIndex("ix_goals_category_period_start", "goals", ["category", "period_start"]);
        migrationBuilder.CreateIndex("ix_goals_period_start_period_end", "goals", ["period_start", "period_end"]);
        migrationBuilder.CreateIndex("ix_goals_parent_goal_id", "goals", "parent_goal_id");
        migrationBuilder.CreateIndex("ix_goals_owner_id", "goals", "owner_id");

        migrationBuilder.CreateTable(
            name: "kpis",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                goal_id = table.Column<Guid>(type: "uuid", nullable: false),
                metric = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                kind = table.Column<int>(type: "integer", nullable: false),
                direction = table.Column<int>(type: "integer", nullable: false),
                unit = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                baseline = table.Column<double>(type: "double precision", nullable: true),
                target = table.Column<double>(type: "double precision", nullable: true),
                warning_threshold = table.Column<double>(type: "double precision", nullable: false),
                critical_threshold = table.Column<double>(type: "double precision", nullable: false),
                cadence = table.Column<int>(type: "integer", nullable: false),
                owner_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                warning_rule = table.Column<int>(type: "integer", nullable: false),
                minimum_sample = table.Column<int>(type: "integer", nullable: true),
                baseline_window = table.Column<int>(type: "integer", nullable: true),
                last_value = table.Column<double>(type: "double precision", nullable: true),
                last_sample_size = table.Column<long>(type: "bigint", nullable: true),
                last_measured_at = table.Column<DateTimeOffset>(type: Time, nullable: true),
                last_success_at = table.Column<DateTimeOffset>(type: Time, nullable: true),
                status = table.Column<int>(type: "integer", nullable: true),
                next_due_at = table.Column<DateTimeOffset>(type: Time, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_kpis", k => k.id);
                table.ForeignKey("fk_kpis_goals_goal_id", k => k.goal_id,
                    principalTable: "goals", principalColumn: "id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("ix_kpis_goal_id", "kpis", "goal_id");
        migrationBuilder.CreateIndex("ix_kpis_metric", "kpis", "metric");
        migrationBuilder.CreateIndex("ix_kpis_next_due_at", "kpis", "next_due_at", filter: KpiConfiguration.Tracked);

        migrationBuilder.CreateTable(
            name: "kpi_measurements",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                kpi_id = table.Column<Guid>(type: "uuid", nullable: false),
                goal_id = table.Column<Guid>(type: "uuid", nullable: false),
                value = table.Column<double>(type: "double precision", nullable: false),
                sample_size = table.Column<long>(type: "bigint", nullable: true),
                observed_at = table.Column<DateTimeOffset>(type: Time, nullable: false),
                recorded_at = table.Column<DateTimeOffset>(type: Time, nullable: false),
                source = table.Column<int>(type: "integer", nullable: false),
                recorded_by = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_kpi_measurements", m => m.id);
                table.ForeignKey("fk_kpi_measurements_kpis_kpi_id", m => m.kpi_id,
                    principalTable: "kpis", principalColumn: "id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("ix_kpi_measurements_kpi_id_observed_at", "kpi_measurements", ["kpi_id", "observed_at"]);

        migrationBuilder.CreateTable(
            name: "goal_versions",
            columns: table => new
            {
                goal_id = table.Column<Guid>(type: "uuid", nullable: false),
                number = table.Column<int>(type: "integer", nullable: false),
                created_at = table.Column<DateTimeOffset>(type: Time, nullable: false),
                created_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                reason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                snapshot = table.Column<string>(type: "text", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_goal_versions", v => new { v.goal_id, v.number });
                table.ForeignKey("fk_goal_versions_goals_goal_id", v => v.goal_id,
                    principalTable: "goals", principalColumn: "id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "goal_reviews",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                goal_id = table.Column<Guid>(type: "uuid", nullable: false),
                outcome = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                lessons = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                adjustments = table.Column<string>(type: "text", nullable: false),
                resulting_version = table.Column<int>(type: "integer", nullable: true),
                reviewed_at = table.Column<DateTimeOffset>(type: Time, nullable: false),
                reviewed_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_goal_reviews", r => r.id);
                table.ForeignKey("fk_goal_reviews_goals_goal_id", r => r.goal_id,
                    principalTable: "goals", principalColumn: "id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("ix_goal_reviews_goal_id_reviewed_at", "goal_reviews", ["goal_id", "reviewed_at"]);

        migrationBuilder.CreateTable(
            name: "alerts",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                goal_id = table.Column<Guid>(type: "uuid", nullable: false),
                kpi_id = table.Column<Guid>(type: "uuid", nullable: false),
                department_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                metric_key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                severity = table.Column<int>(type: "integer", nullable: false),
                rule = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                value = table.Column<double>(type: "double precision", nullable: false),
                threshold = table.Column<double>(type: "double precision", nullable: true),
                owner_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                state = table.Column<int>(type: "integer", nullable: false),
                opened_at = table.Column<DateTimeOffset>(type: Time, nullable: false),
                clock_started_at = table.Column<DateTimeOffset>(type: Time, nullable: false),
                acknowledged_at = table.Column<DateTimeOffset>(type: Time, nullable: true),
                acknowledged_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                action_plan = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                action_plan_at = table.Column<DateTimeOffset>(type: Time, nullable: true),
                escalation_count = table.Column<int>(type: "integer", nullable: false),
                escalated_to = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                last_escalated_at = table.Column<DateTimeOffset>(type: Time, nullable: true),
                good_since = table.Column<DateTimeOffset>(type: Time, nullable: true),
                resolved_at = table.Column<DateTimeOffset>(type: Time, nullable: true),
                resolution = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                resolved_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                resolved_automatically = table.Column<bool>(type: "boolean", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_alerts", a => a.id);
                table.ForeignKey("fk_alerts_kpis_kpi_id", a => a.kpi_id,
                    principalTable: "kpis", principalColumn: "id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("ix_alerts_department_code_state_opened_at", "alerts",
            ["department_code", "state", "opened_at"], descending: [false, false, true]);
        migrationBuilder.CreateIndex("ix_alerts_state_severity_opened_at", "alerts",
            ["state", "severity", "opened_at"], descending: [false, false, true]);
        migrationBuilder.CreateIndex("ix_alerts_kpi_id", "alerts", "kpi_id", unique: true, filter: AlertConfiguration.Unresolved);
        migrationBuilder.CreateIndex("ix_alerts_clock_started_at", "alerts", "clock_started_at", filter: AlertConfiguration.Unresolved);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("alerts");
        migrationBuilder.DropTable("goal_reviews");
        migrationBuilder.DropTable("goal_versions");
        migrationBuilder.DropTable("kpi_measurements");
        migrationBuilder.DropTable("kpis");
        migrationBuilder.DropTable("goals");
    }
}
