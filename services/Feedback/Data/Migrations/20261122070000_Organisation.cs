using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using ServiceExcellence.ServiceDefaults.Messaging;
using ServiceExcellence.ServiceDefaults.Organisation;

namespace ServiceExcellence.Feedback.Data.Migrations;

/// <summary>The copy of the organisation's departments, and the outbox and inbox.</summary>
[DbContext(typeof(FeedbackDbContext))]
[Migration("20261122070000_Organisation")]
public sealed class Organisation : Migration
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
