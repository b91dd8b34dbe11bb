using Microsoft.EntityFrameworkCore;
using ServiceExcellence.Contracts;

namespace ServiceExcellence.ServiceDefaults.Messaging;

/// <summary>Stores integration events in the outbox so they commit, or roll back, with the state change.</summary>
public static class OutboxExtensions
{
    /// <summary>Adds the event to the context; it is written by the same <c>SaveChanges</c> as the entities.</summary>
    public static void AddIntegrationEvent<TEvent>(this DbContext db, TEvent integrationEvent)
        where TEvent : class, IIntegrationEvent
    {
        db.Set<OutboxMessage>().Add(OutboxMessage.Of(integrationEvent));
    }
}
