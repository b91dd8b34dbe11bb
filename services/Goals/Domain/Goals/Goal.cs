namespace ServiceExcellence.Goals.Domain.Goals;

/// <summary>
/// A service goal of one department for one period (DOMAIN §2), with its KPIs. Every adjustment makes a new
/// <see cref="Version"/>; a closed goal is achieved or missed and no longer changes.
/// </summary>
public sealed class Goal
{
    public const int MaxTitleLength = 200;
    public const int MaxTextLength = 4000;
    public const int MaxReferenceLength = 200;

    private readonly List<Kpi> _kpis = [];

    private Goal() { }

    public Guid Id { get; private set; }

    public string DepartmentCode { get; private set; } = "";

    public string Title { get; private set; } = "";

    public string? Description { get; private set; }

    public GoalCategory? Category { get; private set; }

    /// <summary>The staff id of the person responsible (责任人).</summary>
    public string? OwnerId { get; private set; }

    /// <summary>The team the goal is set for, when it is decomposed below the department.</summary>
    public string? Team { get; private set; }

    public Guid? ParentGoalId { get; private set; }

    public string? StrategyLink { get; private set; }

    /// <summary>The goal's weight in its parent's rolled-up attainment.</summary>
    public double Weight { get; private set; } = 1;

    public DateOnly PeriodStart { get; private set; }

    public DateOnly PeriodEnd { get; private set; }

    public GoalStatus Status { get; private set; }

    public int Version { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>The next-period proposal made when the period was closed (JSON), null until then.</summary>
    public string? NextPeriodProposal { get; private set; }

    public IReadOnlyList<Kpi> Kpis => _kpis;

    public bool IsClosed => Status is GoalStatus.Achieved or GoalStatus.Missed;

    /// <summary>The goal as a manager states it, KPIs in a stable order: what a version records and a review adjusts.</summary>
    public GoalDefinition Definition() => new(
        Title, Description, Category, OwnerId, Team, ParentGoalId, StrategyLink, Weight, PeriodStart, PeriodEnd,
        _kpis.OrderBy(k => k.Id).Select(k => k.Definition()).ToList());

    public static Goal Create(Guid id, string departmentCode, GoalDefinition definition, bool draft, DateTimeOffset now)
    {
        var goal = new Goal { Id = id, DepartmentCode = departmentCode, CreatedAt = now };
        goal.Apply(definition, draft, now);
        return goal;
    }

    /// <summary>Adjusts the goal to <paramref name="definition"/>, making a new version; KPIs keep their history by id.</summary>
    public void Adjust(GoalDefinition definition, bool draft, DateTimeOffset now)
    {
        if (IsClosed)
        {
            throw new InvalidOperationException("A closed goal cannot be adjusted.");
        }

        Apply(definition, draft, now);
    }

    /// <summary>Closes the period: achieved when every KPI met its target, missed otherwise.</summary>
    public void Close(bool achieved, string proposalJson, DateTimeOffset now)
    {
        Status = achieved ? GoalStatus.Achieved : GoalStatus.Missed;
        ClosedAt = now;
        UpdatedAt = now;
        NextPeriodProposal = proposalJson;
    }

    private void Apply(GoalDefinition d, bool draft, DateTimeOffset now)
    {
        var wasTracked = Status == GoalStatus.Active && Version > 0;
        Title = d.Title.Trim();
        Description = d.Description?.Trim();
        Category = d.Category;
        OwnerId = d.OwnerId;
        Team = d.Team;
        ParentGoalId = d.ParentGoalId;
        StrategyLink = d.StrategyLink;
        Weight = d.Weight;
        PeriodStart = d.PeriodStart;
        PeriodEnd = d.PeriodEnd;
        Status = draft ? GoalStatus.Draft : GoalStatus.Active;
        Version++;
        UpdatedAt = now;

        foreach (var k in d.Kpis)
        {
            var kpi = k.Id is { } kpiId ? _kpis.Single(x => x.Id == kpiId) : null;
            if (kpi is null)
            {
                kpi = new Kpi(Guid.CreateVersion7(now), Id);
                _kpis.Add(kpi);
            }

            kpi.Define(k);
            if (Status == GoalStatus.Active && (!wasTracked || kpi.NextDueAt is null))
            {
                kpi.ScheduleNow(now);
            }
        }
    }
}
