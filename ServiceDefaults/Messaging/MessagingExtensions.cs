using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ServiceExcellence.ServiceDefaults.Messaging;

/// <summary>MassTransit over RabbitMQ with the suite's outbox, inbox, retry and error-queue conventions.</summary>
public static class MessagingExtensions
{
    /// <summary>
    /// Connects to <c>ConnectionStrings:rabbitmq</c>, registers the consumers given, dispatches the outbox of
    /// <typeparamref name="TContext"/> and prunes its published outbox rows and inbox entries. Queues are named <c>{service}-{consumer}</c> so each service gets its own copy
    /// of every event. Call after <c>AddServiceDbContext</c> so migrations run before consumers start.
    /// </summary>
    public static IHostApplicationBuilder AddMessaging<TContext>(
        this IHostApplicationBuilder builder,
        Action<IBusRegistrationConfigurator>? configureConsumers = null)
        where TContext : DbContext
    {
        var connectionString = builder.Configuration.GetConnectionString("rabbitmq")
            ?? throw new InvalidOperationException(
                "ConnectionStrings:rabbitmq is not configured (env ConnectionStrings__rabbitmq); the AppHost sets it.");
        var service = ServiceName(builder);

        builder.Services.AddHostedService<OutboxDispatcher<TContext>>();
        builder.Services.AddOptions<MessagingRetentionOptions>().BindConfiguration(MessagingRetentionOptions.SectionName);
        builder.Services.AddHostedService<MessagingRetention<TContext>>();
        builder.Services.AddMassTransit(bus =>
        {
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(service, includeNamespace: false));
            configureConsumers?.Invoke(bus);
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(new Uri(connectionString), host => host.PublisherConfirmation = true);
                // Outer: exponential redelivery rides out an outage of the database of up to about two minutes.
                // Inner: immediate retries absorb a momentary conflict. Then the message goes to the _error queue
                // with its exception headers. (Broker-delayed redelivery needs a plugin Debian does not ship.)
                rabbit.UseMessageRetry(retry => retry.Exponential(6, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(2)));
                rabbit.UseMessageRetry(retry => retry.Immediate(2));
                rabbit.ConfigureEndpoints(context);
            });
        });
        return builder;
    }

    private static string ServiceName(IHostApplicationBuilder builder) =>
        (builder.Configuration["OTEL_SERVICE_NAME"] ?? builder.Environment.ApplicationName).ToLowerInvariant();
}
