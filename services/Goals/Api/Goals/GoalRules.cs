using System.Security.Claims;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ServiceExcellence.Goals.Data;
using ServiceExcellence.Goals.Domain.Goals;
using ServiceExcellence.Goals.Domain.Smart;
using ServiceExcellence.Goals.Tracking;
using ServiceExcellence.ServiceDefaults.Errors;
using ServiceExcellence.ServiceDefaults.Http;
using ServiceExcellence.ServiceDefaults.Messaging;
using ServiceExcellence.ServiceDefaults.Security;
using ServiceExcellence.ServiceDefaults.Organisation;

namespace ServiceExcellence.Goals.Api.Goals;

/// <summary>What creating, adjusting and reviewing a goal share: reference checks, the SMART gate, and saving a version.</summary>
internal static class GoalRules
{
    /// <summary>
    /// Owners must be registered staff (400 naming the field); a parent goal must exist (400) and belong to the goal's
    /// department or one above it (422): goals cascade down the tree, never sideways or up.
    /// </summary>
    public static async Task EnsureReferencesAsync(GoalsDbContext db, string departmentCode, GoalDefinition goal, Guid? self,
        CancellationToken cancellationToken)
    {
        var owners = goal.Kpis.Select((k, i) => (Field: $"kpis[{i}].ownerId", Id: k.OwnerId))
            .Prepend((Field: "ownerId", Id: goal.OwnerId)).Where(o => o.Id is not null).ToList();
        var ids = owners.Select(o => o.Id!).Distinct().ToList();
        var known = await db.Staff.Where(s => ids.Contains(s.Id)).Select(s => s.Id).ToListAsync(cancellationToken);
        var errors = new ValidationErrors();
        foreach (var (field, id) in owners.Where(o => !known.Contains(o.Id!)))
        {
            errors.Add(field, $"Unknown staff member '{id}'.");
        }

        if (!errors.IsEmpty)
        {
            throw new RequestValidationException(errors.ToDictionary());
        }

        if (goal.ParentGoalId is not { } parentId)
        {
            return;
        }

        var parent = await db.Goals.AsNoTracking().Where(g => g.Id == parentId).Select(g => new { g.DepartmentCode })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw new RequestValidationException("parentGoalId", $"Unknown goal '{parentId}'.");
        var parentOf = await db.Departments.AsNoTracking().ToDictionaryAsync(d => d.Code, d => d.ParentCode, cancellationToken);
        var above = new HashSet<string>(StringComparer.Ordinal);
        for (string? code = departmentCode; code is not null && above.Add(code); code = parentOf.GetValueOrDefault(code))
        {
        }

        if (parentId == self || !above.Contains(parent.DepartmentCode))
        {
            throw new RuleViolationException("Parent goal out of reach",
                $"A goal of '{departmentCode}' may only decompose a goal of that department or of one above it, not of '{parent.DepartmentCode}'.")
            {
                Errors = new Dictionary<string, string[]> { ["parentGoalId"] = ["The parent goal must belong to this department or one above it."] },
            };
        }
    }

    /// <summary>Runs the SMART check; a failing goal is rejected (422 naming each failed criterion) unless saved as a draft.</summary>
    public static async Task<SmartAssessment> AssessAsync(AchievabilityHistory history, OrganisationCalendar calendar,
        string departmentCode, GoalDefinition goal, bool creating, bool draft, CancellationToken cancellationToken)
    {
        var assessment = SmartCheck.Assess(await history.ForAsync(departmentCode, goal, cancellationToken), calendar.Today(), creating);
        if (!assessment.Passed && !draft)
        {
            var failures = assessment.Failures();
            throw new RuleViolationException("Goal is not SMART",
                $"The goal fails {string.Join(", ", failures.Keys)}; fix it or save it as a draft.") { Errors = failures };
        }

        return assessment;
    }

    /// <summary>Records the goal's current version in its history and publishes it as <c>GoalDefined</c>, in the caller's SaveChanges.</summary>
    public static void AddVersion(GoalsDbContext db, Goal goal, ClaimsPrincipal user, string? reason, DateTimeOffset now)
    {
        var snapshot = JsonSerializer.Serialize(GoalSnapshot.Of(goal), JsonDefaults.Options);
        db.GoalVersions.Add(GoalVersion.Of(goal, snapshot, user.Subject(), reason, now));
        db.AddIntegrationEvent(GoalEvents.Defined(goal, now));
    }

    public static async Task<Goal> LoadAsync(GoalsDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Goals.Include(g => g.Kpis).SingleOrDefaultAsync(g => g.Id == id, cancellationToken)
        ?? throw new NotFoundException("Goal", id);

    /// <summary>Publishes <c>KpiStatusChanged</c> for every KPI whose status differs from <paramref name="before"/>.</summary>
    public static void PublishStatusChanges(GoalsDbContext db, Goal goal, IReadOnlyDictionary<Guid, KpiStatus?> before, DateTimeOffset now)
    {
        foreach (var kpi in goal.Kpis.Where(k => k.Status is not null && k.Status != before.GetValueOrDefault(k.Id)))
        {
            db.AddIntegrationEvent(GoalEvents.StatusChanged(goal, kpi, before.GetValueOrDefault(kpi.Id), now));
        }
    }

    public static void EnsureOpen(Goal goal)
    {
        if (goal.IsClosed)
        {
            throw new ConflictException("Goal is closed", $"Goal '{goal.Id}' is {KebabCase.Of(goal.Status)}; a closed period no longer changes.");
        }
    }
}
