namespace ServiceExcellence.Goals.Domain.Goals;

/// <summary>What a goal is about (DOMAIN §2): 客户满意度, 效率, 质量, 成本控制.</summary>
public enum GoalCategory
{
    Satisfaction,
    Efficiency,
    Quality,
    Cost,
}
