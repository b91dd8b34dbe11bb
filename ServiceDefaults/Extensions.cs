using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ServiceExcellence.ServiceDefaults.Errors;
using ServiceExcellence.ServiceDefaults.Health;
using ServiceExcellence.ServiceDefaults.Http;
using ServiceExcellence.ServiceDefaults.Security;
using ServiceExcellence.ServiceDefaults.Telemetry;
using StackExchange.Redis;

using ServiceExcellence.ServiceDefaults.Organisation;

namespace ServiceExcellence.ServiceDefaults;

/// <summary>What every service and the gateway share: health, telemetry, service discovery, errors, JSON, correlation id and auth.</summary>
public static class Extensions
{
    /// <summary>Readiness: the database, broker and cache really checked.</summary>
    public const string HealthEndpointPath = "/health";

    /// <summary>Liveness: the process answers.</summary>
    public const string AlivenessEndpointPath = "/alive";

    public static IHostApplicationBuilder AddServiceDefaults(this IHostApplicationBuilder builder)
    {
        builder.Logging.AddSimpleConsole(o =>
        {
            o.IncludeScopes = true;
            o.SingleLine = true;
            o.TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z' ";
            o.UseUtcTimestamp = true;
        });

        builder.AddTelemetry();
        builder.Services.TryAddSingleton(TimeProvider.System);
        OrganisationCalendar.From(builder.Configuration, TimeProvider.System); // a misspelt zone stops the start, not the first request
        builder.Services.TryAddSingleton(services => OrganisationCalendar.From(
            services.GetRequiredService<IConfiguration>(), services.GetRequiredService<TimeProvider>()));
        builder.Services.AddHttpContextAccessor();
        // Another service is addressed by name (http://reporting), resolved from services:reporting:http:0 as the AppHost sets it.
        builder.Services.AddServiceDiscovery();
        builder.Services.ConfigureHttpClientDefaults(http => http.AddServiceDiscovery());
        builder.Services.ConfigureHttpJsonOptions(o => JsonDefaults.Apply(o.SerializerOptions));
        // Malformed JSON must reach the exception handler as a 400 with the reader's explanation, in every environment.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
            context.ProblemDetails.Extensions.TryAdd("traceId", context.HttpContext.TraceIdentifier);
            if (context.HttpContext.Response.Headers.TryGetValue(CorrelationId.HeaderName, out var correlationId))
            {
                context.ProblemDetails.Extensions.TryAdd("correlationId", correlationId.ToString());
            }
        });
        builder.Services.AddExceptionHandler<DomainExceptionHandler>();
        builder.Services.AddOpenApi(o => o.AddDocumentTransformer<SuiteOpenApiDocument>());

        builder.Services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy(), [HealthTags.Live]);
        builder.AddRedisIfConfigured();
        builder.AddSuiteAuthentication();
        return builder;
    }

    /// <summary>Exception handling, correlation id and authentication, in the order they must run.</summary>
    public static WebApplication UseServiceDefaults(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<CorrelationIdMiddleware>();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    /// <summary><c>/health</c> (database, broker and cache really checked), <c>/alive</c> and <c>/openapi/v1.json</c>.</summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.MapHealthChecks(HealthEndpointPath, new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(HealthTags.Ready) || check.Tags.Contains(HealthTags.Live),
            ResponseWriter = WriteHealthAsync,
        }).AllowAnonymous();
        app.MapAliveEndpoint();
        app.MapOpenApi().AllowAnonymous();
        return app;
    }

    /// <summary><c>/alive</c>: the process answers; nothing else is checked.</summary>
    public static WebApplication MapAliveEndpoint(this WebApplication app)
    {
        app.MapHealthChecks(AlivenessEndpointPath, new HealthCheckOptions
        {
            Predicate = check => check.Tags.Contains(HealthTags.Live),
            ResponseWriter = WriteHealthAsync,
        }).AllowAnonymous();
        return app;
    }

    private static void AddRedisIfConfigured(this IHostApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString("redis");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return;
        }

        var options = ConfigurationOptions.Parse(connectionString);
        // The service starts while Redis is down and reconnects by itself; a dead Redis fails a call in 2 s, not 5.
        options.AbortOnConnectFail = false;
        options.ConnectTimeout = 2000;
        options.SyncTimeout = 2000;
        options.AsyncTimeout = 2000;
        builder.Services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(options));
        builder.Services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis", HealthStatus.Unhealthy, [HealthTags.Ready]);
        builder.Services.AddSingleton<IdempotentRequests>();
    }

    private static Task WriteHealthAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString().ToLowerInvariant(),
            durationMs = Math.Round(report.TotalDuration.TotalMilliseconds, 1),
            checks = report.Entries.ToDictionary(e => e.Key, e => new
            {
                status = e.Value.Status.ToString().ToLowerInvariant(),
                description = e.Value.Description ?? e.Value.Exception?.Message,
                durationMs = Math.Round(e.Value.Duration.TotalMilliseconds, 1),
            }),
        }, JsonDefaults.Options));
    }
}
