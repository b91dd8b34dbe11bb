using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ServiceExcellence.ServiceDefaults.Organisation;

/// <summary>The <c>known_departments</c> table, the same in every service that keeps a copy of the organisation.</summary>
public static class DepartmentDirectoryModel
{
    public const string Table = "known_departments";

    public static ModelBuilder AddDepartmentDirectory(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<KnownDepartment>(department =>
        {
            department.ToTable(Table);
            department.HasKey(d => d.Code);
            department.Property(d => d.Code).HasMaxLength(64);
            department.Property(d => d.Name).HasMaxLength(200);
            department.Property(d => d.ParentCode).HasMaxLength(64);
            department.HasIndex(d => d.ParentCode);
        });
        return modelBuilder;
    }

    public static void CreateDepartmentDirectory(this MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: Table,
            columns: table => new
            {
                code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                parent_code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_known_departments", d => d.code));
        migrationBuilder.CreateIndex(name: "ix_known_departments_parent_code", table: Table, column: "parent_code");
    }
}
