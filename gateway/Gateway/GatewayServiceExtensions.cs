using ServiceExcellence.Gateway.Api.ApiKeys;
using ServiceExcellence.Gateway.ApiKeys;
using ServiceExcellence.Gateway.Data;
using ServiceExcellence.Gateway.Docs;
using ServiceExcellence.Gateway.Hardening;
using ServiceExcellence.Gateway.Health;
using ServiceExcellence.Gateway.Proxy;
using ServiceExcellence.Gateway.RateLimiting;
using ServiceExcellence.ServiceDefaults.Data;
using ServiceExcellence.ServiceDefaults.Http;
using ServiceExcellence.ServiceDefaults.Messaging;
using ServiceExcellence.ServiceDefaults.Organisation;
using ServiceExcellence.ServiceDefaults.Security;

namespace ServiceExcellence.Gateway;

/// <summary>Registers, orders and maps everything the gateway is made of.</summary>
public static class GatewayServiceExtensions
{
    public const string ServiceName = "gateway";

    public static IHostApplicationBuilder AddGateway(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDbContext<GatewayDbContext>("gatewaydb");
        builder.AddMessaging<GatewayDbContext>(bus => bus.AddDepartmentDirectory<GatewayDbContext>(ServiceName));
        builder.AddHardening();
        builder.AddGatewayProxy();

        builder.Services.AddOptions<ApiKeyOptions>().BindConfiguration(ApiKeyOptions.SectionName);
        builder.Services.AddSingleton<ApiKeyDirectory>();
        builder.Services.AddSingleton<ApiKeyTokens>();
        builder.Services.AddSingleton<ApiKeyUsage>();
        builder.Services.AddHostedService<ApiKeyUsageWriter>();

        builder.Services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.SectionName);
        builder.Services.AddSingleton<RedisRateLimiter>();
        return builder;
    }

    /// <summary>
    /// The service defaults' pipeline (exception handler, correlation id, authentication, authorization) with the
    /// gateway's steps in between: the client address is settled first, every answer gets the security headers and,
    /// when refused, a log line; preflights are answered and keys exchanged for tokens before authentication, and the
    /// rate limit, which needs to know the caller, right after it.
    /// </summary>
    public static WebApplication UseGatewayPipeline(this WebApplication app)
    {
        app.UseTrustedForwardedHeaders();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseMiddleware<CorrelationIdMiddleware>();
        app.UseMiddleware<SecurityHeaders>();
        app.UseMiddleware<DeniedRequestLog>();
        app.UseMiddleware<ControlCharacterGuard>();
        app.UseMiddleware<ApiKeyCors>();
        app.UseMiddleware<ApiKeyGate>();
        app.UseAuthentication();
        app.UseMiddleware<RateLimitGate>();
        app.UseAuthorization();
        return app;
    }

    public static WebApplication MapGatewayApi(this WebApplication app)
    {
        app.MapDevTokenEndpoint();
        app.MapSuiteHealth();
        app.MapApiKeysApi();
        app.MapDepartmentDirectory<GatewayDbContext>("/api/gateway/departments");
        app.MapApiDocs();
        app.MapGatewayProxy();
        return app;
    }
}
