using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ServiceExcellence.Feedback.Data.Migrations;

/// <summary>KANO studies with their responses and answers, and SERVQUAL responses with their gaps.</summary>
[DbContext(typeof(FeedbackDbContext))]
[Migration("20261122080200_Surveys")]
public sealed class Surveys : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "kano_studies",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                department_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                features = table.Column<string[]>(type: "text[]", nullable: false),
                created_by = table.Column<string>(type: "text", nullable: false),
                created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_kano_studies", s => s.id));
        migrationBuilder.CreateIndex("ix_kano_studies_department_code_created_at", "kano_studies", ["department_code", "created_at"]);

        migrationBuilder.CreateTable(
            name: "kano_responses",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                study_id = table.Column<Guid>(type: "uuid", nullable: false),
                department_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                recorded_by = table.Column<string>(type: "text", nullable: false),
                recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_kano_responses", r => r.id);
                table.ForeignKey("fk_kano_responses_kano_studies_study_id", r => r.study_id, "kano_studies", "id",
                    onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("ix_kano_responses_study_id", "kano_responses", "study_id");

        migrationBuilder.CreateTable(
            name: "kano_answers",
            columns: table => new
            {
                response_id = table.Column<Guid>(type: "uuid", nullable: false),
                feature = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                study_id = table.Column<Guid>(type: "uuid", nullable: false),
                functional = table.Column<int>(type: "integer", nullable: false),
                dysfunctional = table.Column<int>(type: "integer", nullable: false),
                category = table.Column<int>(type: "integer", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_kano_answers", a => new { a.response_id, a.feature });
                table.ForeignKey("fk_kano_answers_kano_responses_response_id", a => a.response_id, "kano_responses", "id",
                    onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("ix_kano_answers_study_id_feature_category", "kano_answers", ["study_id", "feature", "category"]);

        migrationBuilder.CreateTable(
            name: "servqual_responses",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                department_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                recorded_by = table.Column<string>(type: "text", nullable: false),
                recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                expectations = table.Column<int[]>(type: "integer[]", nullable: false),
                perceptions = table.Column<int[]>(type: "integer[]", nullable: false),
                tangibles_weight = table.Column<int>(type: "integer", nullable: true),
                reliability_weight = table.Column<int>(type: "integer", nullable: true),
                responsiveness_weight = table.Column<int>(type: "integer", nullable: true),
                assurance_weight = table.Column<int>(type: "integer", nullable: true),
                empathy_weight = table.Column<int>(type: "integer", nullable: true),
                tangibles_gap = table.Column<double>(type: "double precision", nullable: false),
                reliability_gap = table.Column<double>(type: "double precision", nullable: false),
                responsiveness_gap = table.Column<double>(type: "double precision", nullable: false),
                assurance_gap = table.Column<double>(type: "double precision", nullable: false),
                empathy_gap = table.Column<double>(type: "double precision", nullable: false),
                overall_gap = table.Column<double>(type: "double precision", nullable: false),
                weighted_score = table.Column<double>(type: "double precision", nullable: true),
            },
            constraints: table => table.PrimaryKey("pk_servqual_responses", r => r.id));
        migrationBuilder.CreateIndex("ix_servqual_responses_department_code_recorded_at", "servqual_responses",
            ["department_code", "recorded_at"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("servqual_responses");
        migrationBuilder.DropTable("kano_answers");
        migrationBuilder.DropTable("kano_responses");
        migrationBuilder.DropTable("kano_studies");
    }
}
