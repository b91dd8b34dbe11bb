namespace ServiceExcellence.Feedback.Api.Complaints;

/// <summary>Registration and routes of complaints with SLA.</summary>
public static class ComplaintsApi
{
    public static IHostApplicationBuilder AddComplaints(this IHostApplicationBuilder builder) => builder;

    public static IEndpointRouteBuilder MapComplaintsApi(this IEndpointRouteBuilder endpoints) => endpoints;
}
