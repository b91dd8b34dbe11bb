using Npgsql;
using ServiceExcellence.Reporting.Api;
using ServiceExcellence.Reporting.Api.Metrics;
using ServiceExcellence.Reporting.Api.Scorecards;
using ServiceExcellence.Reporting.Api.Servqual;
using ServiceExcellence.Reporting.Caching;
using ServiceExcellence.Reporting.Data;
using ServiceExcellence.Reporting.Messaging;
using ServiceExcellence.Reporting.Metrics;
using ServiceExcellence.Reporting.Projection;
using ServiceExcellence.ServiceDefaults.Data;
using ServiceExcellence.ServiceDefaults.Messaging;
using ServiceExcellence.ServiceDefaults.Organisation;

namespace ServiceExcellence.Reporting;

/// <summary>Registers and maps everything the Reporting service is made of.</summary>
public static class ReportingServiceExtensions
{
    public const string ServiceName = "reporting";
    public const string DatabaseName = "reportingdb";

    public static IHostApplicationBuilder AddReporting(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDbContext<ReportingDbContext>(DatabaseName);
        builder.AddMessaging<ReportingDbContext>(bus =>
        {
            bus.AddDepartmentDirectory<ReportingDbContext>(ServiceName);
            bus.AddReportingConsumers(ServiceName, builder.Configuration);
        });

        builder.Services.AddOptions<ReportingOptions>()
            .Bind(builder.Configuration.GetSection(ReportingOptions.Section))
            .Validate(o => o.CacheTtl > TimeSpan.Zero, "Reporting:CacheTtl must be positive.")
            .ValidateOnStart();
        // The hot paths (batch consumption, metric queries) use Npgsql directly on the same database as the DbContext.
        builder.Services.AddSingleton(_ => NpgsqlDataSource.Create(builder.Configuration.GetConnectionString(DatabaseName)!));
        builder.Services.AddSingleton<ReadModelProjection>();
        builder.Services.AddSingleton<EventRecorder>();
        builder.Services.AddSingleton<ReadModelRebuilder>();
        builder.Services.AddSingleton<ReportGenerations>();
        builder.Services.AddSingleton<ReportCache>();
        builder.Services.AddSingleton<MetricQueries>();
        builder.Services.AddSingleton<CurrentOrganisation>();
        builder.Services.AddSingleton<IDepartmentDirectoryObserver>(services => services.GetRequiredService<CurrentOrganisation>());
        builder.Services.AddSingleton<ReportAccess>();
        builder.Services.AddSingleton<MetricReports>();
        builder.Services.AddSingleton<ScorecardReports>();
        builder.Services.AddSingleton<ScorecardGoals>();
        builder.Services.AddSingleton<ServqualReports>();
        return builder;
    }

    public static WebApplication MapReportingApi(this WebApplication app)
    {
        app.MapDepartmentDirectory<ReportingDbContext>("/api/reports/departments");
        app.MapReportsApi();
        return app;
    }
}
