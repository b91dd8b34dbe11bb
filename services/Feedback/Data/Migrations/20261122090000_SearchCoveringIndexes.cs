using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ServiceExcellence.Feedback.Data.Migrations;

/// <summary>
/// The department indexes carry the columns the other search filters test (INCLUDE), so that a search by department
/// and topic, channel or sentiment is answered from the index alone. Measured at 10 million rows: counting the first
/// 10,001 matches of department + topic fell from ~220 ms (a parallel sequential scan) to ~12 ms.
/// </summary>
[DbContext(typeof(FeedbackDbContext))]
[Migration("20261122090000_SearchCoveringIndexes")]
public sealed class SearchCoveringIndexes : Migration
{
    private const string Table = "feedback_entries";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        Recreate(migrationBuilder, covering: true);

        // Index-only scans skip the table only for pages the visibility map marks all-visible. By default autovacuum
        // visits an insert-only table after inserts of 20 % of its size (2 million rows at 10 million), leaving the
        // newest pages, the ones search reads first, unmarked; vacuum every 10,000 inserts instead.
        migrationBuilder.Sql($"ALTER TABLE {Table} SET (autovacuum_vacuum_insert_threshold = 10000, autovacuum_vacuum_insert_scale_factor = 0)");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql($"ALTER TABLE {Table} RESET (autovacuum_vacuum_insert_threshold, autovacuum_vacuum_insert_scale_factor)");
        Recreate(migrationBuilder, covering: false);
    }

    private static void Recreate(MigrationBuilder migrationBuilder, bool covering)
    {
        (string Name, string[] Columns, bool[] Descending, string[] Included)[] indexes =
        [
            ("ix_feedback_entries_department_code_occurred_at", ["department_code", "occurred_at"], [false, true], ["topics"]),
            ("ix_feedback_entries_department_code_channel_occurred_at", ["department_code", "channel", "occurred_at"],
                [false, false, true], ["sentiment_label", "topics"]),
            ("ix_feedback_entries_department_code_sentiment_label_occurred_at", ["department_code", "sentiment_label", "occurred_at"],
                [false, false, true], ["topics"]),
        ];
        foreach (var (name, columns, descending, included) in indexes)
        {
            migrationBuilder.DropIndex(name, Table);
            var index = migrationBuilder.CreateIndex(name, Table, columns, descending: descending);
            if (covering)
            {
                index.Annotation("Npgsql:IndexInclude", included);
            }
        }
    }
}
