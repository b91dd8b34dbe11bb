using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using ServiceExcellence.Audits.Data.Configurations;

namespace ServiceExcellence.Audits.Data.Migrations;

/// <summary>
/// Standards with their versioned items, audits with their item results, nonconformities and corrective actions,
/// the KPI status table and staff assessments, with every list and scan index.
/// </summary>
[DbContext(typeof(AuditsDbContext))]
[Migration("20261122100000_Audits")]
public sealed class AuditsSchema : Migration
{
    private const string Timestamp = "timestamp with time zone";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        CreateStandards(migrationBuilder);
        CreateAudits(migrationBuilder);
        CreateNonconformities(migrationBuilder);
        CreateCorrectiveActions(migrationBuilder);
        CreateKpiStatusesAndStaffAssessments(migrationBuilder);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[]
                 {
                     "staff_assessments", "kpi_statuses", "corrective_actions", "nonconformities", "audit_item_results", "audits",
                     "standard_items", "service_standards",
                 })
        {
            migrationBuilder.DropTable(table);
        }
    }

    private static void CreateStandards(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "service_standards",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                version = table.Column<int>(type: "integer", nullable: false),
                title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                department_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                pass_mark = table.Column<double>(type: "double precision", nullable: false),
                published_at = table.Column<DateTimeOffset>(type: Timestamp, nullable: false),
                published_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_service_standards", s => s.id));
        migrationBuilder.CreateIndex("ix_service_standards_code_version", "service_standards", ["code", "version"], unique: true);
        migrationBuilder.CreateIndex("ix_service_standards_department_code_code", "service_standards", ["department_code", "code"]);

        migrationBuilder.CreateTable(
            name: "standard_items",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                standard_id = table.Column<Guid>(type: "uuid", nullable: false),
                position = table.Column<int>(type: "integer", nullable: false),
                text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                weight = table.Column<double>(type: "double precision", nullable: false),
                critical = table.Column<bool>(type: "boolean", nullable: false),
                servqual_dimension = table.Column<int>(type: "integer", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_standard_items", i => i.id);
                table.ForeignKey("fk_standard_items_service_standards_standard_id", i => i.standard_id, "service_standards", "id",
                    onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("ix_standard_items_standard_id", "standard_items", "standard_id");
    }

    private static void CreateAudits(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "audits",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                standard_id = table.Column<Guid>(type: "uuid", nullable: false),
                standard_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                standard_version = table.Column<int>(type: "integer", nullable: false),
                department_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                kind = table.Column<int>(type: "integer", nullable: false),
                auditor_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                conducted_at = table.Column<DateTimeOffset>(type: Timestamp, nullable: false),
                recorded_at = table.Column<DateTimeOffset>(type: Timestamp, nullable: false),
                recorded_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                score = table.Column<double>(type: "double precision", nullable: true),
                compliance_rate = table.Column<double>(type: "double precision", nullable: true),
                passed = table.Column<bool>(type: "boolean", nullable: false),
                passed_items = table.Column<int>(type: "integer", nullable: false),
                failed_items = table.Column<int>(type: "integer", nullable: false),
                applicable_items = table.Column<int>(type: "integer", nullable: false),
                passed_weight = table.Column<double>(type: "double precision", nullable: false),
                applicable_weight = table.Column<double>(type: "double precision", nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_audits", a => a.id));
        migrationBuilder.CreateIndex("ix_audits_conducted_at", "audits", "conducted_at", descending: [true]);
        migrationBuilder.CreateIndex("ix_audits_department_code_conducted_at", "audits",
            ["department_code", "conducted_at"], descending: [false, true]);
        migrationBuilder.CreateIndex("ix_audits_department_code_kind_conducted_at", "audits",
            ["department_code", "kind", "conducted_at"], descending: [false, false, true]);
        migrationBuilder.CreateIndex("ix_audits_kind_conducted_at", "audits", ["kind", "conducted_at"], descending: [false, true]);
        migrationBuilder.CreateIndex("ix_audits_standard_id", "audits", "standard_id");

        migrationBuilder.CreateTable(
            name: "audit_item_results",
            columns: table => new
            {
                audit_id = table.Column<Guid>(type: "uuid", nullable: false),
                item_id = table.Column<Guid>(type: "uuid", nullable: false),
                outcome = table.Column<int>(type: "integer", nullable: false),
                note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                evidence_url = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_audit_item_results", r => new { r.audit_id, r.item_id });
                table.ForeignKey("fk_audit_item_results_audits_audit_id", r => r.audit_id, "audits", "id",
                    onDelete: ReferentialAction.Cascade);
            });
    }

    private static void CreateNonconformities(MigrationBuilder migrationBuilder)
    {
        const string table = "nonconformities";
        migrationBuilder.CreateTable(
            name: table,
            columns: t => new
            {
                id = t.Column<Guid>(type: "uuid", nullable: false),
                department_code = t.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                source = t.Column<int>(type: "integer", nullable: false),
                source_reference = t.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                audit_id = t.Column<Guid>(type: "uuid", nullable: true),
                description = t.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                critical = t.Column<bool>(type: "boolean", nullable: false),
                kpi_id = t.Column<Guid>(type: "uuid", nullable: true),
                kpi_cadence = t.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                state = t.Column<int>(type: "integer", nullable: false),
                raised_at = t.Column<DateTimeOffset>(type: Timestamp, nullable: false),
                raised_by = t.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                reopen_count = t.Column<int>(type: "integer", nullable: false),
                closed_at = t.Column<DateTimeOffset>(type: Timestamp, nullable: true),
            },
            constraints: t => t.PrimaryKey("pk_nonconformities", n => n.id));
        migrationBuilder.CreateIndex("ix_nonconformities_raised_at", table, "raised_at", descending: [true]);
        migrationBuilder.CreateIndex("ix_nonconformities_department_code_raised_at", table,
            ["department_code", "raised_at"], descending: [false, true]);
        migrationBuilder.CreateIndex("ix_nonconformities_department_code_state_raised_at", table,
            ["department_code", "state", "raised_at"], descending: [false, false, true]);
        migrationBuilder.CreateIndex("ix_nonconformities_state_raised_at", table, ["state", "raised_at"], descending: [false, true]);
        migrationBuilder.CreateIndex("ix_nonconformities_audit_id", table, "audit_id");
        migrationBuilder.CreateIndex("ix_nonconformities_kpi_id", table, "kpi_id");
        migrationBuilder.CreateIndex("ix_nonconformities_source_source_reference", table, ["source", "source_reference"],
            unique: true, filter: AuditsModel.OncePerSource);
    }

    private static void CreateCorrectiveActions(MigrationBuilder migrationBuilder)
    {
        const string table = "corrective_actions";
        migrationBuilder.CreateTable(
            name: table,
            columns: t => new
            {
                id = t.Column<Guid>(type: "uuid", nullable: false),
                nonconformity_id = t.Column<Guid>(type: "uuid", nullable: false),
                department_code = t.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                owner_id = t.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                due_at = t.Column<DateTimeOffset>(type: Timestamp, nullable: false),
                plan = t.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                state = t.Column<int>(type: "integer", nullable: false),
                planned_at = t.Column<DateTimeOffset>(type: Timestamp, nullable: false),
                planned_by = t.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                started_at = t.Column<DateTimeOffset>(type: Timestamp, nullable: true),
                completed_at = t.Column<DateTimeOffset>(type: Timestamp, nullable: true),
                evidence = t.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                verified_at = t.Column<DateTimeOffset>(type: Timestamp, nullable: true),
                verified_by = t.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                verification_note = t.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                verified_automatically = t.Column<bool>(type: "boolean", nullable: false),
                overdue_flagged_at = t.Column<DateTimeOffset>(type: Timestamp, nullable: true),
            },
            constraints: t => t.PrimaryKey("pk_corrective_actions", a => a.id));
        migrationBuilder.CreateIndex("ix_corrective_actions_nonconformity_id", table, "nonconformity_id");
        migrationBuilder.CreateIndex("ix_corrective_actions_department_code_due_at", table, ["department_code", "due_at"]);
        migrationBuilder.CreateIndex("ix_corrective_actions_department_code_state_due_at", table, ["department_code", "state", "due_at"]);
        migrationBuilder.CreateIndex("ix_corrective_actions_state_due_at", table, ["state", "due_at"]);
        migrationBuilder.CreateIndex("ix_corrective_actions_due_at", table, "due_at", filter: AuditsModel.OverdueUnflagged);
    }

    private static void CreateKpiStatusesAndStaffAssessments(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "kpi_statuses",
            columns: t => new
            {
                kpi_id = t.Column<Guid>(type: "uuid", nullable: false),
                department_code = t.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                status = t.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                cadence = t.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                changed_at = t.Column<DateTimeOffset>(type: Timestamp, nullable: false),
            },
            constraints: t => t.PrimaryKey("pk_kpi_statuses", s => s.kpi_id));

        const string table = "staff_assessments";
        migrationBuilder.CreateTable(
            name: table,
            columns: t => new
            {
                id = t.Column<Guid>(type: "uuid", nullable: false),
                staff_id = t.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                department_code = t.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                period = t.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                period_start = t.Column<DateTimeOffset>(type: Timestamp, nullable: false),
                service_awareness_score = t.Column<double>(type: "double precision", nullable: false),
                assessor_id = t.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                assessed_at = t.Column<DateTimeOffset>(type: Timestamp, nullable: false),
            },
            constraints: t => t.PrimaryKey("pk_staff_assessments", a => a.id));
        migrationBuilder.CreateIndex("ix_staff_assessments_staff_id_period", table, ["staff_id", "period"], unique: true);
        migrationBuilder.CreateIndex("ix_staff_assessments_department_code_period_start", table,
            ["department_code", "period_start"], descending: [false, true]);
        migrationBuilder.CreateIndex("ix_staff_assessments_period_department_code", table, ["period", "department_code"]);
    }
}
