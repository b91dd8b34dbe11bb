using Microsoft.EntityFrameworkCore.Migrations;
using ServiceExcellence.ServiceDefaults.Messaging;

namespace ServiceExcellence.ServiceDefaults.Organisation;

/// <summary>
/// The first migration of a service that keeps a copy of the organisation: <c>known_departments</c>, the outbox and
/// the inbox. Each such service derives one class from it with its own <c>[DbContext]</c> and <c>[Migration]</c>.
/// </summary>
public abstract class DepartmentCopyMigration : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateDepartmentDirectory();
        migrationBuilder.CreateOutboxAndInbox();
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: DepartmentDirectoryModel.Table);
        migrationBuilder.DropTable(name: MessagingModel.OutboxTable);
        migrationBuilder.DropTable(name: MessagingModel.InboxTable);
    }
}
