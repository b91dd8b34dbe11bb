using ServiceExcellence.ServiceDefaults;

namespace ServiceExcellence.Gateway.Health;

/// <summary>
/// The gateway's health endpoints: <c>/health</c> reports the whole suite (every cluster plus the gateway itself);
/// <c>/alive</c> is the shared liveness endpoint, which checks nothing beyond this process.
/// </summary>
public static class SuiteHealthExtensions
{
    public static IHostApplicationBuilder AddSuiteHealth(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<SuiteHealthChecker>();
        return builder;
    }

    public static WebApplication MapSuiteHealth(this WebApplication app)
    {
        app.MapGet("/health", async (SuiteHealthChecker checker, HttpContext context, CancellationToken cancellationToken) =>
            {
                var report = await checker.CheckAsync(cancellationToken);
                context.Response.Headers.CacheControl = "no-store";
                return TypedResults.Json(
                    report,
                    statusCode: report.IsHealthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
            })
            .WithName("SuiteHealth")
            .AllowAnonymous();

        // Not MapDefaultEndpoints: its /health checks only this process, while the gateway's /health is the suite's.
        app.MapAliveEndpoint();
        return app;
    }
}
