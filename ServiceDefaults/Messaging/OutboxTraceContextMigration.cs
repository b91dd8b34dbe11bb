using Microsoft.EntityFrameworkCore.Migrations;

namespace ServiceExcellence.ServiceDefaults.Messaging;

/// <summary>
/// The migration that gives an existing outbox its trace context columns. Each service with an outbox derives one
/// class from it with its own <c>[DbContext]</c> and <c>[Migration]</c>, as with <c>DepartmentCopyMigration</c>.
/// </summary>
public abstract class OutboxTraceContextMigration : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.AddOutboxTraceContext();

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropOutboxTraceContext();
}
