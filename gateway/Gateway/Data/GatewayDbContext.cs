using Microsoft.EntityFrameworkCore;
using ServiceExcellence.Gateway.Domain.ApiKeys;
using ServiceExcellence.ServiceDefaults.Data;
using ServiceExcellence.ServiceDefaults.Messaging;
using ServiceExcellence.ServiceDefaults.Organisation;

namespace ServiceExcellence.Gateway.Data;

/// <summary>The gateway's own database: the API keys of intake clients, and its copy of the organisation's departments.</summary>
public sealed class GatewayDbContext(DbContextOptions<GatewayDbContext> options) : DbContext(options)
{
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(GatewayDbContext).Assembly);
        modelBuilder.AddDepartmentDirectory();
        modelBuilder.AddOutboxAndInbox();
        modelBuilder.UseSnakeCaseNames();
    }
}
