using ServiceExcellence.Reporting.Data;
using ServiceExcellence.ServiceDefaults.Data;
using ServiceExcellence.ServiceDefaults.Messaging;
using ServiceExcellence.ServiceDefaults.Organisation;

namespace ServiceExcellence.Reporting;

/// <summary>Registers and maps everything the Reporting service is made of.</summary>
public static class ReportingServiceExtensions
{
    public const string ServiceName = "reporting";

    public static IHostApplicationBuilder AddReporting(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDbContext<ReportingDbContext>("reportingdb");
        builder.AddMessaging<ReportingDbContext>(bus => bus.AddDepartmentDirectory<ReportingDbContext>(ServiceName));
        return builder;
    }

    public static WebApplication MapReportingApi(this WebApplication app)
    {
        app.MapDepartmentDirectory<ReportingDbContext>("/api/reports/departments");
        return app;
    }
}
