using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ServiceExcellence.Feedback.Data.Migrations;

/// <summary>Feedback entries with their analysis and the indexes behind every search filter.</summary>
[DbContext(typeof(FeedbackDbContext))]
[Migration("20261122080000_FeedbackEntries")]
public sealed class FeedbackEntries : Migration
{
    private const string Table = "feedback_entries";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: Table,
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                department_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                channel = table.Column<int>(type: "integer", nullable: false),
                occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                received_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                customer_ref = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                service_ref = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                csat = table.Column<int>(type: "integer", nullable: true),
                nps = table.Column<int>(type: "integer", nullable: true),
                ces = table.Column<int>(type: "integer", nullable: true),
                comment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                sentiment_score = table.Column<double>(type: "double precision", nullable: true),
                sentiment_label = table.Column<int>(type: "integer", nullable: true),
                topics = table.Column<string[]>(type: "text[]", nullable: false),
                idempotency_key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
            },
            constraints: table => table.PrimaryKey("pk_feedback_entries", e => e.id));

        migrationBuilder.CreateIndex("ix_feedback_entries_department_code_occurred_at", Table,
            ["department_code", "occurred_at"], descending: [false, true]);
        migrationBuilder.CreateIndex("ix_feedback_entries_department_code_channel_occurred_at", Table,
            ["department_code", "channel", "occurred_at"], descending: [false, false, true]);
        migrationBuilder.CreateIndex("ix_feedback_entries_department_code_sentiment_label_occurred_at", Table,
            ["department_code", "sentiment_label", "occurred_at"], descending: [false, false, true]);
        migrationBuilder.CreateIndex("ix_feedback_entries_occurred_at", Table, "occurred_at", descending: [true]);
        migrationBuilder.CreateIndex("ix_feedback_entries_topics", Table, "topics").Annotation("Npgsql:IndexMethod", "gin");
        migrationBuilder.CreateIndex("ix_feedback_entries_idempotency_key", Table, "idempotency_key",
            unique: true, filter: "idempotency_key IS NOT NULL");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(Table);
}
