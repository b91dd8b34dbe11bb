using System.Collections.Concurrent;
using MassTransit;
using ServiceExcellence.Contracts;

namespace ServiceExcellence.Testing;

/// <summary>
/// Observes a bus and counts, per event id, how many times a consumer finished with it (applied or skipped as a
/// duplicate), so a test can wait for a delivery to be through instead of guessing with a marker or a sleep.
/// </summary>
public sealed class ConsumedMessages : IConsumeObserver
{
    private readonly ConcurrentDictionary<Guid, int> _completed = new();

    public static ConsumedMessages ObserveOn(IBus bus)
    {
        var observer = new ConsumedMessages();
        bus.ConnectConsumeObserver(observer);
        return observer;
    }

    public int CountOf(Guid eventId) => _completed.GetValueOrDefault(eventId);

    public Task WaitForAsync(Guid eventId, int times, TimeSpan timeout) =>
        Eventually.MatchAsync(() => Task.FromResult(CountOf(eventId)), n => n >= times, timeout, $"event {eventId} consumed {times}×");

    public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context) where T : class
    {
        if (context.Message is IIntegrationEvent integrationEvent)
        {
            _completed.AddOrUpdate(integrationEvent.EventId, 1, (_, n) => n + 1);
        }

        return Task.CompletedTask;
    }

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class => Task.CompletedTask;
}
