using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using ServiceExcellence.ServiceDefaults.Errors;
using ServiceExcellence.ServiceDefaults.Http;
using ServiceExcellence.ServiceDefaults.Security;

namespace ServiceExcellence.ServiceDefaults.Testing;

/// <summary>
/// A service's opt-in test clock (<c>&lt;Service&gt;:TestClock:Enabled=true</c>, end-to-end tests only, never in appsettings): its
/// <see cref="TimeProvider"/> becomes an <see cref="AdjustableClock"/> and an admin-only advance route moves it, then
/// runs the service's jobs once. Without the setting neither exists and the route is a 404.
/// </summary>
public static class TestClock
{
    /// <summary>The setting that turns <paramref name="service"/>'s test clock on, e.g. <c>Goals:TestClock:Enabled</c>.</summary>
    public static string EnabledKeyOf(string service) => $"{service}:TestClock:Enabled";

    public static bool IsEnabled(IConfiguration configuration, string service) => configuration.GetValue<bool>(EnabledKeyOf(service));

    /// <summary>Replaces the service's <see cref="TimeProvider"/> when enabled; returns whether it did.</summary>
    public static bool AddTestClock(this IHostApplicationBuilder builder, string service)
    {
        if (!IsEnabled(builder.Configuration, service))
        {
            return false;
        }

        var clock = new AdjustableClock();
        builder.Services.AddSingleton(clock);
        builder.Services.Replace(ServiceDescriptor.Singleton<TimeProvider>(clock));
        // Tokens stay on real time: the other services validate them on theirs, and a token issued "tomorrow" is not yet valid.
        builder.Services.Replace(ServiceDescriptor.Singleton(sp => new TokenIssuer(
            sp.GetRequiredService<RsaSecurityKey>(), sp.GetRequiredService<IOptions<AuthOptions>>(), TimeProvider.System)));
        return true;
    }

    /// <summary>
    /// Maps <c>POST <paramref name="pattern"/> {hours}</c> when enabled: an admin moves the clock forward, then
    /// <paramref name="runJobs"/> runs the service's time-driven jobs once, so what fell due shows at once rather than on
    /// the next tick; the answer is what <paramref name="runJobs"/> reports about the new time.
    /// </summary>
    public static IEndpointRouteBuilder MapTestClockAdvance<TResult>(this IEndpointRouteBuilder endpoints, IConfiguration configuration,
        string service, string pattern, Func<IServiceProvider, AdjustableClock, CancellationToken, Task<TResult>> runJobs)
    {
        if (IsEnabled(configuration, service))
        {
            endpoints.MapPost(pattern, async Task<Ok<TResult>> (AdvanceClockRequest request, ClaimsPrincipal user, AdjustableClock clock,
                    HttpContext context, CancellationToken cancellationToken) =>
                {
                    if (!user.HasAnyRole(Roles.Admin))
                    {
                        throw new AccessDeniedException($"Only an admin may move the test clock ('{user.Subject()}' is not).");
                    }

                    clock.Advance(TimeSpan.FromHours(request.Hours!.Value));
                    return TypedResults.Ok(await runJobs(context.RequestServices, clock, cancellationToken));
                })
                .RequireAuthorization().Validate<AdvanceClockRequest>()
                .WithTags($"{service} testing")
                .WithSummary($"Move the {service} service's clock forward (test clock only), then run its time-driven jobs once");
        }

        return endpoints;
    }
}
