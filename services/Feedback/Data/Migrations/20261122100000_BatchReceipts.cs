using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ServiceExcellence.Feedback.Data.Migrations;

/// <summary>
/// The answer to every batch sent with an Idempotency-Key, committed with its entries, so that a repeat after a crash
/// gets that answer from the database instead of waiting out a claim the dead process left in Redis.
/// </summary>
[DbContext(typeof(FeedbackDbContext))]
[Migration("20261122100000_BatchReceipts")]
public sealed class BatchReceipts : Migration
{
    private const string Table = "batch_receipts";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: Table,
            columns: table => new
            {
                key = table.Column<string>(type: "text", nullable: false),
                fingerprint = table.Column<string>(type: "text", nullable: false),
                receipt = table.Column<string>(type: "jsonb", nullable: false),
                recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_batch_receipts", t => t.key));

        // Receipts past the idempotency retention are deleted by age.
        migrationBuilder.CreateIndex(name: "ix_batch_receipts_recorded_at", table: Table, column: "recorded_at");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable(Table);
}
