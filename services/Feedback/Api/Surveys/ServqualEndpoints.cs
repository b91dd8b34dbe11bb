using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using ServiceExcellence.Feedback.Data;
using ServiceExcellence.Feedback.Domain.Surveys;
using ServiceExcellence.ServiceDefaults.Organisation;
using ServiceExcellence.ServiceDefaults.Errors;
using ServiceExcellence.ServiceDefaults.Messaging;
using ServiceExcellence.ServiceDefaults.Security;

namespace ServiceExcellence.Feedback.Api.Surveys;

/// <summary>Handlers for SERVQUAL responses: record one with its gaps, read one back.</summary>
internal static class ServqualEndpoints
{
    public static async Task<Created<ServqualResultResponse>> Record(
        RecordServqualResponseRequest request, ClaimsPrincipal user, FeedbackDbContext db, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var departmentCode = request.DepartmentCode!;
        SurveyAccess.EnsureMaySubmit(user, departmentCode);
        await db.EnsureKnownDepartmentAsync(departmentCode, cancellationToken);

        var response = ServqualResponse.Record(departmentCode, RecordServqualResponseRequest.ToScores(request.Expectations!),
            RecordServqualResponseRequest.ToScores(request.Perceptions!), request.ToWeights(), user.Subject(), time.GetUtcNow());
        db.Set<ServqualResponse>().Add(response);
        db.AddIntegrationEvent(SurveyEvents.Recorded(response));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/surveys/servqual/responses/{response.Id}", ServqualResultResponse.From(response));
    }

    public static async Task<Ok<ServqualResultResponse>> Get(Guid id, ClaimsPrincipal user, FeedbackDbContext db, CancellationToken cancellationToken)
    {
        var response = await db.Set<ServqualResponse>().AsNoTracking().SingleOrDefaultAsync(r => r.Id == id, cancellationToken)
            ?? throw new NotFoundException("SERVQUAL response", id);
        SurveyAccess.EnsureMayRead(user, response.DepartmentCode);
        return TypedResults.Ok(ServqualResultResponse.From(response));
    }
}
