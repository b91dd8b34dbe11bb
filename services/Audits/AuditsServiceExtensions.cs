using ServiceExcellence.Audits.Data;
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
        builder.AddMessaging<AuditsDbContext>(bus => bus.AddDepartmentDirectory<AuditsDbContext>(ServiceName));
        return builder;
    }

    public static WebApplication MapAuditsApi(this WebApplication app)
    {
        app.MapDepartmentDirectory<AuditsDbContext>("/api/audits/departments");
        return app;
    }
}
