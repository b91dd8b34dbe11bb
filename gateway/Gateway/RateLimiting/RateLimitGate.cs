using System.Globalization;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using ServiceExcellence.Gateway.ApiKeys;
using ServiceExcellence.Gateway.Hardening;
using ServiceExcellence.ServiceDefaults.Security;

namespace ServiceExcellence.Gateway.RateLimiting;

/// <summary>
/// Applies the budgets of the caller's kind: a key draws on its own budget and on its client address's; a staff
/// subject (valid bearer token) on its own, higher one; anyone else on the client address's. Over budget → 429 problem
/// details with <c>Retry-After</c> in whole seconds.
/// </summary>
public sealed class RateLimitGate(RequestDelegate next, RedisRateLimiter limiter, IOptions<RateLimitOptions> options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var limits = options.Value;
        if (!limits.Enabled)
        {
            await next(context);
            return;
        }

        var decision = await limiter.AcquireAsync(BudgetsOf(context, limits));
        if (decision.IsAllowed)
        {
            await next(context);
            return;
        }

        var seconds = Math.Max(1, (int)Math.Ceiling(decision.RetryAfter.TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await Denials.WriteAsync(context, StatusCodes.Status429TooManyRequests, "Too many requests",
            $"The limit of {decision.Exhausted!.Limit} requests per {limits.Window.TotalSeconds:0.###} s " +
            $"for this {decision.Exhausted.Scope} is used up; retry after {seconds} s.");
    }

    private static RateLimitBudget[] BudgetsOf(HttpContext context, RateLimitOptions limits)
    {
        var address = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var byAddress = new RateLimitBudget("client address", "addr:" + address, limits.PerClientAddress);
        if (ApiKeyCaller.Of(context) is { } key)
        {
            return [new RateLimitBudget("API key", "key:" + key.Id.ToString("N"), limits.IntakePerKey), byAddress];
        }

        return context.User.Identity?.IsAuthenticated == true
            ? [new RateLimitBudget("user", "sub:" + context.User.Subject(), limits.StaffPerSubject)]
            : [byAddress];
    }
}
