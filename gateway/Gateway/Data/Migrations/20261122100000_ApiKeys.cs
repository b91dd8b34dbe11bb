using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ServiceExcellence.Gateway.Data.Migrations;

/// <summary>The API keys of intake clients, stored only as hashes.</summary>
[DbContext(typeof(GatewayDbContext))]
[Migration("20261122100000_ApiKeys")]
public sealed class ApiKeys : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "api_keys",
            columns: table => new
            {
                id = table.Column<Guid>(type: "uuid", nullable: false),
                name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                key_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                prefix = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                departments = table.Column<string[]>(type: "text[]", nullable: false),
                allowed_origins = table.Column<string[]>(type: "text[]", nullable: false),
                created_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                revoked_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                last_used_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
            },
            constraints: table => table.PrimaryKey("pk_api_keys", k => k.id));
        migrationBuilder.CreateIndex("ix_api_keys_key_hash", "api_keys", "key_hash", unique: true);
        migrationBuilder.CreateIndex("ix_api_keys_created_at", "api_keys", "created_at", descending: [true]);
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("api_keys");
}
