using Microsoft.AspNetCore.Hosting;
using ServiceExcellence.Goals.Alerts;
using ServiceExcellence.Goals.Tracking;
using ServiceExcellence.Testing;

namespace ServiceExcellence.Goals.Tests;

/// <summary>
/// A Goals instance on a <see cref="ManualClock"/> whose Reporting is the test's own stub. Its timer is slowed to an
/// hour; retries are quick and the circuit short so an outage and a recovery fit in a test. Its escalation scan reads
/// <paramref name="escalationPageSize"/> alerts at a time when given, else the service's default.
/// </summary>
internal sealed class ClockedGoalsService(GoalsService service, ReportingStub reporting, int? escalationPageSize = null)
    : ClockedService<Program>(service.Factory, builder =>
    {
        builder.UseSetting($"{TrackingOptions.Section}:Interval", "01:00:00");
        if (escalationPageSize is { } pageSize)
        {
            builder.UseSetting($"{TrackingOptions.Section}:EscalationPageSize", pageSize.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        builder.UseSetting("services:reporting:http:0", reporting.Url);
        builder.UseSetting("Resilience:reporting:Retry:MaxRetryAttempts", "1");
        builder.UseSetting("Resilience:reporting:Retry:Delay", "00:00:00.050");
        builder.UseSetting("Resilience:reporting:AttemptTimeout:Timeout", "00:00:01");
        builder.UseSetting("Resilience:reporting:CircuitBreaker:MinimumThroughput", "2");
        builder.UseSetting("Resilience:reporting:CircuitBreaker:BreakDuration", "00:00:01");
    })
{
    /// <summary>
    /// Passes of the scheduler at the clock's current time until nothing is due, as the background timer would run them
    /// (the database is shared, so other tests' KPIs may be due as well).
    /// </summary>
    public async Task TrackAsync()
    {
        for (var pass = 0; pass < 50; pass++)
        {
            if (await RunAsync<KpiTracker, int>((tracker, ct) => tracker.ScanDueAsync(ct)) == 0)
            {
                return;
            }
        }
    }

    /// <summary>One escalation scan at the clock's current time.</summary>
    public Task EscalateAsync() => RunAsync<AlertEscalationScanner, int>((scanner, ct) => scanner.ScanAsync(ct));
}
