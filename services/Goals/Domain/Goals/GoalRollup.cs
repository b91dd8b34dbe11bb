namespace ServiceExcellence.Goals.Domain.Goals;

/// <summary>
/// A parent goal's attainment (DOMAIN §2): the weighted mean of its children's rolled-up attainments (weights default 1)
/// combined with its own KPIs, which count as one more member of weight 1. Members without any measurement are left out.
/// </summary>
public static class GoalRollup
{
    public static double? Attainment(double? own, IEnumerable<(double? Attainment, double Weight)> children)
    {
        var members = children.Where(c => c.Attainment is not null).Select(c => (Value: c.Attainment!.Value, c.Weight)).ToList();
        if (own is { } mine)
        {
            members.Add((mine, 1));
        }

        var weight = members.Sum(m => m.Weight);
        return weight > 0 ? members.Sum(m => m.Value * m.Weight) / weight : null;
    }
}
