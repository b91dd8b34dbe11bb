using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using ServiceExcellence.Goals.Api.Goals;
using ServiceExcellence.Goals.Data;
using ServiceExcellence.Goals.Domain.Goals;
using ServiceExcellence.Goals.Tracking;
using ServiceExcellence.ServiceDefaults.Errors;
using ServiceExcellence.ServiceDefaults.Http;
using ServiceExcellence.ServiceDefaults.Security;
using ServiceExcellence.ServiceDefaults.Organisation;

namespace ServiceExcellence.Goals.Api.Reviews;

/// <summary>Handlers for periodic reviews (adjustments make a new version, SMART re-checked) and for closing a period.</summary>
internal static class ReviewEndpoints
{
    public static async Task<Created<ReviewResponse>> Review(Guid id, ReviewRequest request, ClaimsPrincipal user, GoalsDbContext db,
        AchievabilityHistory history, OrganisationCalendar calendar, CancellationToken cancellationToken)
    {
        var goal = await GoalRules.LoadAsync(db, id, cancellationToken);
        user.EnsureMayManage(goal.DepartmentCode);
        GoalRules.EnsureOpen(goal);
        var adjustments = request.Adjustments ?? [];
        var now = calendar.Now();
        int? resultingVersion = null;
        if (adjustments.Count > 0)
        {
            var definition = Adjusted(goal, adjustments);
            var draft = goal.Status == GoalStatus.Draft;
            await GoalRules.AssessAsync(history, calendar, goal.DepartmentCode, definition, creating: draft, draft, cancellationToken);
            var before = goal.Kpis.ToDictionary(k => k.Id, k => k.Status);
            goal.Adjust(definition, draft, now);
            GoalRules.PublishStatusChanges(db, goal, before, now);
            GoalRules.AddVersion(db, goal, user, string.Join("; ", adjustments.Select(a => a.Reason)), now);
            resultingVersion = goal.Version;
        }

        var review = GoalReview.Record(goal.Id, request.Outcome!.Trim(), request.Lessons?.Trim(),
            JsonSerializer.Serialize(adjustments, JsonDefaults.Options), resultingVersion, user.Subject(), now);
        db.Reviews.Add(review);
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Created($"/api/goals/{goal.Id}/reviews/{review.Id}", new ReviewResponse(
            review.Id, review.Outcome, review.Lessons, adjustments, resultingVersion, review.ReviewedAt, review.ReviewedBy, GoalResponse.From(goal)));
    }

    /// <summary>Closes the period after a last pull from Reporting: achieved when every KPI met its target, with a next-period proposal.</summary>
    public static async Task<Ok<GoalResponse>> Close(Guid id, ClaimsPrincipal user, GoalsDbContext db, KpiTracker tracker,
        PeriodCloser closer, CancellationToken cancellationToken)
    {
        var goal = await GoalRules.LoadAsync(db, id, cancellationToken);
        user.EnsureMayManage(goal.DepartmentCode);
        if (goal.Status != GoalStatus.Active)
        {
            throw new ConflictException("Goal cannot be closed", $"Goal '{id}' is {KebabCase.Of(goal.Status)}; only an active goal's period can be closed.");
        }

        await tracker.RefreshAsync(goal, cancellationToken);
        await closer.CloseAsync(goal, cancellationToken);
        return TypedResults.Ok(GoalResponse.From(goal));
    }

    /// <summary>The goal's current definition with the review's adjustments applied; threshold order is checked as on create.</summary>
    private static GoalDefinition Adjusted(Goal goal, IReadOnlyList<KpiAdjustment> adjustments)
    {
        var errors = new ValidationErrors();
        var current = goal.Definition();
        var kpis = current.Kpis.ToDictionary(k => k.Id!.Value);
        for (var i = 0; i < adjustments.Count; i++)
        {
            var a = adjustments[i];
            if (!kpis.TryGetValue(a.KpiId!.Value, out var kpi))
            {
                errors.Add($"adjustments[{i}].kpiId", $"Goal '{goal.Id}' has no KPI '{a.KpiId}'.");
                continue;
            }

            kpi = kpi with
            {
                Target = a.Target ?? kpi.Target,
                WarningThreshold = a.WarningThreshold ?? kpi.WarningThreshold,
                CriticalThreshold = a.CriticalThreshold ?? kpi.CriticalThreshold,
            };
            KpiRequest.From(kpi).Validate(errors, $"adjustments[{i}]");
            kpis[kpi.Id!.Value] = kpi;
        }

        if (!errors.IsEmpty)
        {
            throw new RequestValidationException(errors.ToDictionary());
        }

        return current with { Kpis = kpis.Values.ToList() };
    }
}
