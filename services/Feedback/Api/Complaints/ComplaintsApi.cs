using ServiceExcellence.Feedback.Complaints;
using ServiceExcellence.ServiceDefaults.Http;

namespace ServiceExcellence.Feedback.Api.Complaints;

/// <summary>Registration and routes of complaints with SLA (DOMAIN §3): lifecycle, lists, SLA policy and the overdue scan.</summary>
public static class ComplaintsApi
{
    public static IHostApplicationBuilder AddComplaints(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<OverdueScanOptions>()
            .Bind(builder.Configuration.GetSection(OverdueScanOptions.Section))
            .Validate(o => o.Interval > TimeSpan.Zero && o.BatchSize > 0, "Complaints:OverdueScan needs a positive Interval and BatchSize.")
            .ValidateOnStart();
        builder.Services.AddScoped<OverdueComplaintScanner>();
        builder.Services.AddHostedService<OverdueComplaintMonitor>();
        return builder;
    }

    public static IEndpointRouteBuilder MapComplaintsApi(this IEndpointRouteBuilder endpoints)
    {
        var complaints = endpoints.MapGroup("/api/complaints").WithTags("Complaints").RequireAuthorization();

        complaints.MapPost("", ComplaintLifecycleEndpoints.Open).Validate<OpenComplaintRequest>()
            .WithSummary("Open a complaint; its SLA due times come from the department's policy");
        complaints.MapPost("/{id:guid}/respond", ComplaintLifecycleEndpoints.Respond).Validate<RespondToComplaintRequest>()
            .WithSummary("First response: open → responded").ProducesProblem(StatusCodes.Status409Conflict);
        complaints.MapPost("/{id:guid}/resolve", ComplaintLifecycleEndpoints.Resolve).Validate<ResolveComplaintRequest>()
            .WithSummary("Resolve: responded → resolved").ProducesProblem(StatusCodes.Status409Conflict);
        complaints.MapPost("/{id:guid}/close", ComplaintLifecycleEndpoints.Close).Validate<CloseComplaintRequest>()
            .WithSummary("Close once the customer was informed: resolved → closed").ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        complaints.MapPost("/{id:guid}/reopen", ComplaintLifecycleEndpoints.Reopen).Validate<ReopenComplaintRequest>()
            .WithSummary("Reopen for a customer who was not satisfied: closed → open with new due times")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        complaints.MapGet("", ComplaintQueryEndpoints.List).WithSummary("Complaints, paged, newest first");
        complaints.MapGet("/{id:guid}", ComplaintQueryEndpoints.Get).WithSummary("One complaint");

        complaints.MapGet("/sla", SlaEndpoints.Get).WithSummary("A department's effective SLA per severity");
        complaints.MapPut("/sla/{departmentCode}", SlaEndpoints.Set).Validate<SetSlaRequest>()
            .WithSummary("Set a department's SLA overrides (ISO-8601 durations)");
        return endpoints;
    }
}
