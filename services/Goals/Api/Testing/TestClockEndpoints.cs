using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using ServiceExcellence.Goals.Api.Goals;
using ServiceExcellence.Goals.Alerts;
using ServiceExcellence.Goals.Testing;
using ServiceExcellence.ServiceDefaults.Errors;
using ServiceExcellence.ServiceDefaults.Http;
using ServiceExcellence.ServiceDefaults.Security;

namespace ServiceExcellence.Goals.Api.Testing;

/// <summary>
/// The test clock (<c>Goals:TestClock:Enabled=true</c> only): Goals' <see cref="TimeProvider"/> becomes an
/// <see cref="AdjustableClock"/> and <c>POST /api/goals/testing/clock/advance</c> moves it. Without the setting
/// neither exists and the route is a 404.
/// </summary>
public static class TestClockEndpoints
{
    public static IHostApplicationBuilder AddTestClock(this IHostApplicationBuilder builder)
    {
        if (TestClockOptions.IsEnabled(builder.Configuration))
        {
            var clock = new AdjustableClock();
            builder.Services.AddSingleton(clock);
            builder.Services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock));
            // Tokens stay on real time: the other services validate them on theirs, and a token issued "tomorrow" is not yet valid.
            builder.Services.Replace(ServiceDescriptor.Singleton(sp => new TokenIssuer(
                sp.GetRequiredService<RsaSecurityKey>(), sp.GetRequiredService<IOptions<AuthOptions>>(), TimeProvider.System)));
            builder.Services.Replace(ServiceDescriptor.Singleton(sp => GoalsApi.ServiceCredentials(sp, TimeProvider.System)));
        }

        return builder;
    }

    public static IEndpointRouteBuilder MapTestClockApi(this IEndpointRouteBuilder endpoints, IConfiguration configuration)
    {
        if (TestClockOptions.IsEnabled(configuration))
        {
            endpoints.MapPost("/api/goals/testing/clock/advance", Advance).RequireAuthorization().Validate<AdvanceClockRequest>()
                .WithTags("Goals testing").WithSummary("Move the Goals service's clock forward (test clock only), then escalate what is due");
        }

        return endpoints;
    }

    /// <summary>Advances, then runs one escalation scan so that a missed deadline shows at once rather than on the next tick.</summary>
    private static async Task<Ok<ClockAdvanced>> Advance(AdvanceClockRequest request, ClaimsPrincipal user, AdjustableClock clock,
        AlertEscalationScanner scanner, CancellationToken cancellationToken)
    {
        if (!user.HasAnyRole(Roles.Admin))
        {
            throw new AccessDeniedException($"Only an admin may move the test clock ('{user.Subject()}' is not).");
        }

        var now = clock.Advance(TimeSpan.FromHours(request.Hours!.Value));
        var escalated = await scanner.ScanAsync(cancellationToken);
        return TypedResults.Ok(new ClockAdvanced(now, clock.Offset, escalated));
    }
}
