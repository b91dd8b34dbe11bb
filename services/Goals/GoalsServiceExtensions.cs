using ServiceExcellence.Goals.Api.Goals;
using ServiceExcellence.Goals.Api.Organisation;
using ServiceExcellence.Goals.Api.Testing;
using ServiceExcellence.Goals.Data;
using ServiceExcellence.ServiceDefaults.Data;
using ServiceExcellence.ServiceDefaults.Messaging;

namespace ServiceExcellence.Goals;

/// <summary>Registers and maps everything the Goals service is made of.</summary>
public static class GoalsServiceExtensions
{
    public static IHostApplicationBuilder AddGoals(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDbContext<GoalsDbContext>("goalsdb");
        builder.AddMessaging<GoalsDbContext>();
        builder.AddGoalManagement();
        builder.AddTestClock();
        return builder;
    }

    public static WebApplication MapGoalsApi(this WebApplication app)
    {
        app.MapOrganisationApi();
        app.MapGoalManagementApi();
        app.MapTestClockApi(app.Configuration);
        return app;
    }
}
