using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using ServiceExcellence.Goals.Alerts;
using ServiceExcellence.Goals.Api.Goals;
using ServiceExcellence.Goals.Data;
using ServiceExcellence.Goals.Domain.Alerts;
using ServiceExcellence.Goals.Tracking;
using ServiceExcellence.ServiceDefaults.Errors;
using ServiceExcellence.ServiceDefaults.Http;
using ServiceExcellence.ServiceDefaults.Messaging;
using ServiceExcellence.ServiceDefaults.Security;
using ServiceExcellence.ServiceDefaults.Organisation;

namespace ServiceExcellence.Goals.Api.Alerts;

/// <summary>
/// Handlers for KPI alerts: the list, acknowledgement with an action plan (the alert's owner or a manager of its
/// department, or of the department it was escalated to), and manual resolution by a manager.
/// </summary>
internal static class AlertEndpoints
{
    public static async Task<Ok<PagedResult<AlertResponse>>> List(string? departmentCode, string? state, string? severity, int? page,
        int? pageSize, ClaimsPrincipal user, GoalsDbContext db, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        var paging = PageRequest.From(page, pageSize, errors);
        var wantedState = KebabCaseEnum<AlertState>.Parse(state, "state", errors);
        var wantedSeverity = KebabCaseEnum<AlertSeverity>.Parse(severity, "severity", errors);
        errors.CheckDepartmentCode(departmentCode);
        errors.ThrowIfAny();

        var query = db.Alerts.AsNoTracking();
        if (departmentCode is not null)
        {
            query = query.Where(a => a.DepartmentCode == departmentCode);
        }

        if (!user.ReadsAllDepartments())
        {
            var mine = user.HasAnyRole(Roles.Manager) ? user.Departments().ToArray() : [];
            var subject = user.Subject();
            query = query.Where(a => mine.Contains(a.DepartmentCode) || (a.EscalatedTo != null && mine.Contains(a.EscalatedTo)) || a.OwnerId == subject);
        }

        if (wantedState is { } s)
        {
            query = query.Where(a => a.State == s);
        }

        if (wantedSeverity is { } v)
        {
            query = query.Where(a => a.Severity == v);
        }

        var total = await query.LongCountAsync(cancellationToken);
        var items = await query.OrderByDescending(a => a.OpenedAt).ThenByDescending(a => a.Id).Skip(paging.Skip).Take(paging.PageSize)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new PagedResult<AlertResponse>(items.Select(AlertResponse.From).ToList(), paging.Page, paging.PageSize, total));
    }

    public static async Task<Ok<AlertResponse>> Acknowledge(Guid id, AcknowledgeAlertRequest request, ClaimsPrincipal user,
        GoalsDbContext db, OrganisationCalendar calendar, CancellationToken cancellationToken)
    {
        var alert = await LoadAsync(db, id, cancellationToken);
        if (alert.OwnerId != user.Subject())
        {
            EnsureManages(user, alert);
        }

        var now = calendar.Now();
        Transition(() => alert.Acknowledge(user.Subject(), request.ActionPlan, now));
        db.AddIntegrationEvent(AlertEvents.Acknowledged(alert, now));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(AlertResponse.From(alert));
    }

    public static async Task<Ok<AlertResponse>> Resolve(Guid id, ResolveAlertRequest request, ClaimsPrincipal user,
        GoalsDbContext db, OrganisationCalendar calendar, CancellationToken cancellationToken)
    {
        var alert = await LoadAsync(db, id, cancellationToken);
        EnsureManages(user, alert);
        var now = calendar.Now();
        Transition(() => alert.Resolve(request.Resolution!, user.Subject(), automatically: false, now));
        db.AddIntegrationEvent(AlertEvents.Resolved(alert, now));
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Ok(AlertResponse.From(alert));
    }

    private static async Task<Alert> LoadAsync(GoalsDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Alerts.SingleOrDefaultAsync(a => a.Id == id, cancellationToken) ?? throw new NotFoundException("Alert", id);

    private static void EnsureManages(ClaimsPrincipal user, Alert alert)
    {
        if (alert.EscalatedTo is { } to && user.MayActIn(to, Roles.Manager))
        {
            return;
        }

        user.EnsureMayActIn(alert.DepartmentCode, Roles.Manager);
    }

    private static void Transition(Action change)
    {
        try
        {
            change();
        }
        catch (InvalidAlertTransitionException e)
        {
            throw new ConflictException("Invalid alert transition", e.Message + $" (current state: {KebabCase.Of(e.State)}).");
        }
    }
}
