using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using ServiceExcellence.Goals.Alerts;
using ServiceExcellence.Goals.Tracking;
using ServiceExcellence.ServiceDefaults.Security;
using ServiceExcellence.Testing;

namespace ServiceExcellence.Goals.Tests;

/// <summary>
/// A second Goals service in process, on the same database and broker, whose "now" the test moves with a
/// <see cref="ManualClock"/> and whose Reporting is the test's own stub. Its timer is slowed to an hour so only the
/// test's scans run; retries are quick and the circuit short so an outage and a recovery fit in a test.
/// </summary>
internal sealed class ClockedGoalsService : IAsyncDisposable
{
    private readonly GoalsService _service;
    private readonly WebApplicationFactory<Program> _factory;

    public ClockedGoalsService(GoalsService service, ReportingStub reporting)
    {
        _service = service;
        Clock = new ManualClock(DateTimeOffset.UtcNow);
        _factory = service.Factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting($"{TrackingOptions.Section}:Interval", "01:00:00");
            builder.UseSetting("services:reporting:http:0", reporting.Url);
            builder.UseSetting("Resilience:reporting:RetryCount", "1");
            builder.UseSetting("Resilience:reporting:RetryBaseDelay", "00:00:00.050");
            builder.UseSetting("Resilience:reporting:AttemptTimeout", "00:00:01");
            builder.UseSetting("Resilience:reporting:CircuitBreakerMinimumThroughput", "2");
            builder.UseSetting("Resilience:reporting:CircuitBreakerBreakDuration", "00:00:01");
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
        });
    }

    public ManualClock Clock { get; }

    public IServiceProvider Services => _factory.Services;

    /// <summary>A client of this service with a token from the shared service (same key, issued on the real clock).</summary>
    public HttpClient CreateClientAs(string subject, string[] roles, params string[] departments)
    {
        var client = _factory.CreateClient();
        var token = _service.Factory.Services.GetRequiredService<TokenIssuer>().Issue(subject, roles, departments);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Token);
        return client;
    }

    /// <summary>
    /// Passes of the scheduler at the clock's current time until nothing is due, as the background timer would run them
    /// (the database is shared, so other tests' KPIs may be due as well).
    /// </summary>
    public async Task TrackAsync()
    {
        for (var pass = 0; pass < 50; pass++)
        {
            await using var scope = _factory.Services.CreateAsyncScope();
            if (await scope.ServiceProvider.GetRequiredService<KpiTracker>().ScanDueAsync(CancellationToken.None) == 0)
            {
                return;
            }
        }
    }

    /// <summary>One escalation scan at the clock's current time.</summary>
    public async Task EscalateAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AlertEscalationScanner>().ScanAsync(CancellationToken.None);
    }

    public ValueTask DisposeAsync() => _factory.DisposeAsync();
}
