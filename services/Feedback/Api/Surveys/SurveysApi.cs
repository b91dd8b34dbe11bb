using ServiceExcellence.ServiceDefaults.Http;

namespace ServiceExcellence.Feedback.Api.Surveys;

/// <summary>Registration and routes of KANO and SERVQUAL surveys (DOMAIN §3).</summary>
public static class SurveysApi
{
    public static IEndpointRouteBuilder MapSurveysApi(this IEndpointRouteBuilder endpoints)
    {
        var surveys = endpoints.MapGroup("/api/surveys").WithTags("Surveys").RequireAuthorization();

        surveys.MapPost("/kano", KanoEndpoints.Create).Validate<CreateKanoStudyRequest>()
            .WithSummary("Start a KANO study over a list of features");
        surveys.MapGet("/kano/{id:guid}", KanoEndpoints.Get).WithSummary("One KANO study");
        surveys.MapPost("/kano/{id:guid}/responses", KanoEndpoints.Respond).Validate<RecordKanoResponseRequest>()
            .WithSummary("Record one respondent's answers, one per feature");
        surveys.MapGet("/kano/{id:guid}/results", KanoEndpoints.Results)
            .WithSummary("Per feature: counts, category with ties, Better and Worse");

        surveys.MapPost("/servqual/responses", ServqualEndpoints.Record).Validate<RecordServqualResponseRequest>()
            .WithSummary("Record one SERVQUAL respondent; answers with the gaps");
        surveys.MapGet("/servqual/responses/{id:guid}", ServqualEndpoints.Get).WithSummary("One SERVQUAL response with its gaps");
        return endpoints;
    }
}
