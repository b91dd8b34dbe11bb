using Microsoft.EntityFrameworkCore;
using ServiceExcellence.ServiceDefaults.Data;
using ServiceExcellence.ServiceDefaults.Messaging;
using ServiceExcellence.ServiceDefaults.Organisation;

namespace ServiceExcellence.Audits.Data;

/// <summary>
/// The Audits service's database: standards, audits, nonconformities with their corrective actions, KPI statuses,
/// staff assessments, its copy of the organisation, its outbox and inbox. Entity configurations live in
/// <c>Data/Configurations</c> and are applied from the assembly.
/// </summary>
public sealed class AuditsDbContext(DbContextOptions<AuditsDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AuditsDbContext).Assembly);
        modelBuilder.AddDepartmentDirectory();
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.UseSnakeCaseNames();
    }
}
