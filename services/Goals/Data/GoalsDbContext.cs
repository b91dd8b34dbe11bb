using Microsoft.EntityFrameworkCore;
using ServiceExcellence.Goals.Domain.Alerts;
using ServiceExcellence.Goals.Domain.Goals;
using ServiceExcellence.Goals.Domain.Organisation;
using ServiceExcellence.Goals.Domain.Tracking;
using ServiceExcellence.ServiceDefaults.Data;
using ServiceExcellence.ServiceDefaults.Messaging;

namespace ServiceExcellence.Goals.Data;

/// <summary>The Goals service's database: organisation, goals, KPIs and alerts, plus its outbox and inbox.</summary>
public sealed class GoalsDbContext(DbContextOptions<GoalsDbContext> options) : DbContext(options)
{
    public DbSet<Department> Departments => Set<Department>();

    public DbSet<StaffMember> Staff => Set<StaffMember>();

    public DbSet<Goal> Goals => Set<Goal>();

    public DbSet<Kpi> Kpis => Set<Kpi>();

    public DbSet<KpiMeasurement> Measurements => Set<KpiMeasurement>();

    public DbSet<GoalVersion> GoalVersions => Set<GoalVersion>();

    public DbSet<GoalReview> Reviews => Set<GoalReview>();

    public DbSet<Alert> Alerts => Set<Alert>();

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
        // Goals, KPIs, measurements, versions, reviews and alerts keep their configurations in Data/Configurations.
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(GoalsDbContext).Assembly);
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.UseSnakeCaseNames();
    }
}
