using ServiceExcellence.Goals.Domain.Goals;
using ServiceExcellence.Goals.Domain.Organisation;
using ServiceExcellence.ServiceDefaults.Http;

namespace ServiceExcellence.Goals.Api.Goals;

/// <summary>
/// Body of <c>POST /api/goals</c> and <c>PUT /api/goals/{id}</c>. Only the shape is checked here (400 naming the
/// field); what SMART asks for — a long enough title, a description, units, baselines, targets — is the SMART check's
/// business (422 naming the criterion), so a draft may still lack it.
/// </summary>
public sealed record GoalRequest(
    string? Title,
    string? Description,
    GoalCategory? Category,
    string? DepartmentCode,
    string? OwnerId,
    string? Team,
    Guid? ParentGoalId,
    string? StrategyLink,
    double? Weight,
    DateOnly? PeriodStart,
    DateOnly? PeriodEnd,
    bool? Draft,
    string? Reason,
    IReadOnlyList<KpiRequest>? Kpis) : IValidatableRequest
{
    public void Validate(ValidationErrors errors)
    {
        if (DepartmentCode is not null && !Contracts.DepartmentCode.IsValid(DepartmentCode))
        {
            errors.Add("departmentCode", "'departmentCode' must be a department code such as call-centre.");
        }

        MaxLength(errors, "title", Title, Goal.MaxTitleLength);
        MaxLength(errors, "description", Description, Goal.MaxTextLength);
        MaxLength(errors, "ownerId", OwnerId, StaffMember.MaxIdLength);
        MaxLength(errors, "team", Team, StaffMember.MaxTeamLength);
        MaxLength(errors, "strategyLink", StrategyLink, Goal.MaxReferenceLength);
        MaxLength(errors, "reason", Reason, GoalVersion.MaxReasonLength);
        if (PeriodStart is null)
        {
            errors.Add("periodStart", "'periodStart' is required (yyyy-MM-dd).");
        }

        if (PeriodEnd is null)
        {
            errors.Add("periodEnd", "'periodEnd' is required (yyyy-MM-dd).");
        }

        if (Weight is { } weight && !(weight > 0 && double.IsFinite(weight)))
        {
            errors.Add("weight", "'weight' must be a positive number.");
        }

        for (var i = 0; i < (Kpis?.Count ?? 0); i++)
        {
            if (Kpis![i] is { } kpi)
            {
                kpi.Validate(errors, $"kpis[{i}]");
            }
            else
            {
                errors.Add($"kpis[{i}]", "A KPI may not be null.");
            }
        }
    }

    /// <summary>The request as the domain states it; call only after <see cref="Validate"/> passed.</summary>
    public GoalDefinition ToDefinition(Guid? keepParent = null) => new(
        Title ?? "", Description, Category, OwnerId, Team, ParentGoalId ?? keepParent, StrategyLink, Weight ?? 1,
        PeriodStart!.Value, PeriodEnd!.Value, (Kpis ?? []).Select(k => k.ToDefinition()).ToList());

    internal static void MaxLength(ValidationErrors errors, string field, string? value, int max)
    {
        if (value is { } text && text.Length > max)
        {
            errors.Add(field, $"'{field}' must be at most {max} characters.");
        }
    }
}
