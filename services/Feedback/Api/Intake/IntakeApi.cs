namespace ServiceExcellence.Feedback.Api.Intake;

/// <summary>Registration and routes of feedback intake and search.</summary>
public static class IntakeApi
{
    public static IHostApplicationBuilder AddIntake(this IHostApplicationBuilder builder) => builder;

    public static IEndpointRouteBuilder MapIntakeApi(this IEndpointRouteBuilder endpoints) => endpoints;
}
