using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using ServiceExcellence.ServiceDefaults.Data;
using ServiceExcellence.ServiceDefaults.Messaging;

namespace ServiceExcellence.ServiceDefaults.Tests.Messaging;

/// <summary>A tally per department: a deliberately non-idempotent effect, so a double delivery would show.</summary>
public sealed class Tally
{
    public required string DepartmentCode { get; set; }

    public int Count { get; set; }
}

/// <summary>A minimal service database with the outbox and inbox, for testing the messaging conventions.</summary>
public sealed class ProbeDbContext(DbContextOptions<ProbeDbContext> options) : DbContext(options)
{
    public DbSet<Tally> Tallies => Set<Tally>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Tally>().HasKey(t => t.DepartmentCode);
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.UseSnakeCaseNames();
    }
}

[DbContext(typeof(ProbeDbContext))]
[Migration("20261122070000_Probe")]
public sealed class ProbeMigration : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "tallies",
            columns: table => new
            {
                department_code = table.Column<string>(type: "text", nullable: false),
                count = table.Column<int>(type: "integer", nullable: false),
            },
            constraints: table => table.PrimaryKey("pk_tallies", t => t.department_code));
        migrationBuilder.CreateOutboxAndInbox();
    }
}

[DbContext(typeof(ProbeDbContext))]
[Migration("20261210000000_OutboxTraceContext")]
public sealed class ProbeOutboxTraceContext : OutboxTraceContextMigration;
