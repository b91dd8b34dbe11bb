using Microsoft.EntityFrameworkCore;
using ServiceExcellence.Goals.Domain.Organisation;
using ServiceExcellence.ServiceDefaults.Data;
using ServiceExcellence.ServiceDefaults.Messaging;

namespace ServiceExcellence.Goals.Data;

/// <summary>The Goals service's database: organisation, goals, KPIs and alerts, plus its outbox and inbox.</summary>
public sealed class GoalsDbContext(DbContextOptions<GoalsDbContext> options) : DbContext(options)
{
    public DbSet<Department> Departments => Set<Department>();

    public DbSet<StaffMember> Staff => Set<StaffMember>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Department>(department =>
        {
            department.ToTable("departments");
            department.HasKey(d => d.Id);
            department.Property(d => d.Code).HasMaxLength(64);
            department.Property(d => d.Name).HasMaxLength(Department.MaxNameLength);
            department.Property(d => d.ParentCode).HasMaxLength(64);
            department.HasIndex(d => d.ParentCode);
            department.HasOne<Department>().WithMany().HasForeignKey(d => d.ParentCode).HasPrincipalKey(d => d.Code)
                .OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<StaffMember>(staff =>
        {
            staff.ToTable("staff");
            staff.HasKey(s => s.Id);
            staff.Property(s => s.Id).HasMaxLength(StaffMember.MaxIdLength);
            staff.Property(s => s.Name).HasMaxLength(StaffMember.MaxNameLength);
            staff.Property(s => s.DepartmentCode).HasMaxLength(64);
            staff.Property(s => s.Team).HasMaxLength(StaffMember.MaxTeamLength);
            staff.HasIndex(s => new { s.DepartmentCode, s.Id });
            staff.HasOne<Department>().WithMany().HasForeignKey(s => s.DepartmentCode).HasPrincipalKey(d => d.Code)
                .OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.UseSnakeCaseNames();
    }
}
