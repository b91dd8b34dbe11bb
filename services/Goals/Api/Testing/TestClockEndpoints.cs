using Microsoft.Extensions.DependencyInjection.Extensions;
using ServiceExcellence.Goals.Alerts;
using ServiceExcellence.Goals.Api.Goals;
using ServiceExcellence.ServiceDefaults.Testing;

namespace ServiceExcellence.Goals.Api.Testing;

/// <summary>
/// Goals' test clock (<c>Goals:TestClock:Enabled=true</c> only, see <see cref="TestClock"/>):
/// <c>POST /api/goals/testing/clock/advance</c> moves it, then runs one escalation scan. Without the setting the
/// route is a 404.
/// </summary>
public static class TestClockEndpoints
{
    public const string Service = "Goals";

    public static IHostApplicationBuilder AddTestClock(this IHostApplicationBuilder builder)
    {
        if (TestClock.AddTestClock(builder, Service))
        {
            // Goals' own token for its calls to Reporting stays on real time as well.
            builder.Services.Replace(ServiceDescriptor.Singleton(sp => GoalsApi.ServiceCredentials(sp, TimeProvider.System)));
        }

        return builder;
    }

    /// <summary>Advancing runs one escalation scan, so that a missed deadline shows at once rather than on the next tick.</summary>
    public static IEndpointRouteBuilder MapTestClockApi(this IEndpointRouteBuilder endpoints, IConfiguration configuration) =>
        endpoints.MapTestClockAdvance(configuration, Service, "/api/goals/testing/clock/advance", async (services, clock, cancellationToken) =>
        {
            var escalated = await services.GetRequiredService<AlertEscalationScanner>().ScanAsync(cancellationToken);
            return new ClockAdvanced(clock.GetUtcNow(), clock.Offset, escalated);
        });
}

/// <summary>The Goals service's time after an advance, and how many alerts the scan that followed escalated.</summary>
public sealed record ClockAdvanced(DateTimeOffset Now, TimeSpan Offset, int Escalated);
