namespace ServiceExcellence.Goals.Domain.Alerts;

/// <summary>An action the alert's current state does not allow; the API answers 409 naming the state.</summary>
public sealed class InvalidAlertTransitionException(string action, AlertState state)
    : InvalidOperationException($"Cannot {action} an alert that is {state.ToString().ToLowerInvariant()}.")
{
    public AlertState State { get; } = state;
}
