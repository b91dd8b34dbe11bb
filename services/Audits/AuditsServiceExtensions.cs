using ServiceExcellence.Audits.Api;
using ServiceExcellence.Audits.Api.Testing;
using ServiceExcellence.Audits.CorrectiveActions;
using ServiceExcellence.Audits.Data;
using ServiceExcellence.Audits.Messaging;
using ServiceExcellence.ServiceDefaults.Data;
using ServiceExcellence.ServiceDefaults.Messaging;
using ServiceExcellence.ServiceDefaults.Organisation;

namespace ServiceExcellence.Audits;

/// <summary>Registers and maps everything the Audits service is made of.</summary>
public static class AuditsServiceExtensions
{
    public const string ServiceName = "audits";

    public static IHostApplicationBuilder AddAudits(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDbContext<AuditsDbContext>("auditsdb");
        builder.AddMessaging<AuditsDbContext>(bus =>
        {
            bus.AddDepartmentDirectory<AuditsDbContext>(ServiceName);
            bus.AddConsumer<KpiStatusChangedConsumer>();
            bus.AddConsumer<KpiThresholdBreachedConsumer>();
            bus.AddConsumer<ComplaintSlaBreachedConsumer>();
        });

        builder.Services.AddOptions<CorrectiveActionJobOptions>()
            .Bind(builder.Configuration.GetSection(CorrectiveActionJobOptions.Section))
            .Validate(o => o.Interval > TimeSpan.Zero && o.BatchSize > 0, "Audits:CorrectiveActions needs a positive Interval and BatchSize.")
            .ValidateOnStart();
        builder.Services.AddOptions<EffectivenessOptions>()
            .Bind(builder.Configuration.GetSection(EffectivenessOptions.Section))
            .Validate(o => o.Cadences >= 1, "Audits:Effectiveness:Cadences must be 1 or more.")
            .ValidateOnStart();
        builder.Services.AddScoped<OverdueActionScanner>();
        builder.Services.AddScoped<EffectivenessVerifier>();
        builder.Services.AddHostedService<CorrectiveActionMonitor>();
        builder.AddTestClock();
        return builder;
    }

    public static WebApplication MapAuditsApi(this WebApplication app)
    {
        app.MapDepartmentDirectory<AuditsDbContext>("/api/audits/departments");
        app.MapAuditsRoutes();
        app.MapTestClockApi(app.Configuration);
        return app;
    }
}
