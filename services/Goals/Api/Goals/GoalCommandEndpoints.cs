using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using ServiceExcellence.Goals.Data;
using ServiceExcellence.Goals.Domain.Goals;
using ServiceExcellence.Goals.Tracking;
using ServiceExcellence.ServiceDefaults.Errors;
using ServiceExcellence.ServiceDefaults.Organisation;

namespace ServiceExcellence.Goals.Api.Goals;

/// <summary>Handlers that create and adjust goals; each saves a version and publishes it as <c>GoalDefined</c>.</summary>
internal static class GoalCommandEndpoints
{
    public static async Task<Created<GoalResponse>> Create(GoalRequest request, ClaimsPrincipal user, GoalsDbContext db,
        AchievabilityHistory history, OrganisationCalendar calendar, CancellationToken cancellationToken)
    {
        var departmentCode = request.DepartmentCode
            ?? throw new RequestValidationException("departmentCode", "'departmentCode' is required.");
        user.EnsureMayManage(departmentCode);
        if (!await db.Departments.AnyAsync(d => d.Code == departmentCode, cancellationToken))
        {
            throw new RequestValidationException("departmentCode", $"Unknown department '{departmentCode}'.");
        }

        var definition = request.ToDefinition();
        await GoalRules.EnsureReferencesAsync(db, departmentCode, definition, null, cancellationToken);
        var draft = request.Draft == true;
        var smart = await GoalRules.AssessAsync(history, calendar, departmentCode, definition, creating: true, draft, cancellationToken);

        var now = calendar.Now();
        var goal = Goal.Create(Guid.CreateVersion7(now), departmentCode, definition, draft, now);
        db.Goals.Add(goal);
        GoalRules.AddVersion(db, goal, user, request.Reason, now);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/goals/{goal.Id}", GoalResponse.From(goal, smart));
    }

    /// <summary>
    /// Replaces the goal's definition, making a new version. Every existing KPI must be listed by id (its measurements
    /// stay with it); KPIs without an id are added. An active goal cannot go back to draft.
    /// </summary>
    public static async Task<Ok<GoalResponse>> Adjust(Guid id, GoalRequest request, ClaimsPrincipal user, GoalsDbContext db,
        AchievabilityHistory history, OrganisationCalendar calendar, CancellationToken cancellationToken)
    {
        var goal = await GoalRules.LoadAsync(db, id, cancellationToken);
        user.EnsureMayManage(goal.DepartmentCode);
        GoalRules.EnsureOpen(goal);
        if (request.DepartmentCode is { } code && code != goal.DepartmentCode)
        {
            throw new RequestValidationException("departmentCode", "A goal stays in its department; create a new goal for another.");
        }

        var listed = (request.Kpis ?? []).Where(k => k.Id is not null).Select(k => k.Id!.Value).ToHashSet();
        var existing = goal.Kpis.Select(k => k.Id).ToHashSet();
        if (!listed.SetEquals(existing))
        {
            throw new RequestValidationException("kpis",
                "List every existing KPI by its id (and new ones without an id); unknown ids and missing KPIs are not allowed.");
        }

        var draft = request.Draft == true;
        if (draft && goal.Status != GoalStatus.Draft)
        {
            throw new ConflictException("Goal is active", $"Goal '{id}' is active; an active goal cannot return to draft.");
        }

        var definition = request.ToDefinition();
        await GoalRules.EnsureReferencesAsync(db, goal.DepartmentCode, definition, goal.Id, cancellationToken);
        var smart = await GoalRules.AssessAsync(history, calendar, goal.DepartmentCode, definition,
            creating: goal.Status == GoalStatus.Draft, draft, cancellationToken);

        var now = calendar.Now();
        var before = goal.Kpis.ToDictionary(k => k.Id, k => k.Status);
        goal.Adjust(definition, draft, now);
        GoalRules.PublishStatusChanges(db, goal, before, now);
        GoalRules.AddVersion(db, goal, user, request.Reason, now);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(GoalResponse.From(goal, smart));
    }
}
