using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ServiceExcellence.ServiceDefaults.Messaging;

/// <summary>The outbox and inbox tables, identical in every service's database.</summary>
public static class MessagingModel
{
    public const string OutboxTable = "outbox_messages";
    public const string InboxTable = "inbox_messages";

    /// <summary>A version-00 W3C traceparent: <c>00-{32 hex}-{16 hex}-{2 hex}</c>.</summary>
    private const int TraceParentLength = 55;

    /// <summary>Adds the outbox and inbox entities to a service's model (call in <c>OnModelCreating</c>).</summary>
    public static ModelBuilder AddOutboxAndInbox(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OutboxMessage>(outbox =>
        {
            outbox.ToTable(OutboxTable);
            outbox.HasKey(m => m.Id);
            outbox.Property(m => m.Type).HasMaxLength(300);
            outbox.Property(m => m.Payload).HasColumnType("jsonb");
            outbox.Property(m => m.CorrelationId).HasMaxLength(64);
            outbox.Property(m => m.TraceParent).HasMaxLength(TraceParentLength);
            outbox.HasIndex(m => m.Id).HasDatabaseName("ix_outbox_messages_unsent").HasFilter("sent_at IS NULL");
        });
        modelBuilder.Entity<InboxMessage>(inbox =>
        {
            inbox.ToTable(InboxTable);
            inbox.HasKey(m => new { m.MessageId, m.Consumer });
            inbox.Property(m => m.Consumer).HasMaxLength(200);
            inbox.HasIndex(m => m.ProcessedAt);
        });
        return modelBuilder;
    }

    /// <summary>Creates both tables in a hand-written migration.</summary>
    public static void CreateOutboxAndInbox(this MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: OutboxTable,
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                type = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                payload = table.Column<string>(type: "jsonb", nullable: false),
                occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                correlation_id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                attempts = table.Column<int>(type: "integer", nullable: false),
                last_error = table.Column<string>(type: "text", nullable: true),
            },
            constraints: table => table.PrimaryKey("pk_outbox_messages", m => m.id));
        migrationBuilder.CreateIndex(
            name: "ix_outbox_messages_unsent", table: OutboxTable, column: "id", filter: "sent_at IS NULL");

        migrationBuilder.CreateTable(
            name: InboxTable,
            columns: table => new
            {
                message_id = table.Column<Guid>(type: "uuid", nullable: false),
                consumer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                processed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_inbox_messages", m => new { m.message_id, m.consumer }));
        migrationBuilder.CreateIndex(name: "ix_inbox_messages_processed_at", table: InboxTable, column: "processed_at");
    }

    /// <summary>Adds the outbox's trace context columns (<see cref="OutboxMessage.TraceParent"/> and its trace state).</summary>
    public static void AddOutboxTraceContext(this MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>(
            name: "trace_parent", table: OutboxTable, type: $"character varying({TraceParentLength})", maxLength: TraceParentLength, nullable: true);
        migrationBuilder.AddColumn<string>(name: "trace_state", table: OutboxTable, type: "text", nullable: true);
    }

    /// <summary>Removes what <see cref="AddOutboxTraceContext"/> added.</summary>
    public static void DropOutboxTraceContext(this MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn(name: "trace_parent", table: OutboxTable);
        migrationBuilder.DropColumn(name: "trace_state", table: OutboxTable);
    }
}
