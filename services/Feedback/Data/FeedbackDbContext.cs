using Microsoft.EntityFrameworkCore;
using ServiceExcellence.Feedback.Domain.Intake;
using ServiceExcellence.ServiceDefaults.Data;
using ServiceExcellence.ServiceDefaults.Messaging;
using ServiceExcellence.ServiceDefaults.Organisation;

namespace ServiceExcellence.Feedback.Data;

/// <summary>
/// The Feedback service's database. Each capability keeps its entity configurations in <c>Data/Configurations</c>
/// and its own migration, so they are applied from the assembly rather than listed here.
/// </summary>
public sealed class FeedbackDbContext(DbContextOptions<FeedbackDbContext> options) : DbContext(options)
{
    public DbSet<FeedbackEntry> FeedbackEntries => Set<FeedbackEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(FeedbackDbContext).Assembly);
        modelBuilder.AddDepartmentDirectory();
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.UseSnakeCaseNames();
    }
}
