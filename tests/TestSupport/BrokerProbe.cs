using System.Collections.Concurrent;
using MassTransit;

namespace ServiceExcellence.Testing;

/// <summary>
/// A separate bus on the real RabbitMQ with its own temporary queue, bound to the event types a test names: it sees
/// exactly what any other service would receive, so a test can prove an event really left through the outbox.
/// </summary>
public sealed class BrokerProbe : IAsyncDisposable
{
    private readonly ConcurrentQueue<object> _received = new();
    private readonly IBusControl _bus;

    private BrokerProbe(string rabbitMqConnectionString, Action<IReceiveEndpointConfigurator, BrokerProbe> bind)
    {
        _bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(new Uri(rabbitMqConnectionString));
            rabbit.ReceiveEndpoint($"test-probe-{Guid.NewGuid():N}", endpoint =>
            {
                endpoint.AutoDelete = true;
                endpoint.Durable = false;
                bind(endpoint, this);
            });
        });
    }

    /// <summary>Starts a probe; <paramref name="bind"/> calls <see cref="Observe{T}"/> once per event type.</summary>
    public static async Task<BrokerProbe> StartAsync(string rabbitMqConnectionString, Action<IReceiveEndpointConfigurator, BrokerProbe> bind)
    {
        var probe = new BrokerProbe(rabbitMqConnectionString, bind);
        await probe._bus.StartAsync(new CancellationTokenSource(TimeSpan.FromSeconds(30)).Token);
        return probe;
    }

    /// <summary>Collects every <typeparamref name="T"/> published to the broker from now on.</summary>
    public void Observe<T>(IReceiveEndpointConfigurator endpoint) where T : class =>
        endpoint.Handler<T>(context =>
        {
            _received.Enqueue(context.Message);
            return Task.CompletedTask;
        });

    public IReadOnlyList<T> Received<T>() => _received.OfType<T>().ToList();

    /// <summary>Waits for the messages of type <typeparamref name="T"/> matching <paramref name="match"/> to reach <paramref name="count"/>.</summary>
    public Task<IReadOnlyList<T>> WaitForAsync<T>(Func<T, bool> match, TimeSpan timeout, int count = 1) =>
        Eventually.MatchAsync<IReadOnlyList<T>>(
            () => Task.FromResult<IReadOnlyList<T>>(_received.OfType<T>().Where(match).ToList()),
            found => found.Count >= count, timeout, $"{count} × {typeof(T).Name} on the broker");

    /// <summary>
    /// How long a test lets a duplicate arrive before it claims an event came once: the waits return at the first
    /// match, and a second publish of the same row (or a second scan) would land within this on the local broker.
    /// </summary>
    public static readonly TimeSpan DuplicateWindow = TimeSpan.FromSeconds(1);

    /// <summary>Waits out <see cref="DuplicateWindow"/>; then what <see cref="Received{T}"/> holds is final.</summary>
    public Task QuietAsync() => Task.Delay(DuplicateWindow);

    /// <summary>Waits for exactly <paramref name="count"/> matching messages: the count is reached and no more arrives within <see cref="DuplicateWindow"/>.</summary>
    public async Task<IReadOnlyList<T>> ExactlyAsync<T>(Func<T, bool> match, TimeSpan timeout, int count = 1)
    {
        await WaitForAsync(match, timeout, count);
        await QuietAsync();
        var found = _received.OfType<T>().Where(match).ToList();
        Assert.True(found.Count == count, $"expected exactly {count} × {typeof(T).Name} on the broker, got {found.Count}");
        return found;
    }

    public async ValueTask DisposeAsync() => await _bus.StopAsync();
}
