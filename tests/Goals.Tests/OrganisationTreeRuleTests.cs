using ServiceExcellence.Goals.Domain.Organisation;

namespace ServiceExcellence.Goals.Tests;

public sealed class OrganisationTreeRuleTests
{
    private static readonly Dictionary<string, string?> ParentOf = new()
    {
        ["org"] = null,
        ["service"] = "org",
        ["call-centre"] = "service",
        ["finance"] = "org",
    };

    [Theory]
    [InlineData("service", "service", true)]
    [InlineData("service", "call-centre", true)]
    [InlineData("org", "call-centre", true)]
    [InlineData("call-centre", "finance", false)]
    [InlineData("finance", null, false)]
    public void A_move_is_a_cycle_exactly_when_the_new_parent_is_the_department_or_below_it(string code, string? newParent, bool cycle) =>
        Assert.Equal(cycle, OrganisationTree.WouldCreateCycle(code, newParent, ParentOf));
}
