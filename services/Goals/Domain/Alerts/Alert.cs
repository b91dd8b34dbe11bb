namespace ServiceExcellence.Goals.Domain.Alerts;

/// <summary>
/// A warning (预警) on one KPI: opened by a breach, acknowledged with an action plan, escalated when the contingency clock
/// runs out, resolved by hand or by itself after one full cadence on the good side. One unresolved alert per KPI: a
/// worse breach raises its severity and restarts its clock.
/// </summary>
public sealed class Alert
{
    public const int MaxTextLength = 4000;

    private Alert() { }

    public Guid Id { get; private set; }

    public Guid GoalId { get; private set; }

    public Guid KpiId { get; private set; }

    public string DepartmentCode { get; private set; } = "";

    public string MetricKey { get; private set; } = "";

    public AlertSeverity Severity { get; private set; }

    /// <summary><c>threshold</c> or the Western Electric rule broken (e.g. <c>beyond-3-sigma</c>).</summary>
    public string Rule { get; private set; } = "";

    public double Value { get; private set; }

    public double? Threshold { get; private set; }

    public string OwnerId { get; private set; } = "";

    public AlertState State { get; private set; }

    public DateTimeOffset OpenedAt { get; private set; }

    /// <summary>When the current severity was reached: the contingency clock runs from here.</summary>
    public DateTimeOffset ClockStartedAt { get; private set; }

    public DateTimeOffset? AcknowledgedAt { get; private set; }

    public string? AcknowledgedBy { get; private set; }

    public string? ActionPlan { get; private set; }

    public DateTimeOffset? ActionPlanAt { get; private set; }

    public int EscalationCount { get; private set; }

    /// <summary>The parent department the alert was escalated to; null when not escalated or when top-level (admins).</summary>
    public string? EscalatedTo { get; private set; }

    public DateTimeOffset? LastEscalatedAt { get; private set; }

    /// <summary>Since when the KPI has been back on the good side without interruption.</summary>
    public DateTimeOffset? GoodSince { get; private set; }

    public DateTimeOffset? ResolvedAt { get; private set; }

    public string? Resolution { get; private set; }

    public string? ResolvedBy { get; private set; }

    public bool ResolvedAutomatically { get; private set; }

    public static Alert Open(Guid goalId, Guid kpiId, string departmentCode, string metricKey, AlertSeverity severity,
        string rule, double value, double? threshold, string ownerId, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        GoalId = goalId,
        KpiId = kpiId,
        DepartmentCode = departmentCode,
        MetricKey = metricKey,
        Severity = severity,
        Rule = rule,
        Value = value,
        Threshold = threshold,
        OwnerId = ownerId,
        State = AlertState.Open,
        OpenedAt = now,
        ClockStartedAt = now,
    };

    /// <summary>
    /// Another breach while unresolved: the KPI left the good side again; a worse severity replaces the current one and
    /// restarts the clock (a critical alert needs its 4-hour acknowledgement even if the warning was acknowledged).
    /// Returns true when the severity was raised.
    /// </summary>
    public bool Breach(AlertSeverity severity, string rule, double value, double? threshold, DateTimeOffset now)
    {
        GoodSince = null;
        Value = value;
        if (severity <= Severity)
        {
            return false;
        }

        Severity = severity;
        Rule = rule;
        Threshold = threshold;
        ClockStartedAt = now;
        State = AlertState.Open;
        AcknowledgedAt = null;
        AcknowledgedBy = null;
        return true;
    }

    /// <summary>Acknowledges the alert, with its action plan if given; a later call adds or replaces the plan.</summary>
    public void Acknowledge(string by, string? actionPlan, DateTimeOffset now)
    {
        EnsureNotResolved("acknowledge");
        if (State == AlertState.Open)
        {
            State = AlertState.Acknowledged;
            AcknowledgedAt = now;
            AcknowledgedBy = by;
        }

        if (!string.IsNullOrWhiteSpace(actionPlan))
        {
            ActionPlan = actionPlan.Trim();
            ActionPlanAt = now;
        }
    }

    /// <summary>The deadline missed at <paramref name="now"/> and not yet escalated: acknowledgement first, then action plan.</summary>
    public (string Reason, DateTimeOffset DueAt)? MissedDeadline(DateTimeOffset now)
    {
        if (State == AlertState.Resolved)
        {
            return null;
        }

        var ackDue = ClockStartedAt + ContingencyPolicy.AcknowledgeWithin(Severity);
        var planDue = ClockStartedAt + ContingencyPolicy.ActionPlanWithin(Severity);
        var escalatedSinceClock = LastEscalatedAt is { } last && last >= ClockStartedAt;
        if (AcknowledgedAt is null && now >= ackDue && !escalatedSinceClock)
        {
            return ("not-acknowledged", ackDue);
        }

        if (ActionPlanAt is null && now >= planDue && !(LastEscalatedAt is { } l && l >= planDue))
        {
            return ("no-action-plan", planDue);
        }

        return null;
    }

    public void Escalate(string? to, DateTimeOffset now)
    {
        EscalationCount++;
        EscalatedTo = to;
        LastEscalatedAt = now;
    }

    /// <summary>The KPI is on the good side again; returns true when it has been for one full cadence and the alert resolved itself.</summary>
    public bool BackOnGoodSide(Func<DateTimeOffset, DateTimeOffset> oneCadenceAfter, DateTimeOffset now)
    {
        GoodSince ??= now;
        if (now < oneCadenceAfter(GoodSince.Value))
        {
            return false;
        }

        Resolve("Back on the good side for one full cadence.", null, automatically: true, now);
        return true;
    }

    public void Resolve(string resolution, string? by, bool automatically, DateTimeOffset now)
    {
        EnsureNotResolved("resolve");
        State = AlertState.Resolved;
        Resolution = resolution.Trim();
        ResolvedBy = by;
        ResolvedAutomatically = automatically;
        ResolvedAt = now;
    }

    private void EnsureNotResolved(string action)
    {
        if (State == AlertState.Resolved)
        {
            throw new InvalidAlertTransitionException(action, State);
        }
    }
}
