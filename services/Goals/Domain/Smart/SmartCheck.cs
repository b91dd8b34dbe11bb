using System.Globalization;
using ServiceExcellence.Goals.Domain.Goals;

namespace ServiceExcellence.Goals.Domain.Smart;

/// <summary>The SMART check of DOMAIN §2, run on creation and on every adjustment; each criterion says why it failed.</summary>
public static class SmartCheck
{
    public const string Specific = "specific";
    public const string Measurable = "measurable";
    public const string Achievable = "achievable";
    public const string Relevant = "relevant";
    public const string TimeBound = "time-bound";

    public const int MinTitleLength = 5;
    public const int MaxYears = 3;

    /// <summary>How many times the best improvement ever achieved a target may ask for.</summary>
    public const double MaxImprovementFactor = 3;

    /// <param name="goal">The goal version to check.</param>
    /// <param name="today">Today in the organisation's time zone.</param>
    /// <param name="creating">Only a new goal must end in the future; an adjustment may be made after its period ends.</param>
    public static SmartAssessment Assess(SmartGoal goal, DateOnly today, bool creating) => new(
    [
        CheckSpecific(goal),
        CheckMeasurable(goal),
        CheckAchievable(goal),
        CheckRelevant(goal),
        CheckTimeBound(goal, today, creating),
    ]);

    private static SmartCriterion CheckSpecific(SmartGoal goal)
    {
        var reasons = new List<string>();
        if ((goal.Title?.Trim().Length ?? 0) < MinTitleLength)
        {
            reasons.Add($"The title must have at least {MinTitleLength} characters.");
        }

        if (string.IsNullOrWhiteSpace(goal.Description))
        {
            reasons.Add("A description is required.");
        }

        if (string.IsNullOrWhiteSpace(goal.DepartmentCode))
        {
            reasons.Add("A department is required.");
        }

        if (string.IsNullOrWhiteSpace(goal.OwnerId))
        {
            reasons.Add("An owner (责任人) is required.");
        }

        return Verdict(Specific, reasons);
    }

    private static SmartCriterion CheckMeasurable(SmartGoal goal)
    {
        var reasons = new List<string>();
        if (goal.Kpis.Count == 0)
        {
            reasons.Add("At least one KPI is required.");
        }

        for (var i = 0; i < goal.Kpis.Count; i++)
        {
            var kpi = goal.Kpis[i];
            var missing = new[]
            {
                string.IsNullOrWhiteSpace(kpi.Metric) ? "metric" : null,
                string.IsNullOrWhiteSpace(kpi.Unit) ? "unit" : null,
                kpi.Baseline is null ? "baseline" : null,
                kpi.Target is null ? "target" : null,
            }.OfType<string>().ToList();
            if (missing.Count > 0)
            {
                reasons.Add($"kpis[{i}] has no {string.Join(", ", missing)}.");
            }
        }

        return Verdict(Measurable, reasons);
    }

    private static SmartCriterion CheckAchievable(SmartGoal goal)
    {
        var reasons = new List<string>();
        var warnings = new List<string>();
        for (var i = 0; i < goal.Kpis.Count; i++)
        {
            var kpi = goal.Kpis[i];
            if (kpi is not { Baseline: { } baseline, Target: { } target })
            {
                continue;
            }

            var required = kpi.Direction == KpiDirection.Increase ? target - baseline : baseline - target;
            if (required <= 0)
            {
                reasons.Add($"kpis[{i}] target {Format(target)} does not {Verb(kpi.Direction)} on its baseline {Format(baseline)}.");
                continue;
            }

            if (kpi.BestImprovement is not { } best)
            {
                warnings.Add($"kpis[{i}] ({kpi.Metric}): no history over a period this long, so the required improvement could not be compared.");
            }
            else if (required > MaxImprovementFactor * best)
            {
                reasons.Add($"kpis[{i}] ({kpi.Metric}) requires an improvement of {Format(required)}, more than " +
                    $"{Format(MaxImprovementFactor)}× the best the department ever achieved over a period this long ({Format(best)}).");
            }
        }

        return Verdict(Achievable, reasons, warnings);
    }

    private static SmartCriterion CheckRelevant(SmartGoal goal)
    {
        var reasons = new List<string>();
        if (goal.Category is null)
        {
            reasons.Add("A category is required (satisfaction, efficiency, quality or cost).");
        }

        if (string.IsNullOrWhiteSpace(goal.StrategyLink) && goal.ParentGoalId is null)
        {
            reasons.Add("A strategy link or a parent goal is required.");
        }

        return Verdict(Relevant, reasons);
    }

    private static SmartCriterion CheckTimeBound(SmartGoal goal, DateOnly today, bool creating)
    {
        var reasons = new List<string>();
        if (goal.PeriodStart >= goal.PeriodEnd)
        {
            reasons.Add("The period must start before it ends.");
        }

        if (creating && goal.PeriodEnd <= today)
        {
            reasons.Add($"The period must end in the future (it ends {goal.PeriodEnd:yyyy-MM-dd}, today is {today:yyyy-MM-dd}).");
        }

        if (goal.PeriodEnd > goal.PeriodStart.AddYears(MaxYears))
        {
            reasons.Add($"The period may be at most {MaxYears} years long.");
        }

        return Verdict(TimeBound, reasons);
    }

    private static SmartCriterion Verdict(string name, List<string> reasons, List<string>? warnings = null) =>
        new(name, reasons.Count == 0, reasons, warnings ?? []);

    private static string Verb(KpiDirection direction) => direction == KpiDirection.Increase ? "increase" : "decrease";

    private static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
