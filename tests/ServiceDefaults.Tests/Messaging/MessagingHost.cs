using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ServiceExcellence.ServiceDefaults.Data;
using ServiceExcellence.ServiceDefaults.Messaging;
using ServiceExcellence.Testing;

namespace ServiceExcellence.ServiceDefaults.Tests.Messaging;

/// <summary>A host with the suite's messaging over the real broker and database, and the tally consumer.</summary>
public sealed class MessagingHost : IAsyncLifetime
{
    public SuiteInfrastructure Infrastructure { get; } = new();

    public IHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Infrastructure.InitializeAsync();
        var probeDb = await SchemaComparison.CreateScratchDatabaseAsync(Infrastructure.ConnectionStrings["goalsdb"], "probedb");
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder();
        builder.Configuration["ConnectionStrings:probedb"] = probeDb;
        builder.Configuration["ConnectionStrings:rabbitmq"] = Infrastructure.ConnectionStrings["rabbitmq"];
        builder.Configuration["OTEL_SERVICE_NAME"] = "probe";
        // The retention job sweeps often here, so a test sees it run; it only ever deletes what is a week old.
        builder.Configuration["Messaging:Retention:SweepEvery"] = "00:00:00.200";
        builder.Services.AddSingleton(TimeProvider.System);
        builder.AddServiceDbContext<ProbeDbContext>("probedb");
        builder.AddMessaging<ProbeDbContext>(bus => bus.AddConsumer<TallyConsumer>());
        Host = builder.Build();
        await Host.StartAsync();
        await Host.Services.GetRequiredService<IBusControl>().WaitForHealthStatus(BusHealthStatus.Healthy, TimeSpan.FromSeconds(30));
    }

    public async Task DisposeAsync()
    {
        await Host.StopAsync();
        Host.Dispose();
        await Infrastructure.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class MessagingCollection : ICollectionFixture<MessagingHost>
{
    public const string Name = "messaging";
}
