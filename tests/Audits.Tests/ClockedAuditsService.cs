using System.Net.Http.Headers;
using MassTransit;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using ServiceExcellence.Audits.CorrectiveActions;
using ServiceExcellence.ServiceDefaults.Security;
using ServiceExcellence.Testing;

namespace ServiceExcellence.Audits.Tests;

/// <summary>
/// A second Audits service in process, on the same database and broker as the shared one, whose "now" the test moves
/// with a <see cref="ManualClock"/>. Its own job timer is slowed to an hour so only the test's scans run.
/// </summary>
internal sealed class ClockedAuditsService : IAsyncDisposable
{
    private readonly AuditsService _service;
    private readonly WebApplicationFactory<Program> _factory;

    public ClockedAuditsService(AuditsService service)
    {
        _service = service;
        // Start at the real time so tokens (checked against the real clock) and the shared service's own scans agree.
        Clock = new ManualClock(DateTimeOffset.UtcNow);
        _factory = service.Factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting($"{CorrectiveActionJobOptions.Section}:Interval", "01:00:00");
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
        });
    }

    public ManualClock Clock { get; }

    /// <summary>This service's bus: it competes with the shared service for the same queues.</summary>
    public IBus Bus => _factory.Services.GetRequiredService<IBus>();

    /// <summary>A client of this service with a token from the shared service (same key, issued on the real clock).</summary>
    public HttpClient CreateClientAs(string subject, string[] roles, params string[] departments)
    {
        var client = _factory.CreateClient();
        var token = _service.Factory.Services.GetRequiredService<TokenIssuer>().Issue(subject, roles, departments);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Token);
        return client;
    }

    /// <summary>Runs one overdue scan at the clock's current time, as the background timer would.</summary>
    public async Task<int> ScanOverdueAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OverdueActionScanner>().ScanAsync(CancellationToken.None);
    }

    /// <summary>Runs one automatic effectiveness check at the clock's current time.</summary>
    public async Task<int> VerifyEffectivenessAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<EffectivenessVerifier>().ScanAsync(CancellationToken.None);
    }

    public ValueTask DisposeAsync() => _factory.DisposeAsync();
}
