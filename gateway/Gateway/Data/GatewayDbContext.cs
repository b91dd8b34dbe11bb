using Microsoft.EntityFrameworkCore;
using ServiceExcellence.Gateway.Domain.ApiKeys;
using ServiceExcellence.ServiceDefaults.Data;

namespace ServiceExcellence.Gateway.Data;

/// <summary>The gateway's own database: the API keys of intake clients.</summary>
public sealed class GatewayDbContext(DbContextOptions<GatewayDbContext> options) : DbContext(options)
{
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(GatewayDbContext).Assembly);
        modelBuilder.UseSnakeCaseNames();
    }
}
