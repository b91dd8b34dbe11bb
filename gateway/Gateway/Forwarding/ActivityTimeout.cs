namespace ServiceExcellence.Gateway.Forwarding;

/// <summary>
/// Cancels an upstream exchange once it has made no progress for the cluster's activity timeout, or when the client aborts
/// (YARP's <c>ActivityTimeout</c> semantics: idle time, not total time, so long streams are fine).
/// </summary>
public sealed class ActivityTimeout : IDisposable
{
    private readonly CancellationTokenSource _source;
    private readonly CancellationToken _clientAborted;
    private readonly Lock _lock = new();
    private bool _disposed;

    public ActivityTimeout(TimeSpan timeout, CancellationToken clientAborted)
    {
        Timeout = timeout;
        _clientAborted = clientAborted;
        _source = CancellationTokenSource.CreateLinkedTokenSource(clientAborted);
        _source.CancelAfter(timeout);
    }

    public TimeSpan Timeout { get; }

    public CancellationToken Token => _source.Token;

    /// <summary>True when cancellation came from the idle timer rather than from the client.</summary>
    public bool TimedOut => _source.IsCancellationRequested && !_clientAborted.IsCancellationRequested;

    /// <summary>Records progress, restarting the idle timer.</summary>
    public void Reset()
    {
        // Locked because a request body upload can still report progress while the exchange is being disposed.
        lock (_lock)
        {
            if (!_disposed)
            {
                _source.CancelAfter(Timeout);
            }
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _disposed = true;
            _source.Dispose();
        }
    }
}
