using Microsoft.EntityFrameworkCore;
using ServiceExcellence.ServiceDefaults.Data;
using ServiceExcellence.ServiceDefaults.Messaging;
using ServiceExcellence.ServiceDefaults.Organisation;

namespace ServiceExcellence.Reporting.Data;

/// <summary>
/// The Reporting service's database: its copy of the organisation, the event log and the read models built from it.
/// The hot paths (consumption, metric queries) use raw SQL over the same tables; the model exists for the schema.
/// </summary>
public sealed class ReportingDbContext(DbContextOptions<ReportingDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddDepartmentDirectory();
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ReportingDbContext).Assembly);
        modelBuilder.UseSnakeCaseNames();
    }
}
