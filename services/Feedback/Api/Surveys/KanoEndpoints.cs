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

/// <summary>Handlers for KANO studies: create, answer, read results.</summary>
internal static class KanoEndpoints
{
    public static async Task<Created<KanoStudyResponse>> Create(
        CreateKanoStudyRequest request, ClaimsPrincipal user, FeedbackDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var departmentCode = request.DepartmentCode!;
        SurveyAccess.EnsureMayDesign(user, departmentCode);
        await db.EnsureKnownDepartmentAsync(departmentCode, cancellationToken);

        var study = KanoStudy.Create(request.Name!, departmentCode, request.Features!.Select(f => f!), user.Subject(), time.GetUtcNow());
        db.Set<KanoStudy>().Add(study);
        db.AddIntegrationEvent(SurveyEvents.Created(study));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/surveys/kano/{study.Id}", KanoStudyResponse.From(study));
    }

    public static async Task<Ok<KanoStudyResponse>> Get(Guid id, ClaimsPrincipal user, FeedbackDbContext db, CancellationToken cancellationToken)
    {
        var study = await FindStudyAsync(db, id, cancellationToken);
        SurveyAccess.EnsureMayRead(user, study.DepartmentCode);
        return TypedResults.Ok(KanoStudyResponse.From(study));
    }

    /// <summary>Every feature answered exactly once, or 400 naming each unknown, duplicate and missing feature.</summary>
    public static async Task<Created<KanoResponseResponse>> Respond(
        Guid id, RecordKanoResponseRequest request, ClaimsPrincipal user, FeedbackDbContext db, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var study = await FindStudyAsync(db, id, cancellationToken);
        SurveyAccess.EnsureMaySubmit(user, study.DepartmentCode);
        var answers = request.Answers!
            .Select(a => (Feature: a!.Feature!, Functional: a.Functional!.Value, Dysfunctional: a.Dysfunctional!.Value)).ToList();
        var problems = study.CheckCoverage(answers.Select(a => a.Feature).ToList());
        if (problems.Count > 0)
        {
            throw new RequestValidationException(problems
                .GroupBy(p => p.Index is { } i ? $"answers[{i}].feature" : "answers")
                .ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()));
        }

        var response = KanoResponse.Record(study, answers, user.Subject(), time.GetUtcNow());
        db.Set<KanoResponse>().Add(response);
        db.AddIntegrationEvent(SurveyEvents.Recorded(response));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created((string?)null, KanoResponseResponse.From(response));
    }

    /// <summary>Two queries whatever the study's size: the grouped tallies and the number of respondents.</summary>
    public static async Task<Ok<KanoResultsResponse>> Results(
        Guid id, ClaimsPrincipal user, FeedbackDbContext db, CancellationToken cancellationToken)
    {
        var study = await FindStudyAsync(db, id, cancellationToken);
        SurveyAccess.EnsureMayRead(user, study.DepartmentCode);
        var tallies = await db.Set<KanoFeatureAnswer>().Where(a => a.StudyId == id)
            .GroupBy(a => new { a.Feature, a.Category })
            .Select(g => new { g.Key.Feature, g.Key.Category, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var respondents = await db.Set<KanoResponse>().CountAsync(r => r.StudyId == id, cancellationToken);

        var results = KanoResults.Compute(study.Features, tallies.Select(t => (t.Feature, t.Category, t.Count)));
        return TypedResults.Ok(new KanoResultsResponse(study.Id, study.Name, study.DepartmentCode, respondents,
            results.Select(KanoFeatureResultResponse.From).ToList()));
    }

    private static async Task<KanoStudy> FindStudyAsync(FeedbackDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Set<KanoStudy>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken)
        ?? throw new NotFoundException("KANO study", id);
}
