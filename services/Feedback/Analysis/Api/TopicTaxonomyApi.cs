using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using ServiceExcellence.Feedback.Analysis.Topics;
using ServiceExcellence.Feedback.Data;
using ServiceExcellence.ServiceDefaults.Http;
using ServiceExcellence.ServiceDefaults.Security;

namespace ServiceExcellence.Feedback.Analysis.Api;

/// <summary>The topic taxonomy per department: read the one in effect, replace it, or go back to the default.</summary>
internal static class TopicTaxonomyApi
{
    public static IEndpointRouteBuilder MapTopicTaxonomyApi(this IEndpointRouteBuilder endpoints)
    {
        var topics = endpoints.MapGroup("/api/feedback/topics").WithTags("Text analysis").RequireAuthorization();
        topics.MapGet("/", GetAsync)
            .WithSummary("The taxonomy in effect for a department (its own or the default); the default without departmentCode");
        topics.MapPut("/{departmentCode}", PutAsync).Validate<TopicTaxonomyRequest>()
            .WithSummary("Replace a department's taxonomy (manager of the department or admin)");
        topics.MapDelete("/{departmentCode}", DeleteAsync)
            .WithSummary("Return a department to the default taxonomy (manager of the department or admin)");
        return endpoints;
    }

    private static async Task<Ok<TopicTaxonomyResponse>> GetAsync(
        string? departmentCode, ClaimsPrincipal user, FeedbackDbContext db, CancellationToken ct)
    {
        if (departmentCode is null)
        {
            return TypedResults.Ok(DefaultResponse(null));
        }

        await db.EnsureKnownDepartmentAsync(departmentCode, ct);
        user.EnsureMayRead(departmentCode, Roles.Manager, Roles.Agent);
        var stored = await db.Set<DepartmentTopicTaxonomy>().AsNoTracking()
            .SingleOrDefaultAsync(t => t.DepartmentCode == departmentCode, ct);
        return TypedResults.Ok(stored is null ? DefaultResponse(departmentCode) : Response(stored));
    }

    private static async Task<Ok<TopicTaxonomyResponse>> PutAsync(
        string departmentCode, TopicTaxonomyRequest request, ClaimsPrincipal user, FeedbackDbContext db,
        TopicTaxonomyCatalog catalog, TimeProvider time, CancellationToken ct)
    {
        user.EnsureMayActIn(departmentCode, Roles.Manager);
        await db.EnsureKnownDepartmentAsync(departmentCode, ct);
        var taxonomy = request.ToTaxonomy();
        var stored = await db.Set<DepartmentTopicTaxonomy>().SingleOrDefaultAsync(t => t.DepartmentCode == departmentCode, ct);
        if (stored is null)
        {
            stored = DepartmentTopicTaxonomy.Create(departmentCode, taxonomy, time.GetUtcNow(), user.Subject());
            db.Add(stored);
        }
        else
        {
            stored.Replace(taxonomy, time.GetUtcNow(), user.Subject());
        }

        await db.SaveChangesAsync(ct);
        await catalog.ReloadAsync(db, ct);
        return TypedResults.Ok(Response(stored));
    }

    private static async Task<NoContent> DeleteAsync(
        string departmentCode, ClaimsPrincipal user, FeedbackDbContext db, TopicTaxonomyCatalog catalog, CancellationToken ct)
    {
        user.EnsureMayActIn(departmentCode, Roles.Manager);
        await db.EnsureKnownDepartmentAsync(departmentCode, ct);
        await db.Set<DepartmentTopicTaxonomy>().Where(t => t.DepartmentCode == departmentCode).ExecuteDeleteAsync(ct);
        await catalog.ReloadAsync(db, ct);
        return TypedResults.NoContent();
    }

    private static TopicTaxonomyResponse DefaultResponse(string? departmentCode) =>
        new(departmentCode, "default", Topics(TopicTaxonomy.Default), null, null);

    private static TopicTaxonomyResponse Response(DepartmentTopicTaxonomy stored) =>
        new(stored.DepartmentCode, "department", Topics(stored.ToTaxonomy()), stored.ChangedAt, stored.ChangedBy);

    private static TopicResponse[] Topics(TopicTaxonomy taxonomy) =>
        taxonomy.Topics.Select(t => new TopicResponse(t.Key, t.Keywords)).ToArray();
}
