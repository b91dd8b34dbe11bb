using ServiceExcellence.Audits.CorrectiveActions;
using ServiceExcellence.ServiceDefaults.Testing;

namespace ServiceExcellence.Audits.Api.Testing;

/// <summary>
/// Audits' test clock (<c>Audits:TestClock:Enabled=true</c> only, see <see cref="TestClock"/>):
/// <c>POST /api/audits/testing/clock/advance</c> moves it, then runs the corrective-action jobs once (overdue scan,
/// automatic effectiveness check). Without the setting the route is a 404.
/// </summary>
public static class TestClockEndpoints
{
    public const string Service = "Audits";

    public static IHostApplicationBuilder AddTestClock(this IHostApplicationBuilder builder)
    {
        TestClock.AddTestClock(builder, Service);
        return builder;
    }

    public static IEndpointRouteBuilder MapTestClockApi(this IEndpointRouteBuilder endpoints, IConfiguration configuration) =>
        endpoints.MapTestClockAdvance(configuration, Service, "/api/audits/testing/clock/advance", async (services, clock, cancellationToken) =>
        {
            // The same two scans, in the same order, as one tick of CorrectiveActionMonitor.
            var overdue = await services.GetRequiredService<OverdueActionScanner>().ScanAsync(cancellationToken);
            var verified = await services.GetRequiredService<EffectivenessVerifier>().ScanAsync(cancellationToken);
            return new AuditsClockAdvanced(clock.GetUtcNow(), clock.Offset, overdue, verified);
        });
}

/// <summary>
/// The Audits service's time after an advance, how many corrective actions the scans that followed flagged overdue,
/// and how many they verified from their KPI's status.
/// </summary>
public sealed record AuditsClockAdvanced(DateTimeOffset Now, TimeSpan Offset, int Overdue, int Verified);
