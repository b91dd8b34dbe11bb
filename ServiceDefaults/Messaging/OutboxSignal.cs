namespace ServiceExcellence.ServiceDefaults.Messaging;

/// <summary>Wakes the outbox dispatcher as soon as a commit may have stored events, instead of waiting for a poll.</summary>
public sealed class OutboxSignal
{
    private readonly SemaphoreSlim _pulse = new(0, 1);

    public void Notify()
    {
        // At most one pending pulse: many commits while the dispatcher is busy need only one more pass.
        if (_pulse.CurrentCount == 0)
        {
            try
            {
                _pulse.Release();
            }
            catch (SemaphoreFullException)
            {
                // A concurrent Notify released it first; one pulse is all that is needed.
            }
        }
    }

    /// <summary>Waits for a commit or the timeout, whichever comes first.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        _pulse.WaitAsync(timeout, cancellationToken);
}
