using ServiceExcellence.Feedback.Data;
using ServiceExcellence.ServiceDefaults.Http;

namespace ServiceExcellence.Feedback.Api.Intake;

/// <summary>Registration and routes of feedback intake and search (<c>/api/feedback</c>).</summary>
public static class IntakeApi
{
    public static IHostApplicationBuilder AddIntake(this IHostApplicationBuilder builder)
    {
        builder.Services.Configure<IntakeOptions>(builder.Configuration.GetSection(IntakeOptions.SectionName));
        builder.Services.AddSingleton<FeedbackWriter>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<FeedbackWriter>());
        builder.Services.AddScoped<FeedbackIntake>();
        return builder;
    }

    public static IEndpointRouteBuilder MapIntakeApi(this IEndpointRouteBuilder endpoints)
    {
        var feedback = endpoints.MapGroup("/api/feedback").WithTags("Feedback").RequireAuthorization();
        feedback.MapPost("/", IntakeEndpoints.Submit)
            .WithSummary("Submit one feedback entry (send an Idempotency-Key to make retries safe)")
            .ProducesValidationProblem();
        feedback.MapPost("/batch", IntakeEndpoints.SubmitBatch)
            .WithSummary("Submit up to 1,000 entries; valid ones are stored, the others reported by index")
            .ProducesValidationProblem();
        feedback.MapGet("/", FeedbackSearch.Search).WithSummary("Search feedback, newest first, paged");
        return endpoints;
    }
}
