using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using ServiceExcellence.ServiceDefaults.Messaging;

namespace ServiceExcellence.Goals.Data.Migrations;

/// <summary>Departments (a tree by parent code), staff, and the outbox and inbox.</summary>
[DbContext(typeof(GoalsDbContext))]
[Migration("20261122070000_Organisation")]
public sealed class Organisation : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "departments",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                parent_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                registered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_departments", d => d.id);
                table.UniqueConstraint("ak_departments_code", d => d.code);
                table.ForeignKey("fk_departments_departments_parent_code", d => d.parent_code,
                    principalTable: "departments", principalColumn: "code", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex(name: "ix_departments_parent_code", table: "departments", column: "parent_code");

        migrationBuilder.CreateTable(
            name: "staff",
            columns: table => new
            {
                id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                department_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                team = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                registered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("pk_staff", s => s.id);
                table.ForeignKey("fk_staff_departments_department_code", s => s.department_code,
                    principalTable: "departments", principalColumn: "code", onDelete: ReferentialAction.Restrict);
            });
        migrationBuilder.CreateIndex(name: "ix_staff_department_code_id", table: "staff", columns: ["department_code", "id"]);

        migrationBuilder.CreateOutboxAndInbox();
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "staff");
        migrationBuilder.DropTable(name: "departments");
        migrationBuilder.DropTable(name: MessagingModel.OutboxTable);
        migrationBuilder.DropTable(name: MessagingModel.InboxTable);
    }
}
