using System.Text.Json;
using ServiceExcellence.Goals.Domain.Goals;
using ServiceExcellence.Goals.Domain.Smart;
using ServiceExcellence.ServiceDefaults.Http;

namespace ServiceExcellence.Goals.Api.Goals;

/// <summary>
/// A goal with its KPIs. <c>Attainment</c> is the mean of its measured KPIs' attainments; <c>Smart</c> is present on the
/// answers to create and adjust; <c>NextPeriodProposal</c> once the period is closed.
/// </summary>
public sealed record GoalResponse(
    Guid Id,
    string DepartmentCode,
    string Title,
    string? Description,
    GoalCategory? Category,
    string? OwnerId,
    string? Team,
    Guid? ParentGoalId,
    string? StrategyLink,
    double Weight,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    GoalStatus Status,
    int Version,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? ClosedAt,
    double? Attainment,
    IReadOnlyList<KpiResponse> Kpis,
    SmartAssessment? Smart,
    JsonElement? NextPeriodProposal)
{
    public static GoalResponse From(Goal g, SmartAssessment? smart = null) => new(
        g.Id, g.DepartmentCode, g.Title, g.Description, g.Category, g.OwnerId, g.Team, g.ParentGoalId, g.StrategyLink, g.Weight,
        g.PeriodStart, g.PeriodEnd, g.Status, g.Version, g.CreatedAt, g.UpdatedAt, g.ClosedAt, MeanAttainment(g),
        g.Kpis.OrderBy(k => k.Id).Select(KpiResponse.From).ToList(), smart,
        g.NextPeriodProposal is { } json ? JsonSerializer.Deserialize<JsonElement>(json, JsonDefaults.Options) : null);

    /// <summary>The mean attainment of the goal's KPIs that have one; null when none has.</summary>
    public static double? MeanAttainment(Goal g)
    {
        var values = g.Kpis.Select(k => k.Attainment).OfType<double>().ToList();
        return values.Count == 0 ? null : values.Average();
    }
}
