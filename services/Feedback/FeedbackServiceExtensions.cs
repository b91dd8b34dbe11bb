using ServiceExcellence.Feedback.Analysis;
using ServiceExcellence.Feedback.Api.Complaints;
using ServiceExcellence.Feedback.Api.Intake;
using ServiceExcellence.Feedback.Api.Surveys;
using ServiceExcellence.Feedback.Data;
using ServiceExcellence.ServiceDefaults.Data;
using ServiceExcellence.ServiceDefaults.Messaging;
using ServiceExcellence.ServiceDefaults.Organisation;

namespace ServiceExcellence.Feedback;

/// <summary>Registers and maps everything the Feedback service is made of, one capability at a time.</summary>
public static class FeedbackServiceExtensions
{
    public const string ServiceName = "feedback";

    public static IHostApplicationBuilder AddFeedback(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDbContext<FeedbackDbContext>("feedbackdb");
        builder.AddMessaging<FeedbackDbContext>(bus => bus.AddDepartmentDirectory<FeedbackDbContext>(ServiceName));
        builder.AddTextAnalysis();
        builder.AddIntake();
        builder.AddComplaints();
        return builder;
    }

    public static WebApplication MapFeedbackApi(this WebApplication app)
    {
        app.MapDepartmentDirectory<FeedbackDbContext>("/api/feedback/departments");
        app.MapIntakeApi();
        app.MapTextAnalysisApi();
        app.MapComplaintsApi();
        app.MapSurveysApi();
        return app;
    }
}
