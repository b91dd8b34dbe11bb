using ServiceExcellence.Goals.Alerts;
using ServiceExcellence.Goals.Api.Alerts;
using ServiceExcellence.Goals.Api.Reviews;
using ServiceExcellence.Goals.Clients;
using ServiceExcellence.Goals.Tracking;
using ServiceExcellence.ServiceDefaults.Http;
using ServiceExcellence.ServiceDefaults.Security;

namespace ServiceExcellence.Goals.Api.Goals;

/// <summary>Registration and routes of goal management (DOMAIN §2): goals, KPIs, tracking, alerts, reviews.</summary>
public static class GoalsApi
{
    /// <summary>The subject Goals calls other services as.</summary>
    public const string ServiceSubject = "service:goals";

    public static IHostApplicationBuilder AddGoalManagement(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(sp => ServiceCredentials(sp, sp.GetRequiredService<TimeProvider>()));
        services.AddReportingClient(builder.Configuration);

        services.AddScoped<AchievabilityHistory>();
        services.AddScoped<AlertRules>();
        services.AddScoped<KpiTracker>();
        services.AddScoped<AlertEscalationScanner>();
        services.AddScoped<PeriodCloser>();
        services.AddOptions<TrackingOptions>().Bind(builder.Configuration.GetSection(TrackingOptions.Section))
            .Validate(o => o.Interval > TimeSpan.Zero, "Goals:Tracking:Interval must be positive.")
            .Validate(o => o.EscalationPageSize > 0, "Goals:Tracking:EscalationPageSize must be positive.").ValidateOnStart();
        services.AddHostedService<TrackingJob>();
        return builder;
    }

    /// <summary>Goals' own token for its calls to Reporting, issued and renewed on <paramref name="time"/>.</summary>
    public static ServiceIdentityHandler.Credentials ServiceCredentials(IServiceProvider services, TimeProvider time) =>
        new(services.GetRequiredService<TokenIssuer>(), time, ServiceSubject, [Roles.Analyst]);

    public static IEndpointRouteBuilder MapGoalManagementApi(this IEndpointRouteBuilder endpoints)
    {
        var goals = endpoints.MapGroup("/api/goals").WithTags("Goals").RequireAuthorization();

        goals.MapPost("", GoalCommandEndpoints.Create).Validate<GoalRequest>()
            .WithSummary("Create a goal; 422 naming each failed SMART criterion unless saved as a draft")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        goals.MapGet("", GoalQueryEndpoints.List).WithSummary("Goals, paged, newest period first");
        goals.MapGet("/{id:guid}", GoalQueryEndpoints.Get).WithSummary("A goal with each KPI's latest actual, attainment and status");
        goals.MapPut("/{id:guid}", GoalCommandEndpoints.Adjust).Validate<GoalRequest>()
            .WithSummary("Adjust a goal: a new version, SMART re-checked").ProducesProblem(StatusCodes.Status422UnprocessableEntity)
            .ProducesProblem(StatusCodes.Status409Conflict);
        goals.MapGet("/{id:guid}/history", GoalQueryEndpoints.History).WithSummary("Every version of a goal");
        goals.MapPost("/{id:guid}/refresh", TrackingEndpoints.Refresh)
            .WithSummary("Pull actuals from Reporting now; KPIs it cannot answer for come back stale");
        goals.MapPost("/{id:guid}/kpis/{kpiId:guid}/measurements", TrackingEndpoints.Measure).Validate<MeasurementRequest>()
            .WithSummary("Record a manual KPI's measurement");

        goals.MapGet("/{id:guid}/tree", TreeEndpoints.Tree).WithSummary("The goal's decomposition with rolled-up attainment");
        goals.MapPost("/{id:guid}/reviews", ReviewEndpoints.Review).Validate<ReviewRequest>()
            .WithSummary("Record a periodic review; adjustments make a new version, SMART re-checked")
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status409Conflict);
        goals.MapPost("/{id:guid}/close", ReviewEndpoints.Close)
            .WithSummary("Close the period: achieved or missed, with a next-period proposal").ProducesProblem(StatusCodes.Status409Conflict);

        goals.MapGet("/alerts", AlertEndpoints.List).WithSummary("KPI alerts, paged, newest first");
        goals.MapPost("/alerts/{id:guid}/acknowledge", AlertEndpoints.Acknowledge).Validate<AcknowledgeAlertRequest>()
            .WithSummary("Acknowledge an alert, optionally with its action plan").ProducesProblem(StatusCodes.Status409Conflict);
        goals.MapPost("/alerts/{id:guid}/resolve", AlertEndpoints.Resolve).Validate<ResolveAlertRequest>()
            .WithSummary("Resolve an alert by hand").ProducesProblem(StatusCodes.Status409Conflict);
        return endpoints;
    }
}
