using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using ServiceExcellence.Contracts;

namespace ServiceExcellence.ServiceDefaults.Messaging;

/// <summary>Base of a consumer of one event type: the effect is applied once per event id (see <see cref="Inbox"/>).</summary>
public abstract class IntegrationEventConsumer<TEvent, TContext>(TContext db, ILogger logger) : IConsumer<TEvent>
    where TEvent : class, IIntegrationEvent
    where TContext : DbContext
{
    protected TContext Db { get; } = db;

    public Task Consume(ConsumeContext<TEvent> context) =>
        Inbox.ApplyOnceAsync(Db, context, GetType().Name, logger, HandleAsync);

    /// <summary>Applies the event to the context's entities; the base class saves and commits.</summary>
    protected abstract Task HandleAsync(TEvent message, CancellationToken cancellationToken);
}
