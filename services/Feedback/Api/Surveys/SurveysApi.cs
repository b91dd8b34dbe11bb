namespace ServiceExcellence.Feedback.Api.Surveys;

/// <summary>Registration and routes of KANO and SERVQUAL surveys.</summary>
public static class SurveysApi
{
    public static IHostApplicationBuilder AddSurveys(this IHostApplicationBuilder builder) => builder;

    public static IEndpointRouteBuilder MapSurveysApi(this IEndpointRouteBuilder endpoints) => endpoints;
}
