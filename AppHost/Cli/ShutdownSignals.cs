using System.Runtime.InteropServices;

namespace ServiceExcellence.AppHost.Cli;

/// <summary>
/// Ctrl+C, SIGTERM, SIGHUP and SIGQUIT ask for a clean stop (the process does not die on them); a second signal
/// asks for an immediate kill.
/// </summary>
internal sealed class ShutdownSignals : IDisposable
{
    private readonly CancellationTokenSource _graceful = new();
    private readonly CancellationTokenSource _immediate = new();
    // A second signal this soon after the first is the same request delivered twice (timeout(1) signals the
    // process and then its whole group), not a person pressing Ctrl+C again.
    private static readonly TimeSpan RepeatAfter = TimeSpan.FromSeconds(1);

    private readonly List<PosixSignalRegistration> _registrations;
    private DateTimeOffset _firstAt;

    public ShutdownSignals()
    {
        _registrations = [.. new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP, PosixSignal.SIGQUIT }
            .Select(signal => PosixSignalRegistration.Create(signal, OnSignal))];
    }

    /// <summary>Cancelled by the first signal.</summary>
    public CancellationToken Graceful => _graceful.Token;

    /// <summary>Cancelled by the second signal.</summary>
    public CancellationToken Immediate => _immediate.Token;

    public PosixSignal? Received { get; private set; }

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _graceful.Dispose();
        _immediate.Dispose();
    }

    private void OnSignal(PosixSignalContext context)
    {
        // We stop the children ourselves, in order; the runtime must not end the process first.
        context.Cancel = true;
        if (Received is null)
        {
            Received = context.Signal;
            _firstAt = DateTimeOffset.UtcNow;
            _graceful.Cancel();
        }
        else if (DateTimeOffset.UtcNow - _firstAt >= RepeatAfter)
        {
            _immediate.Cancel();
        }
    }
}
