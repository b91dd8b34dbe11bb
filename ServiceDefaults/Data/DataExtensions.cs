using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using ServiceExcellence.ServiceDefaults.Health;
using ServiceExcellence.ServiceDefaults.Messaging;

namespace ServiceExcellence.ServiceDefaults.Data;

/// <summary>Registers a service's own PostgreSQL database the same way in every service.</summary>
public static class DataExtensions
{
    /// <summary>
    /// A pooled <typeparamref name="TContext"/> on <c>ConnectionStrings:{connectionName}</c>, migrated at start,
    /// with the outbox commit signal attached and a readiness check. Call before <c>AddMessaging</c>.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDbContext<TContext>(this IHostApplicationBuilder builder, string connectionName)
        where TContext : DbContext
    {
        var connectionString = builder.Configuration.GetConnectionString(connectionName)
            ?? throw new InvalidOperationException(
                $"ConnectionStrings:{connectionName} is not configured (env ConnectionStrings__{connectionName}); the AppHost sets it.");

        builder.Services.AddSingleton<OutboxSignal>();
        builder.Services.AddSingleton<OutboxCommitInterceptor>();
        builder.Services.AddDbContextPool<TContext>((sp, options) => options
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .AddInterceptors(sp.GetRequiredService<OutboxCommitInterceptor>())
            // Migrations are written by hand (the suite does not use EF's design-time tooling), so there is no model
            // snapshot to compare with; the schema test in each service's tests catches drift instead.
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning)));

        builder.Services.AddHostedService<DatabaseMigrator<TContext>>();
        builder.Services.AddHealthChecks()
            .AddCheck<DbContextHealthCheck<TContext>>(connectionName, HealthStatus.Unhealthy, [HealthTags.Ready]);
        return builder;
    }
}
